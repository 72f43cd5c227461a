import type { Token } from './nlp';
import { hasAny, isLexiconGivenName, isUpperInitial, lexiconTag, POSSESSIVE } from './nlp';
import { isRoleNoun } from './roles';
import { lowerBound } from './spans';
import { ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './vocabulary';

import type { Span } from './types';

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight']);
const RELATIVE = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'early', 'late', 'mid']);
/**
 * Relative words that date a lower-case unit only after "the": "the following year", "the upcoming weeks" (not "following
 * Tuesday's vote", "the upcoming Summer Olympics").
 */
const AFTER_THE = new Set(['following', 'upcoming', 'current']);
/** What an award of the year is given to ("record of the year", "player of the year"). */
const AWARDED = /^(?:record|song|album|player|book|car|person|coach|manager|word|team|goal|film|movie|artist|employee|teacher|volunteer|athlete|sportsperson|rookie|footballer|cricketer|newcomer|entertainer|photographer|journalist|citizen|businessman|businesswoman)$/u;

/** Periods "the", "that" or "a" make a date of: "the year", "that day", "a period". */
const PERIOD_NOUNS = new Set(['year', 'day', 'period', 'night', 'morning', 'evening', 'afternoon', 'week', 'month', 'era', 'decade', 'summer', 'winter', 'autumn', 'season']);
/** …of which "a" makes one only of these ("a period", "an era"; not "a day", "a week", counted as durations elsewhere). */
const A_PERIOD = new Set(['period', 'era', 'decade', 'night']);
/** Words before "a day", "a year" that make a frequency: "twice a day", "once a year". */
const FREQUENCY = /^(?:once|twice|thrice|times|per)$/u;
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'weekend', 'period', 'era', 'fall', 'spring', 'summer', 'winter', 'autumn',
  'season', 'quarter']);
/** Quarters of a (fiscal) year: "the first quarter", "the second quarter of 2024". */
const QUARTER_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'previous', 'same']);
/** Words of trading results: a bare "the first quarter" in their sentence is a part of the year. */
const TRADING = /^(?:profits?|revenues?|sales|earnings|growth|gdp|economy|percent|%|\$|€|£|billion|million|loss|losses|income|shares|fiscal|quarterly)$/u;
/** True when the sentence of the token at `i` speaks of trading results or the economy. */
function tradingSentence(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === sentence) k--;
  for (; k < tokens.length && tokens[k].sentence === sentence; k++) if (TRADING.test(tokens[k].lower) || /[$€£%]/u.test(tokens[k].pre + tokens[k].post)) return true;
  return false;
}
/** What may follow a period counted forward or back: "a year earlier", "a month later". */
const RELATIVE_AFTER = new Set(['earlier', 'later']);
const SEASON_WORDS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);
/** A count written in figures: "4", "2.5", "8–10". */
const NUMBER = /^\d+(?:[.,]\d+)?(?:[–-]\d+)?$/u;
/** Before or after noon, in any spelling: "am", "p.m.". */
const MERIDIEM = String.raw`(?:am|pm|a\.m\.?|p\.m\.?)`;
/** After a clock time: "15:11 GMT", "9:42 a.m.". */
const ZONES = 'gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|jst|aest|aedt|et|pt|ct|mt';
const CLOCK_SUFFIX = new RegExp(String.raw`^(?:${ZONES}|${MERIDIEM})$`, 'iu');
/** A time zone after a clock time, in capitals ("8:35 p.m. ET", "9pm GMT"). */
const TIME_ZONE = new RegExp(`^(?:${ZONES.toUpperCase()})$`, 'u');
/** True when a time zone follows the token at `k` in its sentence (after a space, or the period of "p.m."). */
// (The period of "p.m." may have ended the sentence for the splitter: "8:35 p.m. ET".)
const zoneAfter = (tokens: Token[], k: number): boolean => tokens[k + 1] !== undefined && (tokens[k + 1].sentence === tokens[k].sentence || MERIDIEM_WORD.test(tokens[k].text))
  && /^\.?[^\S\n]+$/u.test(tokens[k].post) && TIME_ZONE.test(tokens[k + 1].text);
/** "9pm", "9.30pm" as one word; an hour before its meridiem ("9 p.m."). */
const CLOCK_WORD = new RegExp(String.raw`^(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?${MERIDIEM}$`, 'iu');
const HOUR = /^(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?$/u; // "9", "6.00", "9.30" before "pm"
const MERIDIEM_WORD = new RegExp(String.raw`^${MERIDIEM}$`, 'iu');
const DEICTIC = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'many']);

const lower = (token: Token): string => token.text.toLowerCase();
/** Lower case without a possessive ("year's" → "year"), for "This year's theme", "today's game". */
const word = (token: Token | undefined): string => (token ? lower(token).replace(POSSESSIVE, '') : '');
/** Words that make a weekday a named day ("Good Friday", "Black Saturday"). */
const DAY_MODIFIERS = new Set(['Good', 'Black', 'Easter', 'Palm', 'Ash', 'Holy', 'Maundy', 'Super', 'Cyber', 'Whit', 'Shrove', 'Remembrance', 'Mothering']);
/** Periods named "… Age(s)": "the Middle Ages", "the Bronze Age". */
const ERAS = new Set(['middle', 'dark', 'bronze', 'iron', 'stone', 'ice', 'golden', 'gilded', 'space', 'information', 'jazz', 'copper', 'viking']);
/** Holidays that name a date by themselves ("Christmas", "Ramadan"); "New Year's Day" and "… Eve" extend them. */
const HOLIDAYS = new Set(['christmas', 'easter', 'ramadan', 'eid', 'hanukkah', 'diwali', 'thanksgiving', 'halloween', 'passover']);
/** Units of a duration: "four hours", "15 years", "nearly half an hour". */
/** A word for a span of time, of a date ("week", "era") or of a duration ("hours"). */
const isTimeUnit = (word: string): boolean => UNITS.has(word) || DURATION_UNITS.has(word);
const DURATION_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia']);
/** Words before a duration's number that belong to it: "just over 24 hours", "only two weeks". */
const DURATION_HEDGES = new Set(['just', 'only', 'nearly', 'almost', 'about', 'around', 'over', 'some', 'roughly', 'approximately', 'barely']);
/** "the next 30 hours", "the past few days". */
const DURATION_FRAMES = new Set(['next', 'past', 'last', 'first', 'previous', 'coming']);
const QUANTITIES = new Set([...NUMBER_WORDS, 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'half']);

