import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { findArticleDate, normalizeDate } from '../../src/core/timeline';
import { spanOf } from './helpers';

describe('date normalization against a fixed article date (Monday 2016-12-19)', () => {
  const rows: [string, string | undefined][] = [
    ['January 20, 2008', '2008-01-20'],
    ['Jan. 5, 2016', '2016-01-05'],
    ['12 August 1927', '1927-08-12'],
    ['November 2015', '2015-11'],
    ['1927', '1927'],
    ['the fall of 2015', '2015-09-01/2015-11-30'],
    ['Monday evening', '2016-12-19'],
    ['late Monday night', '2016-12-19'],
    ['Friday', '2016-12-16'],
    ['a year ago', '2015-12-19'],
    ['two days ago', '2016-12-17'],
    ['this year', '2016'],
    ['last week', '2016-12-11/2016-12-17'],
    ['August', '2016-08'],
    ['December 25', '2015-12-25'],
    ['yesterday', '2016-12-18'],
    ['yesterday afternoon', '2016-12-18'],
    ['Seventeen years ago', '1999-12-19'],
    ['next Tuesday night', '2016-12-20'],
    ['last Friday', '2016-12-16'],
    ['a decade ago', '2006-12-19'],
    ['this weekend', '2016-12-24/2016-12-25'],
    ['Christmas', '2015-12-25'],
    ["New Year's Eve", '2015-12-31'],
    ['Halloween', '2016-10-31'],
    ['the 1990s', undefined],
    ['recently', undefined],
  ];
  for (const [text, iso] of rows) {
    it(`${text} → ${iso ?? 'kept as text'}`, () => assert.strictEqual(normalizeDate(text, '2016-12-19')?.iso, iso));
  }
  const directed: [string, 'past' | 'future' | 'same-year', string][] = [
    ['Friday', 'future', '2016-12-23'],
    ['Monday', 'future', '2016-12-19'],
    ['November 20', 'future', '2017-11-20'],
    ['February 6', 'future', '2017-02-06'],
    ['February 6', 'past', '2016-02-06'],
    ['February 6', 'same-year', '2016-02-06'],
    ['March', 'future', '2017-03'],
    ['December 30', 'same-year', '2016-12-30'],
    ['December 30', 'past', '2015-12-30'],
  ];
  for (const [text, direction, iso] of directed) {
    it(`${text} pointing ${direction} → ${iso}`, () => assert.strictEqual(normalizeDate(text, '2016-12-19', direction)?.iso, iso));
  }
  it('needs an article date for relative expressions only', () => {
    assert.strictEqual(normalizeDate('Monday'), undefined);
    assert.strictEqual(normalizeDate('November 2015')?.iso, '2015-11');
  });
  it('gives the same reading again, unaffected by changes to an earlier result', () => {
    const first = normalizeDate('March 3', '2016-12-19', 'past');
    assert.strictEqual(first?.iso, '2016-03-03');
    if (first) first.iso = 'changed';
    assert.strictEqual(normalizeDate('March 3', '2016-12-19', 'past')?.iso, '2016-03-03');
    assert.strictEqual(normalizeDate('March 3', '2016-12-19', 'future')?.iso, '2017-03-03');
  });
  it('reads ISO dates and quarters of a year', () => {
    assert.strictEqual(normalizeDate('2018-07-26')?.iso, '2018-07-26');
    assert.strictEqual(normalizeDate('2018-02-30'), undefined);
    assert.strictEqual(normalizeDate('the second quarter of 2024')?.iso, '2024-04-01/2024-06-30');
    assert.strictEqual(normalizeDate('the fourth quarter of 2023')?.iso, '2023-10-01/2023-12-31');
  });
  it('reads a range of days as an interval from the first day to the last', () => {
    assert.strictEqual(normalizeDate('May 5–7, 2024')?.iso, '2024-05-05/2024-05-07');
    assert.strictEqual(normalizeDate('3-4 June', '2016-12-19', 'past')?.iso, '2016-06-03/2016-06-04');
    assert.strictEqual(normalizeDate('March 1-2'), undefined);
    // (Not a backwards range: "May 7-5".)
    assert.strictEqual(normalizeDate('May 7-5, 2024'), undefined);
  });
});

