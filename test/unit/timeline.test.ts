import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { findArticleDate, normalizeDate } from '../../src/core/timeline';

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
    ['next Tuesday night', '2016-12-20'],
    ['last Friday', '2016-12-16'],
    ['a decade ago', '2006-12-19'],
    ['this weekend', '2016-12-24/2016-12-25'],
    ['the 1990s', undefined],
    ['recently', undefined],
  ];
  for (const [text, iso] of rows) {
    it(`${text} → ${iso ?? 'kept as text'}`, () => assert.strictEqual(normalizeDate(text, '2016-12-19')?.iso, iso));
  }
  it('needs an article date for relative expressions only', () => {
    assert.strictEqual(normalizeDate('Monday'), undefined);
    assert.strictEqual(normalizeDate('November 2015')?.iso, '2015-11');
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
});