/**
 * The last token of a duration starting at `i` ("four hours", "nearly half an hour", "8–10 years",
 * "the next 30 hours"), or -1. A duration never ends in "ago" (those are dates, found before this).
 */
function durationEnd(tokens: Token[], i: number): number {
  let k = i;
  const at = (j: number): Token | undefined => (tokens[j] && (j === i || joined(tokens[j - 1], tokens[j])) ? tokens[j] : undefined);
  if (word(at(k)) === 'the' && DURATION_FRAMES.has(word(at(k + 1)))) k += 2;
  else while (DURATION_HEDGES.has(word(at(k))) && k < i + 2) k++;
  const quantity = at(k);
  if (!quantity) return -1;
  const isNumber = NUMBER.test(quantity.text);
  if (!isNumber && !QUANTITIES.has(word(quantity))) return -1;
  k++;
  // ("110 million years", "ten thousand years": a count in millions; not "in a million years".)
  if (/^(?:thousand|million|billion)$/u.test(word(at(k))) && DURATION_UNITS.has(word(at(k + 1))) && !/^(?:a|an)$/u.test(word(quantity))) k++;
  // "two or three years", "five to six weeks", "seven to 15 years": a range of counts; "3 – 4 hours" across a spaced dash.
  const other = at(k + 1);
  if (/^(?:or|to)$/u.test(word(at(k))) && other && (NUMBER.test(other.text) || QUANTITIES.has(word(other))) && !/^(?:a|an)$/u.test(word(other))) k += 2;
  else if (isNumber && /^\s+[–-]\s+$/u.test(quantity.post) && tokens[k] !== undefined && /^\d+$/u.test(tokens[k].text) && tokens[k].sentence === quantity.sentence) k++;
  // ("27 to 28 million years": the count in millions after the range.)
  if (k > i + 1 && /^(?:thousand|million|billion)$/u.test(word(at(k))) && DURATION_UNITS.has(word(at(k + 1)))) k++;
  // ("two and a half years": the half after the count; not "a half years" alone.)
  if (word(at(k)) === 'and' && word(at(k + 1)) === 'a' && word(at(k + 2)) === 'half') k += 3;
  if (word(quantity) === 'a' && word(at(k)) === 'half' && word(tokens[i - 1]) === 'and') return -1;
  if (word(quantity) === 'half' || word(quantity) === 'a' && /^(?:few|half)$/u.test(word(at(k)))) k++; // "half an hour", "a few days", "a half hour"
  // "a couple of years", "a number of years".
  else if (word(quantity) === 'a' && /^(?:couple|number)$/u.test(word(at(k))) && word(at(k + 1)) === 'of') k += 2;
  const unit = at(k);
  // ("a second-half double": the unit hyphenated to a noun is a compound's.)
  if (!unit || !DURATION_UNITS.has(word(unit)) || POSSESSIVE.test(unit.text) || unit.post === '-') return -1;
  // (An age said of someone, "she was 20 years old", is a duration as the gold corpus marks it; "a
  // 19-year-old", "19 year old" and "the 15 years old striker" describe someone and are not.)
  if (word(tokens[k + 1]) === 'ago') return -1;
  if (word(tokens[k + 1]) === 'old') {
    const old = tokens[k + 1];
    const described = tokens[k + 2] !== undefined && joined(old, tokens[k + 2]) && tokens[k + 2].tags.has('Noun') && /^\p{Ll}/u.test(tokens[k + 2].text);
    if (!/^(?:years|months)$/u.test(word(unit)) || !joined(unit, old) || /-/u.test(quantity.post + unit.post) || described) return -1;
  }
  // "a second goal", "a second round": the ordinal, not the unit of time, before a noun.
  // ("a second consecutive week", "a second straight day": also before an adjective of order.)
  if (word(unit) === 'second' && tokens[k + 1] && joined(unit, tokens[k + 1]) && /^\p{Ll}/u.test(tokens[k + 1].text)
    && (tokens[k + 1].tags.has('Noun') || /^(?:consecutive|straight|successive|successful|full|major|big|separate|similar)$/u.test(tokens[k + 1].text))) return -1;
  // "a day", "a year" are durations as the gold corpus marks them ("lasted a week", "spent a year in jail"); not one
  // qualifying the noun after it ("a day trip", "a one day tour") nor a title's capitalized word ("A Month in the Country").
  const qualifies = tokens[k + 1] !== undefined && joined(unit, tokens[k + 1]) && /^\p{Ll}/u.test(tokens[k + 1].text) && tokens[k + 1].tags.has('Noun')
    && !tokens[k + 1].tags.has('Verb');
  if (['a', 'an', 'one'].includes(word(quantity)) && k === i + 1 && ['day', 'year', 'week', 'fortnight', 'month', 'hour'].includes(word(unit))
    && (qualifies || /^\p{Lu}/u.test(unit.text) || word(tokens[i - 1]) === 'a'
      // (An hour's rate counts money or distance: "$15 an hour", "39 miles an hour"; not "walk one hour", "reached the victims an
      // hour after", "led 1-0 an hour into the match".)
      || (perUnit(tokens[i - 1], tokens[i - 2]) && (word(unit) !== 'hour' || /^[$£€¥]\d|^(?:miles?|kilometres?|kilometers?|km|knots)$/u.test(word(tokens[i - 1]))))
      || (word(tokens[i - 1]) === 'it' && /^call/u.test(word(tokens[i - 2]))))) return -1; // (nor "call it a day")
  // "an hour and a half", "two years and a half".
  if (word(at(k + 1)) === 'and' && word(at(k + 2)) === 'a' && word(at(k + 3)) === 'half') return k + 3;
  return k;
}

/**
 * A rate's count before "a day", "a year": "500,000 barrels a day", "50 a day", "$1.90 a day", "2 percent a year", "$40 billion a
 * year", "seven days a week", "twice a day", "a pack a day", "39 miles an hour".
 */
