import type { Token } from './nlp';
import type { Span } from './types';

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);
const RELATIVE = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'early', 'late', 'mid']);
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'weekend', 'fall', 'spring', 'summer', 'winter', 'autumn']);
const SEASON_WORDS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);
const DEICTIC = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'many']);

const lower = (token: Token): string => token.text.toLowerCase();
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const isMonth = (token: Token): boolean => /^\p{Lu}/u.test(token.text) && (token.tags.has('Month') || MONTHS.has(token.lower));
const isCalendar = (token: Token): boolean => isMonth(token) || token.tags.has('WeekDay');
/**
 * A year: compromise tags some ("in 2012"), not all ("since 1958", "(Brieber 2014)", "the 2014 protests").
 * An untagged four-digit number from 1600 to 2099 is a year too, unless it counts something ("2000 people",
 * "$1500", "1999 %").
 */
const isYear = (token: Token, next?: Token, previous?: Token): boolean => {
  const digits = token.text.replace(/\p{P}+$/u, '');
  if (!/^(1[5-9]|20)\d\d$/u.test(digits) || /[$€£¥]/u.test(token.pre) || /^\s*%/u.test(token.post) || next?.text.startsWith('%')) return false;
  if (token.tags.has('Date')) return true;
  if (!/^(1[6-9]|20)/u.test(digits)) return false;
  // "2000 people" counts; "the 2014 protests" dates.
  const counted = next !== undefined && /^\s+$/u.test(token.post) && next.tags.has('Plural') && !next.tags.has('ProperNoun') && !next.tags.has('Date');
  return !counted || (previous !== undefined && previous.lower === 'the');
};
const isDayNumber = (token: Token): boolean => /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/u.test(token.text);
const joined = (a: Token, b: Token): boolean => a.sentence === b.sentence && /^\s+$/u.test(a.post) && !a.post.includes('\n');
const commaJoined = (a: Token, b: Token): boolean => a.sentence === b.sentence && /^,\s+$/u.test(a.post);

/**
 * Finds date and time expressions: "Monday evening", "January 20, 2008", "12 August 1927", "last week",
 * "a year ago", "in 1927" → "1927". A weekday before a comma is its own span, as in the gold corpus.
 */
export function findDates(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let last = -1;
    let start = i;
    if (isCalendar(first) || isYear(first, tokens[i + 1], tokens[i - 1])) {
      last = i;
      if (first.tags.has('WeekDay')) {
        if (tokens[i + 1] && joined(first, tokens[i + 1]) && DAY_PARTS.has(lower(tokens[i + 1]))) last = i + 1;
      } else if (isMonth(first)) {
        if (tokens[i + 1] && joined(first, tokens[i + 1]) && isDayNumber(tokens[i + 1])) last = i + 1;
        if (tokens[last + 1] && (commaJoined(tokens[last], tokens[last + 1]) || joined(tokens[last], tokens[last + 1])) && isYear(tokens[last + 1], tokens[last + 2])) last += 1;
        else if (tokens[i + 1] && first.post.startsWith('.') && /^\.\s+$/u.test(first.post) && isDayNumber(tokens[i + 1])) {
          last = i + 1;
          if (tokens[i + 2] && commaJoined(tokens[i + 1], tokens[i + 2]) && isYear(tokens[i + 2], tokens[i + 3])) last = i + 2;
        }
      }
      const previous = tokens[i - 1];
      if (previous && joined(previous, first) && isMonth(first) && isDayNumber(previous)) start = i - 1;
    } else if (SEASON_WORDS.has(lower(first)) && lower(tokens[i + 1] ?? first) === 'of' && tokens[i + 2] && isYear(tokens[i + 2], tokens[i + 3])
      && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])) {
      // "the fall of 2015"
      last = i + 2;
      if (tokens[i - 1] && lower(tokens[i - 1]) === 'the' && joined(tokens[i - 1], first)) start = i - 1;
    } else if (DEICTIC.has(lower(first))) {
      last = i;
    } else if (RELATIVE.has(lower(first)) && tokens[i + 1] && joined(first, tokens[i + 1])
      && (UNITS.has(lower(tokens[i + 1])) || isCalendar(tokens[i + 1]))) {
      last = i + 1;
      if (tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && DAY_PARTS.has(lower(tokens[i + 2]))) last = i + 2;
    } else if ((NUMBER_WORDS.has(lower(first)) || /^\d+$/u.test(first.text)) && tokens[i + 2]
      && joined(first, tokens[i + 1]) && UNITS.has(lower(tokens[i + 1])) && joined(tokens[i + 1], tokens[i + 2])
      && lower(tokens[i + 2]) === 'ago') {
      last = i + 2;
    }
    if (last >= 0) {
      const end = tokens[last];
      // compromise leaves closing punctuation on some numbers ("2014)"); the span never includes it.
      const trailing = /\p{P}+$/u.exec(end.text)?.[0].length ?? 0;
      spans.push({ start: tokens[start].start, end: end.end - (end.end - end.start === end.text.length ? trailing : 0) });
      i = last + 1;
    } else {
      i++;
    }
  }
  return spans;
}

/** Words that make a sentence about what will happen ("will", "upcoming"). */
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'upcoming', 'forthcoming']);
/** Words before "to" that point ahead: "is to be held", "set to take place", "due to open". */
const FUTURE_BEFORE_TO = new Set(['is', 'are', 'set', 'due', 'scheduled', 'slated', 'planned', 'expected', 'going']);

/**
 * Which way a date without a year points (see `DateDirection`): `same-year` when "this year" follows it,
 * `future` when its sentence speaks of what will happen, else `past`.
 */
export function dateDirection(text: string, tokens: Token[], date: Span): 'past' | 'future' | 'same-year' {
  if (/^,?\s+this\s+year\b/iu.test(text.slice(date.end, date.end + 16))) return 'same-year';
  const at = tokens.findIndex((token) => token.start >= date.start);
  if (at < 0) return 'past';
  const sentence = tokens[at].sentence;
  let first = at;
  while (first > 0 && tokens[first - 1].sentence === sentence) first--;
  for (let i = first; i < tokens.length && tokens[i].sentence === sentence; i++) {
    const word = tokens[i].lower;
    if (FUTURE_WORDS.has(word) || /['’]ll$/u.test(word)) return 'future';
    if (word === 'to' && i > first && FUTURE_BEFORE_TO.has(tokens[i - 1].lower) && tokens[i + 1] && /^(?:be|take|begin|start|open|close|hold|run|end)$/u.test(tokens[i + 1].lower)) return 'future';
  }
  return 'past';
}
