// Date expressions to ISO dates, relative to the article's own date.

/** The article's date and where it came from. */
export interface ArticleDate {
  /** YYYY-MM-DD. */
  iso: string;
  source: 'dateline' | 'option';
}

/** A normalized date: a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or a range of days. */
export interface NormalDate {
  iso: string;
  /** First and last day covered, YYYY-MM-DD. */
  start: string;
  end: string;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 14] };
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50 };

const pad = (n: number): string => String(n).padStart(2, '0');
const dayIso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86400000);

function day(d: Date): NormalDate {
  const iso = dayIso(d);
  return { iso, start: iso, end: iso };
}
function month(year: number, m: number): NormalDate {
  return { iso: `${year}-${pad(m)}`, start: `${year}-${pad(m)}-01`, end: `${year}-${pad(m)}-${pad(lastDay(year, m))}` };
}
function year(y: number): NormalDate {
  return { iso: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
}
function range(from: Date, to: Date): NormalDate {
  return { iso: `${dayIso(from)}/${dayIso(to)}`, start: dayIso(from), end: dayIso(to) };
}

/**
 * Which way a date without a year points from the article date: news mostly reports the `past`
 * ("Friday" in a Monday story is three days before); a sentence about what will happen points to the
 * `future` ("the referendum is to be held from November 20"); `same-year` when the text says "this year".
 */
export type DateDirection = 'past' | 'future' | 'same-year';

/**
 * Normalizes a date expression: "January 20, 2008" → 2008-01-20, "November 2015" → 2015-11, "1927",
 * "the fall of 2015" → 2015-09-01/2015-11-30. Relative expressions ("Monday evening", "a year ago",
 * "in August", "this year", "yesterday") need the article date; a weekday, month or day without a year
 * resolves to the nearest such date on or before it (`past`, the default), on or after it (`future`),
 * or in its year (`same-year`). Returns undefined when the text does not allow it.
 */
export function normalizeDate(text: string, articleDate?: string, direction: DateDirection = 'past'): NormalDate | undefined {
  // (Remembered: an article's dates are read again on every re-analysis while it is edited.)
  const key = `${text}\u0000${articleDate ?? ''}\u0000${direction}`;
  if (normalized.has(key)) {
    const known = normalized.get(key);
    return known && { ...known };
  }
  const result = readDate(text, articleDate, direction);
  if (normalized.size >= 5000) normalized.clear();
  normalized.set(key, result);
  return result && { ...result };
}

/** Dates read so far (text, article date, direction → the normalized date or undefined). */
const normalized = new Map<string, NormalDate | undefined>();

/** The reading `normalizeDate` remembers. */
function readDate(text: string, articleDate?: string, direction: DateDirection = 'past'): NormalDate | undefined {
  const t = text.toLowerCase().replace(/[.,]/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/^(?:in|on|at|the|of|early|late|mid) /u, '')
    .replace(/^(yesterday|tomorrow) (?:morning|afternoon|evening|night)$/u, '$1'); // "yesterday afternoon" is yesterday's date
  // "March 1-2", "May 5–7, 2024", "3-4 June": from the first day to the last.
  const days = /\d[-–]\d/u.test(t) ? t.match(/^(?:([a-z]+) (\d{1,2})[-–](\d{1,2})|(\d{1,2})[-–](\d{1,2}) ([a-z]+))((?: \d{4})?)$/u) : null;
  if (days) {
    const [monthWord, first, last] = days[1] ? [days[1], days[2], days[3]] : [days[6], days[4], days[5]];
    const from = normalizeDate(`${monthWord} ${first}${days[7]}`, articleDate, direction);
    const to = normalizeDate(`${monthWord} ${last}${days[7]}`, articleDate, direction);
    return from && to && from.start < to.end ? { iso: `${from.start}/${to.end}`, start: from.start, end: to.end } : undefined;
  }
  const today = articleDate ? new Date(`${articleDate}T00:00:00Z`) : undefined;
  let m = t.match(/^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/u) ?? t.match(/^(\d{1,2}) ([a-z]+) (\d{4})$/u);
  if (m) {
    const [monthWord, dayNumber] = /^\d/u.test(m[1]) ? [m[2], Number(m[1])] : [m[1], Number(m[2])];
    const mo = MONTHS[monthWord];
    if (mo && dayNumber >= 1 && dayNumber <= lastDay(Number(m[3]), mo)) return day(utc(Number(m[3]), mo, dayNumber));
  }
  m = t.match(/^([a-z]+) (\d{4})$/u);
  if (m && MONTHS[m[1]]) return month(Number(m[2]), MONTHS[m[1]]);
  m = t.match(/^(\d{4})s?$/u);
  if (m && !t.endsWith('s')) return year(Number(m[1]));
  m = t.match(/^(\d{4})-(\d{2})-(\d{2})$/u);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= lastDay(Number(m[1]), Number(m[2]))) {
    return day(utc(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  // "the first quarter of 2024": three months of the year.
  m = t.match(/^(first|second|third|fourth) quarter of (\d{4})$/u);
  if (m) {
    const from = ['first', 'second', 'third', 'fourth'].indexOf(m[1]) * 3 + 1;
    return range(utc(Number(m[2]), from, 1), utc(Number(m[2]), from + 2, lastDay(Number(m[2]), from + 2)));
  }
  m = t.match(/^(?:the )?(spring|summer|fall|autumn|winter) (?:of )?(\d{4})$/u);
  if (m) {
    const [from, to] = SEASONS[m[1]];
    const y = Number(m[2]);
    const toYear = to > 12 ? y + 1 : y;
    const toMonth = to > 12 ? to - 12 : to;
    return range(utc(y, from, 1), utc(toYear, toMonth, lastDay(toYear, toMonth)));
  }
  if (!today) return undefined;
  // Holidays on a fixed day are that day: "Christmas" → December 25 (past or future as the sentence says).
  const fixed: Record<string, string> = {
    christmas: 'december 25', 'christmas day': 'december 25', 'christmas eve': 'december 24', "new year's day": 'january 1',
    "new year's eve": 'december 31', halloween: 'october 31', 'boxing day': 'december 26',
  };
  const holiday = fixed[t.replace(/’/gu, "'")];
  if (holiday) return normalizeDate(holiday, articleDate, direction);
  m = t.match(/^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/u);
  if (m) {
    const back = (today.getUTCDay() - WEEKDAYS[m[1]] + 7) % 7;
    return day(addDays(today, direction === 'future' ? (7 - back) % 7 : -back));
  }
  m = t.match(/^([a-z]+)(?: (\d{1,2})(?:st|nd|rd|th)?)?$/u);
  if (m && MONTHS[m[1]]) {
    const mo = MONTHS[m[1]];
    let y = today.getUTCFullYear();
    if (m[2]) {
      const date = utc(y, mo, Number(m[2]));
      if (direction === 'past' && date > today) y--;
      if (direction === 'future' && date < today) y++;
      return day(utc(y, mo, Number(m[2])));
    }
    if (direction === 'past' && mo > today.getUTCMonth() + 1) y--;
    if (direction === 'future' && mo < today.getUTCMonth() + 1) y++;
    return month(y, mo);
  }
  const relative: Record<string, NormalDate> = {
    today: day(today), tonight: day(today), yesterday: day(addDays(today, -1)), tomorrow: day(addDays(today, 1)),
    'this year': year(today.getUTCFullYear()), 'last year': year(today.getUTCFullYear() - 1), 'next year': year(today.getUTCFullYear() + 1),
    'this month': month(today.getUTCFullYear(), today.getUTCMonth() + 1),
    'last month': month(today.getUTCMonth() === 0 ? today.getUTCFullYear() - 1 : today.getUTCFullYear(), today.getUTCMonth() === 0 ? 12 : today.getUTCMonth()),
    'this week': range(addDays(today, -today.getUTCDay()), addDays(today, 6 - today.getUTCDay())),
    'last week': range(addDays(today, -today.getUTCDay() - 7), addDays(today, -today.getUTCDay() - 1)),
  };
  if (relative[t]) return relative[t];
  m = t.match(/^(next|last|this) (sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/u);
  if (m) {
    const target = WEEKDAYS[m[2]];
    if (m[1] === 'next') return day(addDays(today, ((target - today.getUTCDay() + 7) % 7) || 7));
    if (m[1] === 'last') return day(addDays(today, -(((today.getUTCDay() - target + 7) % 7) || 7)));
    return day(addDays(today, target - today.getUTCDay()));
  }
  if (t === 'this weekend') return range(addDays(today, 6 - today.getUTCDay()), addDays(today, 7 - today.getUTCDay()));
  if (t === 'last weekend') return range(addDays(today, -today.getUTCDay() - 1), addDays(today, -today.getUTCDay()));
  m = t.match(/^([a-z]+|\d+) (day|week|month|year|decade)s? ago$/u);
  if (m) {
    const n = NUMBERS[m[1]] ?? Number(m[1]);
    if (!Number.isFinite(n)) return undefined;
    if (m[2] === 'day') return day(addDays(today, -n));
    if (m[2] === 'week') return day(addDays(today, -7 * n));
    const back = new Date(today);
    if (m[2] === 'month') back.setUTCMonth(back.getUTCMonth() - n);
    else back.setUTCFullYear(back.getUTCFullYear() - (m[2] === 'decade' ? 10 * n : n));
    return day(back);
  }
  return undefined;
}

/**
 * A date written as a dateline: on a short line of its own ("Sunday, January 20, 2008"), or near the
 * start of its line before a dash ("LONDON, March 3 (Reuters) —"); not a date in the lede's sentence.
 */
function isDateline(text: string, date: { start: number; text: string }): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const newline = text.indexOf('\n', date.start);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline).trim();
  const after = text.slice(date.start + date.text.length, date.start + date.text.length + 30);
  // (A weekday before it is part of the dateline: "Thursday, March 15, 2012 Wikinews interviewed …".)
  const lead = text.slice(lineStart, date.start).trim().toLowerCase().replace(/,$/u, '');
  const atLineStart = lead === '' || Object.prototype.hasOwnProperty.call(WEEKDAYS, lead);
  // (So is a date that ends the headline's line: "Biologist tells Wikinews about ants Tuesday, September 1, 2015".)
  const endsLine = /^[^\S\n]*(?:\n|$)/u.test(after);
  // (Not a date in brackets before a dash: life dates, "Bernoulli (8 February 1700 – 17 March 1782)".)
  const bracketed = /\(\s*$/u.test(text.slice(lineStart, date.start));
  return line.length <= 60 || atLineStart || endsLine || (date.start - lineStart <= 40 && !bracketed && /^[^.\n]{0,25}[—–-]/u.test(after));
}

/**
 * The article's date from its dateline or first date line ("Sunday, January 20, 2008" near the top;
 * given the `text`, only a date written as a dateline), else `fallback` (a setting or the file's date,
 * given by the caller), else undefined.
 */
export function findArticleDate(dates: { start: number; text: string }[], fallback?: string, text?: string): ArticleDate | undefined {
  for (const date of dates) {
    if (date.start > 400) break;
    if (text !== undefined && !isDateline(text, date)) continue;
    const normal = normalizeDate(date.text);
    if (normal && /^\d{4}-\d{2}-\d{2}$/u.test(normal.iso)) return { iso: normal.iso, source: 'dateline' };
  }
  return fallback && /^\d{4}-\d{2}-\d{2}$/u.test(fallback) ? { iso: fallback, source: 'option' } : undefined;
}