const perUnit = (before: Token | undefined, counted: Token | undefined): boolean => before !== undefined && /^\s+$/u.test(before.post)
  && (/^[$£€¥]?\d/u.test(before.text) || FREQUENCY.test(before.lower) || /^(?:thousand|million|billion|trillion|bn|m)$/u.test(before.lower)
    || (/^\p{Ll}+$/u.test(before.text) && ((before.tags.has('Noun') && !before.tags.has('Pronoun')) || /^(?:a|an|one)$/u.test(counted?.lower ?? ''))));

/** A date's text with the "ago" the span leaves out ("a year" of "a year ago"), for reading what it points at. */
export function withAgo(text: string, date: { end: number; text: string }): string {
  AGO_AFTER.lastIndex = date.end;
  return AGO_AFTER.test(text) ? `${date.text} ago` : date.text;
}
const AGO_AFTER = /\s+ago\b/iuy;

/**
 * True for a duration's text ("four hours", "the next 30 hours", "8–10 years"), which gives an event
 * no time of its own: it ends with a unit and counts it, with the words `durationEnd` reads.
 */
export function isDurationText(text: string): boolean {
  const words = text.toLowerCase().split(/[\s\-–]+/u);
  return DURATION_UNITS.has(words[words.length - 1]) && words.slice(0, -1).some((w) => QUANTITIES.has(w) || /^\d/u.test(w));
}
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A month's name, full or abbreviated, capitalized ("May", "Sept"). */
export const isMonth = (token: Token): boolean => isUpperInitial(token) && (token.tags.has('Month') || MONTHS.has(token.lower.replace(/\.$/u, '')));
const isCalendar = (token: Token): boolean => isMonth(token) || token.tags.has('WeekDay');
/**
 * "his wife Jan Dance", "their friend May Collins": a month's name that is a given name — after a lower-case
 * noun for a person and before a capitalized word that is no number, month or day.
 */