describe('date direction from the sentence', () => {
  const text = 'Thursday, May 7, 2015\n\nThe first meeting is set to take place on May 16. The vote was held on May 2. '
    + 'The referendum is to be held from November 20 to December 11. Officials will meet on Friday. They met on Friday. '
    + 'The festival runs through March 11 this year.';
  const iso = (date: string, nth = 0): string | undefined => {
    const { start } = spanOf(text, date, nth);
    return analyzeArticle(text).mentions.find((m) => m.type === 'DATE' && m.start === start && text.slice(m.start, m.end) === date)?.iso;
  };
  const rows: [string, number, string][] = [
    ['May 16', 0, '2015-05-16'], // "is set to take place": ahead of the article date
    ['May 2', 0, '2015-05-02'],
    ['November 20', 0, '2015-11-20'], // "is to be held"
    ['December 11', 0, '2015-12-11'],
    ['Friday', 0, '2015-05-08'], // "will meet"
    ['Friday', 1, '2015-05-01'], // "met": the past Friday
    ['March 11', 0, '2015-03-11'], // "this year" follows: the article's year, even though it is past
  ];
  for (const [date, nth, expected] of rows) it(`"${date}" (#${nth + 1}) → ${expected}`, () => assert.strictEqual(iso(date, nth), expected));
});

describe('durations', () => {
  it('are DATE mentions without a normalized date, and never an event\'s time', () => {
    const text = 'Monday, December 19, 2016\n\nThe gunman shot the ambassador on Monday. Police searched the building for four hours.';
    const analysis = analyzeArticle(text);
    const four = analysis.mentions.find((m) => m.text === 'four hours');
    assert.ok(four, 'the duration is a mention');
    assert.deepStrictEqual([four.type, four.iso, text.slice(four.start, four.end)], ['DATE', undefined, 'four hours']);
    const search = analysis.events.find((e) => e.lemma === 'search');
    assert.ok(search, 'the search is an event');
    assert.strictEqual(search.time, undefined, 'a duration is not the time of the search');
    const shot = analysis.events.find((e) => e.lemma === 'shoot');
    assert.strictEqual(shot?.time?.text, 'Monday');
  });
});