export function isGivenNameMonth(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "Mr Friday Okonkwo", "Chief Monday Kuryas": a weekday after an honorific, before a capitalized word, is a given name.
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(token.text) && previous !== undefined && next !== undefined
    && /^(?:Mr|Mrs|Ms|Miss|Dr|Chief|Prof|Rev|Pastor|Alhaji|Hon)\.?$/u.test(previous.text) && /^\.?\s+$/u.test(previous.post) && /^ $/u.test(token.post)
    && /^\p{Lu}\p{Ll}+/u.test(next.text) && !next.tags.has('Date')) return true;
  // "Jan de Vries won", "SABMiller Chairman Jan du Plessis": before a surname's particle and its capitalized word (not "in May
  // de Gaulle returned": after a preposition the month stays one).
  if (/^(?:Jan|May|June|April|August)$/u.test(token.text) && next !== undefined && /^(?:de|van|von|du|der|den|ter|ten)$/u.test(next.text)
    && /^ $/u.test(token.post) && /^ $/u.test(next.post) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2]?.text ?? '')
    && !(previous !== undefined && previous.sentence === token.sentence && saysTime(previous))) return true;
  // "May Ellison spoke", "Jan Novak said": a month opening its sentence — or "Jan", "Jun" anywhere but after a preposition
  // ("with Jan Blatny") — before a word that is only a name, with no number after it.
  // ("spoke with April Jones": also after a preposition that says no time.)
  // (A full month's name there only before a surname the lexicon knows: not "a partnership with May Mobility", "for May Ball tickets".)
  const opens = previous === undefined || previous.sentence !== token.sentence
    || (NO_TIME_PREPOSITIONS.test(previous.lower) && (/^(?:Jan|Jun)$/u.test(token.text) || hasAny(next ?? token, ['LastName'])));
  if ((opens ? /^(?:Jan|Jun|May|June|April|August)$/u : /^(?:Jan|Jun)$/u).test(token.text) && next !== undefined && next.sentence === token.sentence
    && /^ $/u.test(token.post) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && isOnlyAName(next) && !/^\d/u.test(tokens[i + 2]?.text ?? '')
    // (Not a common noun after it in a line of capitalized words, as a Title Case headline writes one: "May Inflation Rises",
    // "August Recess Looms".)
    && !(next.tags.has('Noun') && !hasAny(next, ['ProperNoun', 'Person']) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ''))
    && (opens || !saysTime(previous))) return true;
  return /^(?:Jan|May|June|April|August)$/u.test(token.text) && previous !== undefined && next !== undefined
    && previous.sentence === token.sentence && next.sentence === token.sentence && /^ $/u.test(token.post)
    // (After a comma only after a person's role: "a lawyer, Jan de Bruin,"; not "Earlier this month, August Bank Holiday".)
    && (/^ $/u.test(previous.post) || (/^, $/u.test(previous.post) && isRoleNoun(previous.text)))
    // (Also after a capitalized title or a speech verb, before a word no list knows as anything but a name: "Foreign
    // Minister Jan Lipavsky", "said Jan Kowalski"; not "By April Boeing", "says August Sales".)
    && ((/^\p{Ll}+$/u.test(previous.text) && previous.tags.has('Noun') && !previous.tags.has('Pronoun'))
      || (((TITLE_WORDS.has(previous.lower) && isUpperInitial(previous)) || /^(?:said|says|told)$/u.test(previous.lower))
        && isOnlyAName(next))
      // ("Finance Minister Jan Berg": after a capitalized title also a word the tagger reads as a person's there, though
      // the lexicon lists it as a noun.)
      || (TITLE_WORDS.has(previous.lower) && isUpperInitial(previous) && next.tags.has('Person') && lexiconTag(next.lower) === 'Noun'))
    // ("a lawyer, Jan de Bruin,": a surname particle may come first.)
    && (/^\p{Lu}\p{Ll}+/u.test(next.text) || (/^(?:de|van|von|du|der|den|ter|ten)$/u.test(next.text) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')))
    && !next.tags.has('Date') && !MONTHS.has(next.lower) && !next.tags.has('WeekDay');
}

/** A word before a month that keeps it a month: a preposition or a word of time ("in May", "last June", "since April"). */
const saysTime = (previous: Token): boolean => previous.tags.has('Preposition') || /^(?:last|next|this|early|late|mid|since|until)$/iu.test(previous.text);

/** Prepositions that say no time, before a month that is a given name ("with Jan Morris", "including April Jones"). */
const NO_TIME_PREPOSITIONS = /^(?:with|for|about|like|including|against|alongside|among|beside|besides|without|via|featuring|starring)$/u;

/** A capitalized word no list knows as anything but a name ("Kowalski", not "Boeing", "Bank", "Day"). */
const isOnlyAName = (token: Token): boolean => ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', undefined].includes(lexiconTag(token.lower))
  && !hasAny(token, ['Organization', 'Plural', 'Place', 'Date', 'Value']) && !ORG_HEADS.has(token.lower) && !PLACE_HEADS.has(token.lower)
  && !/^(?:Bank|Holiday|Fools|Day|Days|Weekend)$/u.test(token.text);

/** "May his soul rest in peace", "May God bless": a wish opening its sentence, not the month. */
const isWishMay = (tokens: Token[], i: number): boolean => tokens[i].text === 'May'
  && (tokens[i - 1]?.sentence !== tokens[i].sentence || /[“"‘:]\s*$/u.test(tokens[i - 1].post))
  && /^(?:his|her|their|its|our|your|my|god|allah|you|we|they|he|she|it|i|the)$/u.test(tokens[i + 1]?.lower ?? '');
/**
 * A year: compromise tags some ("in 2012"), not all ("since 1958", "(Brieber 2014)", "the 2014 protests").
 * An untagged four-digit number from 1600 to 2099 is a year too, unless it counts something ("2000 people",
 * "$1500", "1999 %").
 */
const isYear = (token: Token, next?: Token, previous?: Token, secondOfTwo = false): boolean => {
  // ("the 1990's" is a decade; "Windows 2000's", "Model 1911's" a product's number; "Resolution 2014/15" a document's.)
  if (/['’]s$/u.test(token.text) && (/0['’]s$/u.test(token.text) || (previous !== undefined && /^\p{Lu}/u.test(previous.text)))) return false;
  const digits = token.text.replace(/['’]s$/u, '').replace(/\p{P}+$/u, '');
  if (isSplitYear(digits)) return !/^(?:resolution|decision|no|case|document)$/iu.test(previous?.text.replace(/\.$/u, '') ?? '');
  if (!/^(1\d|20)\d\d$/u.test(digits) || /[$€£¥]/u.test(token.pre) || /^\s*%/u.test(token.post) || next?.text.startsWith('%')) return false;
  // (A year before 1500 only where the tagger reads one and no noun it counts follows: "in 1423 it was granted", not "in 1480
  // water samples".)
  if (token.tags.has('Date')) return /^(?:1[5-9]|20)/u.test(digits) || !(next !== undefined && /^\s+$/u.test(token.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Pronoun'));
  if (!/^(1[6-9]|20)/u.test(digits)) return false;
  // "2000 people" counts; "the 2014 protests" dates.
  const counted = next !== undefined && /^\s+$/u.test(token.post) && next.tags.has('Plural') && !next.tags.has('ProperNoun') && !next.tags.has('Date');
  return !counted || previous?.lower === 'the' || secondOfTwo;
};
/** "2014/15", "2018-19", "2024/2025", "2014-16": a season, a fiscal year or a few years, the second after the first. */
const isSplitYear = (text: string): boolean => {
  const split = /^((?:1[6-9]|20)\d\d)[/\-–](\d\d|(?:1[6-9]|20)\d\d)$/u.exec(text);
  if (split === null) return false;
  // (Also a span of a few years written short, "2014-16", "1892–94": the second year later than the first, in its decade.)
  const first = Number(split[1]);
  if (split[2].length === 4) return first + 1 === Number(split[2]);
  const second = Math.floor(first / 100) * 100 + Number(split[2]);
  return second > first && second - first <= 9;
};
/** "the 2011 and 2017 censuses": the second of two years after "the" before one plural noun dates it too. */
const isSecondOfTwoYears = (tokens: Token[], i: number): boolean => (i >= 3 && /^(?:and|or)$/u.test(tokens[i - 1].lower)
  && YEAR_SHAPE.test(tokens[i - 2].text) && tokens[i - 3].lower === 'the')
  // ("2010 – 2012 sales": the second year of a range across a dash.)
  || (i >= 1 && YEAR_SHAPE.test(tokens[i - 1].text) && /^\s*[-–—]\s*$/u.test(tokens[i - 1].post));
/** Four digits from 1600 to 2099, as a year is written. */
const YEAR_SHAPE = /^(?:1[6-9]|20)\d\d$/u;
/** "5", "05", "21st". */
const isDayNumber = (token: Token): boolean => /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u.test(token.text);
/** A range of days next to a month ("March 1-2", "5–7 May"); elsewhere "3-1" is as often a score. */
const isDayRange = (token: Token): boolean => /^(?:[1-9]|[12]\d|3[01])[-–](?:[1-9]|[12]\d|3[01])$/u.test(token.text);
const joined = (a: Token, b: Token): boolean => a.sentence === b.sentence && /^\s+$/u.test(a.post) && !a.post.includes('\n');
const commaJoined = (a: Token, b: Token): boolean => a.sentence === b.sentence && /^,\s+$/u.test(a.post);

/**
 * Finds date and time expressions: "Monday evening", "January 20, 2008", "12 August 1927", "last week",
 * "a year" of "a year ago", "in 1927" → "1927". A weekday before a comma is its own span, as in the gold corpus.
 */
export function findDates(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let last = -1;
    let start = i;
    // "over 2000 - 2050": compromise reads a range of years as one token; each year is a date.
    if (/^(?:1[6-9]|20)\d\d\s*[-–]\s*(?:1[6-9]|20)\d\d$/u.test(first.text) && first.end - first.start === first.text.length) {
      spans.push({ start: first.start, end: first.start + 4 }, { start: first.end - 4, end: first.end });
      i++;
      continue;
    }
    // ("Viña del Mar", "Mar del Plata": a month's abbreviation beside a Spanish particle is a place's word.)
    const particle = (t: Token | undefined): boolean => t !== undefined && /^(?:del|de|la|das|dos|do)$/u.test(t.text) && t.sentence === first.sentence;
    const placeWord = /^\p{Lu}\p{Ll}{2}$/u.test(first.text) && first.text !== 'May'
      && ((particle(tokens[i - 1]) && joined(tokens[i - 1], first)) || (particle(tokens[i + 1]) && joined(first, tokens[i + 1])));
    if ((isCalendar(first) && !isWishMay(tokens, i) && !isGivenNameMonth(tokens, i) && !placeWord) || isYear(first, tokens[i + 1], tokens[i - 1], isSecondOfTwoYears(tokens, i))) {
      last = i;
      if (first.tags.has('WeekDay')) {
        if (tokens[i + 1] && joined(first, tokens[i + 1]) && DAY_PARTS.has(lower(tokens[i + 1]))) last = i + 1;
      } else if (isMonth(first)) {
        if (tokens[i + 1] && joined(first, tokens[i + 1]) && (isDayNumber(tokens[i + 1]) || isDayRange(tokens[i + 1]))) {
          last = i + 1;
          // "December 26 to 30": a range of days in one month.
          const to = tokens[i + 2];
          const end = tokens[i + 3];
          // (After "from" or "between", or closing its clause: not "raised the rate on December 1 to 7 percent", "climbed on
          // August 9 to 27 dead".)
          const opened = /^(?:from|between)$/u.test(word(tokens[i - 1]));
          const closed = !/^(?:on|by|to)$/u.test(word(tokens[i - 1])) && (/^[,.;:!?)]/u.test(end?.post ?? '') || (tokens[i + 4] !== undefined && isYear(tokens[i + 4], tokens[i + 5])));
          if (to !== undefined && end !== undefined && /^(?:to|through|until)$/u.test(to.lower) && joined(tokens[i + 1], to) && joined(to, end) && isDayNumber(tokens[i + 1])
            && isDayNumber(end) && Number(end.text) > Number(tokens[i + 1].text) && !(tokens[i + 4] !== undefined && joined(end, tokens[i + 4]) && isMonth(tokens[i + 4]))
            && (opened || closed)) last = i + 3;
        }
        // "the April-June quarter", "January–March 2024": months joined by a dash are one period.
        // (Not before the second month's own day: "12 May–June 3" is two dates.)
        else if (tokens[i + 1] && /^[-–]$/u.test(first.post) && isMonth(tokens[i + 1]) && tokens[i + 1].sentence === first.sentence
          && !(tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && isDayNumber(tokens[i + 2]))) last = i + 1;
        if (tokens[last + 1] && (commaJoined(tokens[last], tokens[last + 1]) || joined(tokens[last], tokens[last + 1])) && isYear(tokens[last + 1], tokens[last + 2])) last += 1;
        // "February of 2006", "December of 384": a month "of" its year.
        else if (last === i && word(tokens[i + 1]) === 'of' && tokens[i + 2] !== undefined && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])
          && (isYear(tokens[i + 2], tokens[i + 3]) || (/^\d{3}$/u.test(tokens[i + 2].text) && !/^\s*%/u.test(tokens[i + 2].post)))) last = i + 2;
        else if (tokens[i + 1] && first.post.startsWith('.') && /^\.\s+$/u.test(first.post) && isDayNumber(tokens[i + 1])) {
          last = i + 1;
          if (tokens[i + 2] && commaJoined(tokens[i + 1], tokens[i + 2]) && isYear(tokens[i + 2], tokens[i + 3])) last = i + 2;
        }
      }
      const previous = tokens[i - 1];
      // "16 July", "5–6 September" (a range of days right before a month, when no day follows it: "beat them
      // 3-1 March 5" is a score).
      // ("Kenya won 2 - 1 March 5": a number after a dash and a small number is a score's; "11 – 12 October 2018" is a
      // range of days, when no day follows the month.)
      const dayAfter = tokens[i + 1] !== undefined && joined(first, tokens[i + 1]) && isDayNumber(tokens[i + 1]);
      const beforeDash = previous !== undefined ? tokens[i - 2] : undefined;
      const dashed = beforeDash !== undefined && /^\d{1,2}$/u.test(beforeDash.text) && /^\s*[-–—]\s*$/u.test(beforeDash.post) && beforeDash.sentence === first.sentence;
      // ("the 19th of September", "on the 4th of March 2019": an ordinal day "of" the month, with its article.)
      const ordinalDay = tokens[i - 2];
      // (Not a name made of the date: "the 6th of October Bridge", "the 26th of July Movement".)
      const named = tokens[i + 1] !== undefined && joined(first, tokens[i + 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1].text) && !isYear(tokens[i + 1], tokens[i + 2]);
      if (previous?.lower === 'of' && ordinalDay !== undefined && isMonth(first) && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/u.test(ordinalDay.text)
        && joined(ordinalDay, previous) && joined(previous, first) && !named) {
        start = tokens[i - 3]?.lower === 'the' && joined(tokens[i - 3], ordinalDay) ? i - 3 : i - 2;
      } else if (previous && joined(previous, first) && isMonth(first) && (isDayNumber(previous) || (isDayRange(previous) && !dayAfter))) {
        if (!dashed) start = i - 1;
        else if (!dayAfter && isDayNumber(beforeDash) && Number(beforeDash.text) < Number(previous.text)) start = i - 2;
      }
    } else if (SEASON_WORDS.has(lower(first)) && lower(tokens[i + 1] ?? first) === 'of' && tokens[i + 2] && isYear(tokens[i + 2], tokens[i + 3])
      && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])) {
      // "the fall of 2015"
      last = i + 2;
      if (tokens[i - 1] && lower(tokens[i - 1]) === 'the' && joined(tokens[i - 1], first)) start = i - 1;
    } else if (word(first) === 'recent' && tokens[i + 1] && joined(first, tokens[i + 1]) && /^(?:days|weeks|months|years|decades)$/u.test(word(tokens[i + 1]))) {
      last = i + 1; // "in recent years", "in recent weeks"
    } else if (DEICTIC.has(word(first))) {
      last = i;
      // "yesterday afternoon", "tomorrow morning".
      if (/^(?:yesterday|tomorrow)$/u.test(word(first)) && tokens[i + 1] && joined(first, tokens[i + 1]) && DAY_PARTS.has(lower(tokens[i + 1]))) last = i + 1;
    } else if (/^(?:the|that|a|an)$/u.test(lower(first)) && tokens[i + 1] && joined(first, tokens[i + 1]) && PERIOD_NOUNS.has(tokens[i + 1].text.replace(POSSESSIVE, ''))
      && !/^(?:ago|\d.*)$/u.test(lower(tokens[i + 2] ?? first)) && !FREQUENCY.test(word(tokens[i - 1])) && !tokens[i + 1].post.startsWith('-')
      && !(SEASON_WORDS.has(word(tokens[i + 1])) && word(tokens[i + 2]) === 'of')
      // ("the season opener": an event named by the season.)
      && !(word(tokens[i + 1]) === 'season' && tokens[i + 2] !== undefined && joined(tokens[i + 1], tokens[i + 2]) && /^\p{Ll}/u.test(tokens[i + 2].text)
        && !hasAny(tokens[i + 2], ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Verb', 'Copula', 'Modal', 'Pronoun']))
      && !(tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && tokens[i + 2].tags.has('Noun') && !tokens[i + 2].tags.has('Date') && /^\p{Ll}/u.test(tokens[i + 2].text))
      && (lower(first) !== 'a' && lower(first) !== 'an' || A_PERIOD.has(word(tokens[i + 1])))
      // (Nor an award's "of the year": "record of the year", "player of the year".)
      // (A bare noun only: not "his 30th goal of the year", "the highest-grossing film of the year".)
      && !(word(tokens[i - 1]) === 'of' && AWARDED.test(word(tokens[i - 2])) && word(tokens[i + 1]) === 'year'
        && !/^(?:the|a|an|his|her|its|their|our|my|this|that|first|second|third|last|next|best|worst|only|\d+(?:st|nd|rd|th)|\p{L}+est|\p{L}+-grossing|\p{L}+-selling)$/u.test(word(tokens[i - 3])))) {
      // "the year", "the day", "that year", "a period", "an era": a period the article speaks of, as the gold
      // corpus marks it, also before its "of" ("the day of Hajj"); not "the year 2000" or "a decade ago" (longer
      // expressions), "twice a day", "Player of the Year", "the day-to-day running" nor "a night club".
      last = i + 1;
    } else if ((RELATIVE.has(lower(first)) || (AFTER_THE.has(lower(first)) && word(tokens[i - 1]) === 'the' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')
      // ("the current quarter"; not "the current fall in prices", "the current climate")
      && (lower(first) !== 'current' || /^(?:year|quarter|month|week|decade|term|session|season)$/u.test(word(tokens[i + 1])))))
      && tokens[i + 1] && joined(first, tokens[i + 1])
      // (Not before a full date, "On this June 13, 2005", "next March 3": the date is the month and its day.)
      && !(isMonth(tokens[i + 1]) && tokens[i + 2] !== undefined && joined(tokens[i + 1], tokens[i + 2]) && isDayNumber(tokens[i + 2]))
      && (UNITS.has(word(tokens[i + 1])) || isCalendar(tokens[i + 1])
        // "last night", "this morning"; not "the last morning of the trip"
        || (/^(?:last|this)$/u.test(lower(first)) && DAY_PARTS.has(word(tokens[i + 1])) && lower(tokens[i + 1]) !== 'overnight'
          && word(tokens[i - 1]) !== 'the'))) {
      last = i + 1;
      if (tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && DAY_PARTS.has(lower(tokens[i + 2]))) last = i + 2;
      // "the next day", "the next Tuesday night": the article belongs to the expression.
      if (tokens[i - 1] && lower(tokens[i - 1]) === 'the' && joined(tokens[i - 1], first) && (['next', 'previous', 'coming', 'past'].includes(lower(first)) || AFTER_THE.has(lower(first)))) start = i - 1;
    } else if (word(first) === 'a' && word(tokens[i + 1]) === 'few' && isTimeUnit(word(tokens[i + 2])) && word(tokens[i + 3]) === 'ago'
      && [1, 2, 3].every((d) => joined(tokens[i + d - 1], tokens[i + d]))) {
      last = i + 2; // "A few weeks ago"
    } else if (word(first) === 'a' && /^(?:couple|number)$/u.test(word(tokens[i + 1])) && word(tokens[i + 2]) === 'of' && UNITS.has(word(tokens[i + 3]))
      && word(tokens[i + 4]) === 'ago' && [1, 2, 3, 4].every((d) => joined(tokens[i + d - 1], tokens[i + d]))) {
      last = i + 3; // "a couple of years ago"
    } else if ((QUANTITIES.has(lower(first)) || /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u.test(first.text)) && tokens[i + 2]
      && joined(first, tokens[i + 1]) && isTimeUnit(lower(tokens[i + 1])) && joined(tokens[i + 1], tokens[i + 2])
      && (lower(tokens[i + 2]) === 'ago' || (['a', 'an', 'one'].includes(lower(first)) && RELATIVE_AFTER.has(lower(tokens[i + 2]))))) {
      // "Seventeen years ago", "3,400 years ago": the gold corpus leaves "ago" out of the span (see `withAgo`); "a
      // year earlier" as it does "later" after a duration ("Six months later").
      last = i + 1;
      // ("just over 24 hours ago": "just" and "over" before the count are the span's, as the corpus marks them; not "nearly a decade
      // ago", marked "a decade".)
      // (Not a phrasal verb's "over": "took over three days ago".)
      if (word(tokens[i - 1]) === 'just' && joined(tokens[i - 1], first)) start = i - 1;
      else if (word(tokens[i - 1]) === 'over' && word(tokens[i - 2]) === 'just' && joined(tokens[i - 2], tokens[i - 1]) && joined(tokens[i - 1], first)) start = i - 2;
    } else if (/^\d+$/u.test(first.text) && /^(?:thousand|million|billion)$/u.test(word(tokens[i + 1])) && UNITS.has(word(tokens[i + 2]))
      && word(tokens[i + 3]) === 'ago' && [1, 2, 3].every((d) => joined(tokens[i + d - 1], tokens[i + d]))) {
      last = i + 2; // "110 million years ago"
    } else if (/^\d{4}-\d{2}-\d{2}$/u.test(first.text)) {
      last = i; // "2018-07-26"
    } else if (word(first) === 'the' && QUARTER_ORDINALS.has(word(tokens[i + 1])) && word(tokens[i + 2]) === 'quarter'
      && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])) {
      // "the first quarter", "the second quarter of 2024" (of a year, as companies report; a bare quarter only in a
      // sentence about money: "scored 30 points in the fourth quarter" is a game's).
      last = tradingSentence(tokens, i) ? i + 2 : -1;
      if (word(tokens[i + 3]) === 'of' && tokens[i + 4] && isYear(tokens[i + 4], tokens[i + 5]) && joined(tokens[i + 2], tokens[i + 3])) last = i + 4;
      else if (word(tokens[i + 3]) === 'of' && word(tokens[i + 4]) === 'the' && word(tokens[i + 5]) === 'year' && joined(tokens[i + 4], tokens[i + 5])) last = i + 5;
    } else if (lower(first) === 'the' && /^\d+(?:st|nd|rd|th)$/u.test(tokens[i + 1]?.text ?? '') && joined(first, tokens[i + 1])
      && tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && /^(?:minute|hour|day|week|month|year|century)$/u.test(word(tokens[i + 2]))) {
      // "the 18th minute", "the 20th century"
      last = withEra(tokens, i + 2);
    } else if (/^\d{1,2}(?:st|nd|rd|th)$/u.test(first.text) && tokens[i + 1] && joined(first, tokens[i + 1]) && /^century$/iu.test(tokens[i + 1].text)
      && !(tokens[i + 2] !== undefined && joined(tokens[i + 1], tokens[i + 2]) && /^\p{Lu}/u.test(tokens[i + 2].text) && !/^(?:BC|AD|BCE|CE)$/u.test(tokens[i + 2].text)
        && !hasAny(tokens[i + 2], ['Demonym', 'Adjective']))) { // (not "21st Century Fox")
      last = i + 1; // "a 19th century nobleman" (not "19th-century", a modifier the corpus leaves unmarked)
      // ("the early 19th century", "the late 20th century": its modifier and article are the span's too.)
      if (/^(?:early|late|mid)$/iu.test(word(tokens[i - 1])) && joined(tokens[i - 1], first)) {
        start = i - 1;
        if (word(tokens[i - 2]) === 'the' && joined(tokens[i - 2], tokens[i - 1])) start = i - 2;
      }
      last = withEra(tokens, last);
    } else if (/^\d{1,2}:\d{2}$/u.test(first.text)) {
      // "15:11 GMT", "22:30", "8:35 p.m. ET"
      last = i;
      if (tokens[i + 1] && joined(first, tokens[i + 1]) && CLOCK_SUFFIX.test(tokens[i + 1].text)) last = i + 1;
      if (last === i + 1 && MERIDIEM_WORD.test(tokens[i + 1].text) && zoneAfter(tokens, i + 1)) last = i + 2;
    } else if (CLOCK_WORD.test(first.text)) {
      last = i; // "9pm", "9.30pm"
      if (zoneAfter(tokens, i)) last = i + 1;
    } else if (HOUR.test(first.text) && tokens[i + 1] && joined(first, tokens[i + 1]) && MERIDIEM_WORD.test(tokens[i + 1].text)) {
      last = i + 1; // "9 p.m.", "10 am"
      if (zoneAfter(tokens, i + 1)) last = i + 2;
    } else if (isUpperInitial(first) && tokens[i + 1] && joined(first, tokens[i + 1]) && word(tokens[i + 1]) === 'day' && /^D/u.test(tokens[i + 1].text)
      && !first.tags.has('Determiner') && !first.tags.has('FirstName')) {
      // "Waitangi Day", "Independence Day", "Christmas Day": a named day (not "Doris Day", a given name and a surname).
      last = i + 1;
    } else if (isUpperInitial(first) && tokens[i + 2] && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2]) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1].text)
      && tokens[i + 2].text === 'Day' && !hasAny(first, ['Determiner', 'Preposition', 'Conjunction', 'FirstName', 'MaleName', 'FemaleName', 'Date', 'Demonym', 'Organization', 'Person'])
      // (Not "Australian Jason Day", "Goalkeeper Chris Day", a person; nor "Amazon Prime Day", a company's.)
      && !hasAny(tokens[i + 1], ['Determiner', 'Preposition', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Date'])
      && !isLexiconGivenName(word(tokens[i + 1])) && !isRoleNoun(first.text) && lexiconTag(word(first)) !== 'Organization') {
      last = i + 2; // "Town Meeting Day", "Armed Forces Day"
    } else if (/^(?:St|Saint)$/u.test(first.text) && tokens[i + 2] !== undefined && /^\p{Lu}\p{Ll}+['’]s$/u.test(tokens[i + 1].text) && tokens[i + 2].text === 'Day'
      && /^\.?\s+$/u.test(first.post) && joined(tokens[i + 1], tokens[i + 2])
      && !(tokens[i + 3] !== undefined && joined(tokens[i + 2], tokens[i + 3]) && isUpperInitial(tokens[i + 3]))) { // (not "St Mary's Day Nursery")
      last = i + 2; // "St Patrick's Day", "St. Stephen's Day"
    } else if (DAY_MODIFIERS.has(first.text) && tokens[i + 1]?.tags.has('WeekDay') && isUpperInitial(tokens[i + 1]) && joined(first, tokens[i + 1])
      && !(tokens[i + 2] !== undefined && joined(tokens[i + 1], tokens[i + 2]) && isUpperInitial(tokens[i + 2]))) { // (not "the Good Friday Agreement")
      last = i + 1; // "Good Friday", "Black Saturday", "Super Tuesday"
    } else if (word(first) === 'the' && tokens[i + 2] && ERAS.has(word(tokens[i + 1])) && isUpperInitial(tokens[i + 1]) && /^Ages?$/u.test(tokens[i + 2].text)
      && joined(first, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])) {
      last = i + 2; // "the Middle Ages", "the Bronze Age"
    } else if (ERAS.has(word(first)) && isUpperInitial(first) && /^Ages?$/u.test(tokens[i + 1]?.text ?? '') && joined(first, tokens[i + 1])
      && !/^\s*:/u.test(tokens[i + 1].post)) { // (not the film "Ice Age: Continental Drift")
      last = i + 1; // "Bronze Age tools"
    } else if (word(first) === 'new' && word(tokens[i + 1]) === 'year' && /^(?:Day|Eve)$/u.test(tokens[i + 2]?.text ?? '') && isUpperInitial(first)) {
      last = i + 2; // "New Year's Eve"
    } else if (/^(?:noon|midnight|midday)$/u.test(first.text) && /^(?:at|before|after|until|till|by|around|about|from|past|since|near|approaching)$/u.test(word(tokens[i - 1]))
      && tokens[i - 1].sentence === first.sentence) {
      last = i; // "at noon", "shortly before midnight"
    } else if (first.text === 'Bank' && /^Holidays?$/u.test(tokens[i + 1]?.text ?? '') && joined(first, tokens[i + 1])
      && !/^(?:Act|Acts|Bill|Law)$/u.test(tokens[i + 2]?.text ?? '')) { // (not "The Bank Holiday Act of 1871")
      // "the Bank Holiday", "Bank Holiday Monday", "the bank holiday weekend" in capitals: a holiday, with its day.
      last = i + 1;
      const day = tokens[i + 2];
      if (day !== undefined && joined(tokens[i + 1], day) && (day.tags.has('WeekDay') || /^weekend$/iu.test(day.text))) last = i + 2;
    } else if (HOLIDAYS.has(word(first)) && isUpperInitial(first)) {
      // "Christmas", "Ramadan", "Easter"; "Christmas Eve" takes its eve.
      last = i;
      if (/^Eve$/u.test(tokens[i + 1]?.text ?? '') && joined(first, tokens[i + 1])) last = i + 1;
    } else if ((word(first) === 'every' || word(first) === 'each') && tokens[i + 1] && joined(first, tokens[i + 1]) && UNITS.has(word(tokens[i + 1]))) {
      // "every year", "each week": how often.
      last = i + 1;
    } else if (word(first) === 'the' && /^(?:end|beginning|start|middle)$/u.test(word(tokens[i + 1])) && word(tokens[i + 2]) === 'of'
      && word(tokens[i + 3]) === 'the' && /^(?:year|month|week|day|decade|century|season)$/u.test(word(tokens[i + 4]))
      && [1, 2, 3, 4].every((d) => joined(tokens[i + d - 1], tokens[i + d]))) {
      // "the end of the year"
      last = i + 4;
    } else if (/^(?:these|those)$/u.test(word(first)) && /^(?:days|years)$/u.test(word(tokens[i + 1])) && tokens[i + 1] && joined(first, tokens[i + 1])
      && !(tokens[i + 2] && joined(tokens[i + 1], tokens[i + 2]) && /^(?:of|when|that|which)$/u.test(word(tokens[i + 2])))) {
      last = i + 1; // "these days", "in those days"
    } else if (word(first) === 'the' && /^weekends?$/u.test(word(tokens[i + 1])) && joined(first, tokens[i + 1])) {
      last = i + 1;
    } else if (eraYearEnd(tokens, i) >= 0) {
      last = eraYearEnd(tokens, i);
    } else if (durationEnd(tokens, i) >= 0) {
      last = durationEnd(tokens, i);
    }
    if (last >= 0) {
      const end = tokens[last];
      // compromise leaves closing punctuation on some numbers ("2014)"); the span never includes it.
      // "a.m." and "B.C." keep their last period, also at the end of a sentence.
      const trailing = POSSESSIVE.test(end.text) ? 2 : /^(?:[ap]\.m|[AB]\.[CD])\.$/iu.test(end.text) ? 0 : /\p{P}+$/u.exec(end.text)?.[0].length ?? 0;
      spans.push({ start: tokens[start].start, end: end.end - (end.end - end.start === end.text.length ? trailing : 0) });
      i = last + 1;
    } else {
      i++;
    }
  }
  // "mid-October", "late-2019": the hyphenated part of the period belongs to the date.
  for (const span of spans) {
    const at = lowerBound(tokens, span.start);
    const previous = tokens[at - 1];
    if (previous && tokens[at]?.start === span.start && previous.post === '-' && /^(?:mid|early|late)$/iu.test(previous.text) && previous.sentence === tokens[at].sentence) {
      span.start = previous.start;
    }
    // ("twenty-two years", "forty-five minutes": a number's tens before the hyphen belong to it.)
    if (previous && tokens[at]?.start === span.start && previous.post === '-' && /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/iu.test(previous.text)
      && /^(?:one|two|three|four|five|six|seven|eight|nine)$/iu.test(tokens[at].text) && previous.sentence === tokens[at].sentence) {
      span.start = previous.start;
    }
  }
  return spans;
}