describe('date spans', () => {
  const dates = (text: string): string[] => analyzeArticle(text).mentions.filter((m) => m.type === 'DATE').map((m) => text.slice(m.start, m.end));
  it('split a range of years compromise reads as one token into its two years', () => {
    assert.deepStrictEqual(dates('The study modelled ozone over 2000 - 2050 on wheat.'), ['2000', '2050']);
  });
  it('count spelled-out numbers above ten before "years ago", leaving "ago" out of the span as the gold corpus does', () => {
    assert.deepStrictEqual(dates('"Seventeen years ago, this would not have been possible," she said.'), ['Seventeen years']);
  });
  it('take the part of the day after "yesterday" or "tomorrow"', () => {
    assert.deepStrictEqual(dates('The minister resigned yesterday afternoon.'), ['yesterday afternoon']);
  });
  it('read "last night" and "this morning" as dates, not "the last morning" (the final one)', () => {
    assert.deepStrictEqual(dates('The governor died last night; his family spoke this morning.'), ['last night', 'this morning']);
    assert.deepStrictEqual(dates('The last morning train left.'), []);
  });
  it('take clock times with a.m./p.m. in any spelling, keeping the period of "a.m."', () => {
    assert.deepStrictEqual(dates('The quake struck at 9:42 a.m. off the coast.'), ['9:42 a.m.']);
    assert.deepStrictEqual(dates('By 9 p.m. the toll had risen. He died at 9pm. The vote closes at 10 am.'), ['9 p.m.', '9pm', '10 am']);
    assert.deepStrictEqual(dates('Trading resumed at 10 a.m.'), ['10 a.m.']);
    assert.deepStrictEqual(dates('The warning came at 20:30 BST on Friday.'), ['20:30 BST', 'Friday']);
    assert.deepStrictEqual(dates('He scored 9 points and 13 am I.'), []);
  });
  it('read a period the article speaks of as a date, as the gold corpus does: "the day", "that year", "an era"', () => {
    assert.deepStrictEqual(dates('Two died on the day of Hajj. That year was hard, the start of an era of change.'), ['the day', 'That year', 'an era']);
    assert.deepStrictEqual(dates('She takes it twice a day. He was Player of the Year. It began in the year 2000.'), ['2000']);
    assert.deepStrictEqual(dates('The day-to-day running stopped. The week-long festival and a night club opened.'), []);
  });
  it('take "mid-", "early-" and "late-" before a month or a year', () => {
    assert.deepStrictEqual(dates('The last swap was in mid-October; the next comes before late-2025.'), ['mid-October', 'late-2025']);
    assert.deepStrictEqual(dates('A mid-size car left in October.'), ['October']);
  });
  it('read a range of counts as one duration', () => {
    assert.deepStrictEqual(dates('It will take two or three years, or 5 to 6 weeks at best.'), ['two or three years', '5 to 6 weeks']);
  });
  it('do not read a wish opening with "May" as the month', () => {
    assert.deepStrictEqual(dates('May his soul rest in eternal peace. May God bless Zimbabwe.'), []);
    assert.deepStrictEqual(dates('He said: “May God protect us.”'), []);
    assert.deepStrictEqual(dates('The law took effect in May. May 5 is a holiday.'), ['May', 'May 5']);
  });
  it('mark an age written in words as its duration, not an age written as one adjective', () => {
    assert.deepStrictEqual(dates('She was 25 years old when she signed her first autograph.'), ['25 years']);
    assert.deepStrictEqual(dates('A 19-year-old student was hurt.'), []);
  });
  it('but not a range of numbers that are no years', () => {
    assert.deepStrictEqual(dates('Between 120 - 150 people attended.'), []);
  });
});

describe('article date', () => {
  it('comes from the dateline when there is one, else from the caller, and the analysis says which', () => {
    const text = 'Scientists meet\n\nSunday, January 20, 2008\n\nOn Friday the group met in Paris. Last week it rained.';
    const analysis = analyzeArticle(text, { articleDate: '2020-05-05' });
    assert.deepStrictEqual(analysis.articleDate, { iso: '2008-01-20', source: 'dateline' });
    const friday = analysis.mentions.find((m) => m.text === 'Friday');
    assert.strictEqual(friday?.iso, '2008-01-18');
    const withoutDateline = analyzeArticle('On Friday the group met in Paris.', { articleDate: '2020-05-05' });
    assert.deepStrictEqual(withoutDateline.articleDate, { iso: '2020-05-05', source: 'option' });
    assert.strictEqual(withoutDateline.mentions.find((m) => m.text === 'Friday')?.iso, '2020-05-01');
    assert.strictEqual(analyzeArticle('On Friday the group met.').articleDate, undefined);
    assert.strictEqual(findArticleDate([], 'not a date'), undefined);
  });

  it('takes a dateline only as written: own line, line start, end of the headline or before a dash — never a date in a sentence', () => {
    const rows: [string, string | null][] = [
      ['Biologist tells Wikinews about ants Tuesday, September 1, 2015\n\nThe ants met on Friday.', '2015-09-01'],
      ['New flag\n\nThursday, May 7, 2015 On Tuesday, the government announced a process.', '2015-05-07'],
      ['LONDON, March 3, 2024 (Reuters) — The vote was on Friday.', '2024-03-03'],
      ['Daniel Bernoulli (8 February 1700 – 17 March 1782) was a Swiss mathematician who worked on Friday.', null],
      ['It happened on Tuesday night, on September 11, 2001, and again on Friday.', null],
    ];
    for (const [text, iso] of rows) {
      assert.strictEqual(analyzeArticle(text, { articleDate: '2020-05-05' }).articleDate?.iso, iso ?? '2020-05-05', text);
    }
  });
});