/** The last token of a century with its era after it ("the 16th century BC"). */
const withEra = (tokens: Token[], last: number): number => /^century$/iu.test(tokens[last]?.text ?? '') && isEra(tokens[last + 1])
  && joined(tokens[last], tokens[last + 1]) ? last + 1 : last;
/** The era after a year or a century: "BC", "AD", "BCE", "CE", "B.C.", "A.D.". */
const isEra = (token: Token | undefined): boolean => token !== undefined && /^(?:BC|AD|BCE|CE|B\.C\.?|A\.D\.?)$/u.test(token.text);
/** A year of a number and its era, either way round: "347 AD", "3000 BC", "508 B.C.", "AD 79". */
function eraYearEnd(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next === undefined || !joined(tokens[i], next)) return -1;
  // (Not British Columbia's letters before a noun: "150 B.C. wildfires", "12 BC ferries".)
  if (/^\d{1,4}$/u.test(tokens[i].text) && isEra(next) && !(tokens[i + 2] !== undefined && joined(next, tokens[i + 2]) && /^\p{Ll}/u.test(tokens[i + 2].text)
    && tokens[i + 2].tags.has('Noun'))) return i + 1;
  return /^(?:AD|A\.D\.)$/u.test(tokens[i].text) && /^\d{1,4}$/u.test(next.text) ? i + 1 : -1;
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
  const at = lowerBound(tokens, date.start);
  if (at >= tokens.length) return 'past';
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
