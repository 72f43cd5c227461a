import type { Token } from './nlp';
import { hasAny, isLexiconGivenName, isUpperInitial, lexiconTag, POSSESSIVE } from './nlp';
import { isRoleNoun, ROLE_MODIFIERS } from './roles';
import { isGivenNameMonth, isMonth } from './dates';
import { ingStems, withoutMarks } from './text';
import type { LexiconEntry, ActorType } from './types';
import {
  CALENDAR_WORDS, WORLD_PLACES, WORLD_PLACE_PHRASE_LIST, COMMON_ACRONYMS, COMMON_WORD_GIVEN_NAMES, STATE_ABBREVIATIONS, HONORIFICS, OTHER_HEADS, OTHER_PREFIXES, KNOWN_ORGS, KNOWN_PLACES, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS,
  ORG_PREFIXES, PLACE_ACRONYMS, PLACE_HEADS, PLACE_PREFIXES, TITLE_WORDS, DEMONYM_SHAPE,
  AREA_WORDS, VENUE_NOUNS, BUSINESS_NOUNS, CLASS_NOUNS, MEMBER_NOUNS, PRESIDENTIAL_NOUNS, CLUB_SUFFIXES, COMPOUND_ROLES, LEADING_PARTICLES, LEGISLATURES, LOCAL_NOUNS, MODEL_WORDS,
  GIVEN_NAME_COUNTRIES, NATIONALITY_NOUNS, POST_NOMINALS, PLACE_CLASSES, PORTFOLIO_TITLES, PORTFOLIOS, RANKS, ROAD_NOUNS, STAFF_NOUNS, STUDY_VERBS, TITLE_SMALL_WORDS,
} from './vocabulary';

/** Words the article also writes in lower case: ordinary words, even when capitalized at a sentence start. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

/** The lower-case words of a token list ("The police said" → police, said). */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
}

/** A name found in the text before actors are merged; `type` UNKNOWN is settled by the actor pass. */
export interface NameCandidate {
  start: number;
  end: number;
  type: ActorType | 'UNKNOWN';
  /** Title words written right before the name ("Foreign Minister"). */
  role?: string;
  /** Lower-cased words of the name, initials and periods removed ("andrey g. karlov" → andrey, karlov). */
  words: string[];
  /** Index of the first and last token of the name. */
  firstToken: number;
  lastToken: number;
  /** True when the evidence for the type is only a guess (single unknown word and the like). */
  weak: boolean;
  /** A sentence-initial word kept only if it names an actor seen elsewhere ("Hamill's schedule"). */
  onlyIfKnown?: boolean;
  /** An ordinary noun kept only as the name of an actor introduced elsewhere ("Bos" after "Nick Bos"):
   *  acting as a person is not enough ("Estimates suggest"). */
  onlyIfNamed?: boolean;
  /** The kind came from the words around the name ("the party Sinn Féin", "Antrim police"), which tell it
   *  for every mention of the same name in the article. */
  kindFromContext?: boolean;
  /** A ship's name: after a word for a vessel ("the ferry Glen Sannox", dropped everywhere) or with a ship's prefix ("USS Texas"). */
  vessel?: 'named' | 'prefixed';
}

/** compromise's tags for the words of a person's name; `Person` alone is often a guess from capitals. */
export const PERSON_WORD_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PERSON_TAGS = ['Person', ...PERSON_WORD_TAGS];
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord'];
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Copula', 'Modal', 'QuestionWord', 'Negative'];
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'gov', 'sen', 'rep', 'mt', 'ft', 'no', 'maj', 'fr', 'cllr', 'cr', 'supt', 'insp', 'cpl', 'pte', 'ald', 'coun', 'det', 'cmdr', 'brig']);
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);

const lower = (token: Token): string => token.lower;
const bare = (token: Token): string => token.bare;
const withoutPossessive = (token: Token): string => token.text.replace(POSSESSIVE, '');
export const isAllCaps = (token: Token): boolean => {
  const text = withoutPossessive(token);
  return /^[\p{Lu}.&-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(text);
};
/** A word's lower-case form without a possessive or periods, as used in the word lists ("Party's" → "party"). */
const headOf = (token: Token): string => withoutPossessive(token).toLowerCase().replace(/[.'’]/gu, '');
/** Endings of abstract and common nouns, rare in personal names ("Passion", "Democrats", "Security"). */
/** Words that label a caption or credit line ("Image: Nick Moreau", "Photo: Reuters"). */
const CAPTION_LABELS = new Set(['image', 'images', 'photo', 'photos', 'picture', 'video', 'source', 'sources', 'credit', 'caption', 'file', 'map', 'graphic']);
/** Prefixes of hyphenated descriptors written before names ("Pan-democrat", "Pro-Beijing", "Ex-minister"). */
const HYPHEN_PREFIXES = new Set(['pro', 'anti', 'pan', 'ex', 'non', 'neo', 'post', 'pre', 'then']);
const COMMON_NOUN_ENDING = /(?:ion|ity|ism|ment|ness|ship|ics|ence|ance|ure|ists?|crats?|ers|ory|ies)$/u;

/**
 * An ending of common nouns ("Security", "Passion"), or "-ing" on a verb compromise knows ("Building",
 * "Housing", "Mining"): "Xiaoping" and "Jinping" end in "-ing" too, but no English verb stands before it.
 */
function hasCommonEnding(word: string): boolean {
  return COMMON_NOUN_ENDING.test(word) || ingStems(word).some((form) => lexiconTag(form) !== undefined);
}
/**
 * Tokens that spell a name of the world-place list (src/core/worldPlaces.ts), diacritics ignored ("Kraków", "Porto
 * Alegre"), written with spaces or, as "Port-au-Prince", with hyphens.
 */
export const isWorldPlace = (run: Token[]): boolean => WORLD_PLACES.has(withoutMarks(run.map(headOf).join(' ')))
  || (run.some((token, k) => k < run.length - 1 && token.post === '-') && WORLD_PLACES.has(withoutMarks(run.map((token, k) => headOf(token) + (k < run.length - 1 ? (token.post === '-' ? '-' : ' ') : '')).join(''))));
/** A token a list names as a place: a listed place or a world city or region ("Kenya", "Kraków"). */
const isListedPlace = (token: Token): boolean => KNOWN_PLACES.has(headOf(token)) || isWorldPlace([token]);
const isInitial = (token: Token): boolean => /^\p{Lu}$/u.test(token.text) && token.post.startsWith('.');

/** True when the token is written with a capital and may start or continue a name. */
function isNameWord(token: Token): boolean {
  if (!isUpperInitial(token) && !/^\d/u.test(token.text)) return false;
  if (/^\d/u.test(token.text)) return false;
  return true;
}

/** Punctuation right after a token that ends a name: anything but spaces, a hyphen or an abbreviation's period. */
function breaksAfter(token: Token): boolean {
  let gap = token.post;
  if (gap.startsWith('.') && (isInitial(token) || ABBREVIATIONS.has(bare(token)))) gap = gap.slice(1);
  if (/^[-‐]$/u.test(gap)) return false;
  return /[^\s]/u.test(gap) || /\n/u.test(gap);
}

/** "Heroes’ Square", "Workers' Party": a plural possessive inside the name of a place or an organization. */
function pluralPossessiveInName(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  return /^\p{Lu}\p{Ll}+s$/u.test(token.text) && /^['’] $/u.test(token.post) && next !== undefined && next.sentence === token.sentence
    && isNameWord(next) && (PLACE_HEADS.has(headOf(next)) || ORG_HEADS.has(headOf(next)));
}

/**
 * "Luis ‘Toto’ Caputo", "Panupong “Mike Rayong” Jadnok": a nickname in quotation marks between a given name
 * and a surname is inside the name. For the given name at `k`, the index of the nickname's last word, or -1.
 */
function nicknameEnd(tokens: Token[], k: number): number {
  const given = tokens[k];
  if (given === undefined || !isUpperInitial(given) || !/^\s+[‘“"']$/u.test(given.post)) return -1;
  // One to three capitalized words: "‘Toto’", "“Mike Rayong”".
  for (let n = k + 1; n <= k + 3 && tokens[n] !== undefined && /^\p{Lu}\p{Ll}+$/u.test(tokens[n].text); n++) {
    const surname = tokens[n + 1];
    if (/^[’”"']\s+$/u.test(tokens[n].post)) {
      return surname !== undefined && surname.sentence === given.sentence && isNameWord(surname) && /^\p{Lu}\p{Ll}/u.test(surname.text) ? n : -1;
    }
    if (!/^ $/u.test(tokens[n].post)) return -1;
  }
  return -1;
}

/** True when the break after token `k` opens or closes a nickname inside a name (see `nicknameEnd`). */
function nicknameBreak(tokens: Token[], k: number, runStart: number): boolean {
  if (nicknameEnd(tokens, k) >= 0) return true;
  for (let g = Math.max(runStart, k - 3); g < k; g++) if (nicknameEnd(tokens, g) === k) return true;
  return false;
}

/** End offset of a token inside a name: includes an initial's or abbreviation's period. */
function nameEnd(token: Token): number {
  if (token.post.startsWith('.') && (isInitial(token) || ABBREVIATIONS.has(bare(token)))) return token.end + 1;
  return token.end;
}

export interface Gazetteer {
  names: Map<string, ActorType>;
  /** First words of the listed names, so most tokens are rejected with one lookup. */
  firstWords: Set<string>;
  longest: number;
}

/** Builds the phrase table used before the shape rules: known places, orgs and the user lexicon. */
export function buildGazetteer(lexicon: LexiconEntry[] = []): Gazetteer {
  const names = new Map<string, ActorType>();
  for (const name of KNOWN_PLACES) names.set(name, 'PLACE');
  for (const name of WORLD_PLACE_PHRASE_LIST) names.set(name, 'PLACE');
  for (const name of KNOWN_ORGS) names.set(name, 'ORG');
  for (const entry of lexicon) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) names.set(name.toLowerCase(), entry.type);
  }
  let longest = 1;
  const firstWords = new Set<string>();
  for (const name of names.keys()) {
    const words = name.split(/\s+/u);
    longest = Math.max(longest, words.length);
    firstWords.add(words[0].replace(/\.$/u, '').replace(/['’]s$/u, ''));
  }
  return { names, firstWords, longest };
}

/** Longest gazetteer phrase starting at token `i` (same sentence, no punctuation inside). */
function matchGazetteer(tokens: Token[], i: number, gazetteer: Gazetteer): { last: number; type: ActorType; owned?: boolean } | null {
  if (!isUpperInitial(tokens[i])) return null;
  const head = lower(tokens[i]).replace(POSSESSIVE, '');
  // ("Viña del Mar": a phrase of three words or more is listed without diacritics, "vina del mar".)
  const marked = /[^\x00-\x7f]/u.test(head);
  if (!gazetteer.firstWords.has(head) && !gazetteer.firstWords.has(head.replace(/\.$/u, '')) && !(marked && gazetteer.firstWords.has(withoutMarks(head)))) return null;
  let best: { last: number; type: ActorType; owned?: boolean } | null = null;
  let phrase = '';
  for (let j = i; j < tokens.length && j < i + gazetteer.longest; j++) {
    if (tokens[j].sentence !== tokens[i].sentence) break;
    const word = lower(tokens[j]).replace(POSSESSIVE, '');
    phrase = phrase ? `${phrase} ${word}` : word;
    // ("Moody's", "Standard & Poor's": a listed name whose "'s" is its own.)
    const owned = POSSESSIVE.test(tokens[j].text) ? gazetteer.names.get(`${phrase}'s`) : undefined;
    const type = owned ?? gazetteer.names.get(phrase) ?? gazetteer.names.get(phrase.replace(/\.$/u, ''))
      ?? (j >= i + 2 && /[^\x00-\x7f]/u.test(phrase) ? gazetteer.names.get(withoutMarks(phrase)) : undefined);
    if (type) best = { last: j, type, ...(owned ? { owned: true } : {}) };
    if (POSSESSIVE.test(tokens[j].text) || (j > i && breaksAfter(tokens[j - 1]) && j === i)) break;
    if (breaksAfter(tokens[j])) break;
  }
  return best;
}

/** "Korean People's Army": a possessive inside an organization name that ends with an org word. */
function possessiveInsideName(tokens: Token[], k: number, runStart: number): boolean {
  const owner = lexiconTag(bare(tokens[k]).replace(/s$/u, ''));
  // ("St Mary's Hospital": a saint's name owns the institution named after her.)
  const saint = k > runStart && /^(?:st|saint|ste)$/u.test(bare(tokens[k - 1]));
  if (!saint && (hasAny(tokens[k], [...PLACE_TAGS, 'FirstName', 'LastName']) || (owner && [...PLACE_TAGS, 'Country'].includes(owner))
    || isListedPlace(tokens[k]))) return false; // "Russia's Foreign Ministry", "Britain's Labour Party"
  // "Prime Minister Narendra Modi's Bharatiya Janata Party": a titled or given-named person owns the organization
  // (not "Travis County Medical Examiner's Office": an owner with a word of place or organization is an institution;
  // nor "the Prosecutor General's Office": an office named by its title alone).
  const ownerWords = tokens.slice(runStart, k + 1);
  // ("Edinburgh University's Centre for Regenerative Medicine", "the Ministry's Vaccination Department": an organization owns a unit
  // of its own, two names.)
  if (ownerWords.length > 1 && ORG_HEADS.has(headOf(tokens[k]))) return false;
  // ("Microsoft's Business Division", "Sony's Music Group": a firm owns a unit of its own, two names.)
  // (Not a product before its noun: "Microsoft's Office software".)
  const unit = tokens.slice(k + 1, k + 4).findIndex((t) => /^(?:Division|Department|Unit|Group|Office|Foundation|Team)$/u.test(withoutPossessive(t))
    && !(/^\p{Ll}/u.test(tokens[t.index + 1]?.text ?? '') && tokens[t.index + 1].tags.has('Noun') && !tokens[t.index + 1].tags.has('Verb')));
  if (ownerWords.length === 1 && unit >= 0 && !TITLE_WORDS.has(headOf(tokens[k])) && !ORG_HEADS.has(headOf(tokens[k])) && (KNOWN_ORGS.has(headOf(tokens[k])) || lexiconTag(headOf(tokens[k])) === 'Organization')) return false;
  // ("Lucile Packard Children's Hospital", "Seattle Women's Clinic": a group of people owns it, not the person before.)
  const group = /^(?:children|women|men|people|girls|boys)['’]s$/iu.test(tokens[k].text);
  const institution = ownerWords.some((t) => ORG_HEADS.has(bare(t)) || PLACE_HEADS.has(bare(t))) || saint || group
    || (ownerWords.some((t) => TITLE_WORDS.has(bare(t).replace(/s$/u, '')))
      && ownerWords.every((t) => TITLE_WORDS.has(bare(t).replace(/s$/u, '')) || hasAny(t, ['Demonym']) || NOT_NAMES.has(bare(t))));
  if (!institution && ownerWords.some((t) => TITLE_WORDS.has(bare(t)) || isGivenName(t))) return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (!isNameWord(tokens[j]) || tokens[j].sentence !== tokens[k].sentence) return false;
    if (ORG_HEADS.has(bare(tokens[j]))) return true;
    // "Lao People's Democratic Republic": the people own a state's name too.
    if (PLACE_HEADS.has(bare(tokens[j])) && /^people['’]s$/iu.test(tokens[k].text)) return true;
    if (breaksAfter(tokens[j]) || POSSESSIVE.test(tokens[j].text)) return false;
  }
  return false;
}

/** A given name by compromise's tags or its lexicon ("Theresa", "Narendra"). */
const isGivenName = (token: Token): boolean => hasAny(token, GIVEN_NAME_TAGS) || isLexiconGivenName(bare(token));

/** "Dr. Mark Read said", "Thomas More": a word the lists keep out of names, capitalized after a given name, is a surname. */
const commonSurname = (run: Token[]): boolean => run.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(run[run.length - 1].text)
  && isGivenName(run[run.length - 2]) && /^ $/u.test(run[run.length - 2].post) && /^(?:read|more|see|well|note|update|video|photo)$/u.test(bare(run[run.length - 1]));

/** Months' short names that end Malay and Chinese names ("Wan Saiful Wan Jan", "Lim Kit Jun"). */
const NAME_MONTHS = /^(?:Jan|Jun)$/u;

/** "Theresa May", "Brian May": a month after a given name, with no day or year after it, is a surname. */
function isSurnameMonth(tokens: Token[], j: number): boolean {
  const previous = tokens[j - 1];
  if (!CALENDAR_WORDS.has(bare(tokens[j])) || previous === undefined || !/^\s+$/u.test(previous.post) || /^\d/u.test(tokens[j + 1]?.text ?? '')) return false;
  // ("Wan Saiful Wan Jan", "Lim Kit Jun": a month's short name ending a Malay or Chinese name of three words or more, before a
  // comma, a stop or a verb.)
  const before = tokens[j - 2];
  const closes = /^[,.;]/u.test(tokens[j].post) || (tokens[j + 1]?.tags.has('Verb') ?? false);
  const longName = NAME_MONTHS.test(tokens[j].text) && closes && before !== undefined && /^ $/u.test(before.post) && before.sentence === tokens[j].sentence
    && [before, previous].every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_HEADS.has(headOf(t)) && !PLACE_HEADS.has(headOf(t)) && !TITLE_WORDS.has(headOf(t))
      && !hasAny(t, [...PLACE_TAGS, 'Organization']) && !CALENDAR_WORDS.has(bare(t)));
  return isGivenName(previous) || longName;
}

/** A word whose "of" phrase makes an organization's name: an organization word, or "House" ("House of Commons"). */
const headsOfPhrase = (word: string): boolean => ORG_HEADS.has(word) || word === 'house';

/**
 * "Ministry of Culture, Sports and Tourism", "Department of Agriculture, Forestry and Fisheries": an organization's
 * "of" or "for" phrase goes on across commas with a list of single capitalized words that "and" closes. Returns
 * the run's new last token (or `last`).
 */
function portfolioListEnd(tokens: Token[], start: number, last: number): number {
  const of = tokens.slice(start + 1, last).findIndex((t) => t.lower === 'of' || t.lower === 'for' || t.lower === 'on') + start + 1;
  if (of <= start || !ORG_HEADS.has(bare(tokens[of - 1])) || !/^,\s+$/u.test(tokens[last].post)) return last;
  // (Portfolios, not places or organizations: not "the University of Chicago, Harvard and Yale".)
  // (A portfolio is a listed one or has a common noun's ending: not "the Ministry of Finance, Deloitte and Accenture".)
  const item = (t: Token | undefined): boolean => t !== undefined && t.sentence === tokens[start].sentence && /^\p{Lu}\p{Ll}+$/u.test(t.text)
    && !hasAny(t, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization']) && !NOT_NAMES.has(t.lower) && !CALENDAR_WORDS.has(t.lower)
    && !KNOWN_ORGS.has(t.lower) && !KNOWN_PLACES.has(t.lower) && !isWorldPlace([t])
    && (PORTFOLIOS.has(t.lower) || /(?:ion|ism|ment|ity|ies|ness|ship|ry|ics)$/u.test(t.lower));
  if (!tokens.slice(of + 1, last + 1).every(item)) return last;
  let k = last + 1;
  while (item(tokens[k]) && /^,\s+$/u.test(tokens[k].post)) k++;
  // The list's last items: "… and Tourism" (an Oxford comma allowed), ending the name.
  const and = tokens[k]?.lower === 'and' ? k : item(tokens[k]) && tokens[k + 1]?.lower === 'and' && /^\s+$/u.test(tokens[k].post) ? k + 1 : -1;
  const end = and + 1;
  if (and < 0 || !item(tokens[end]) || !/^\s+$/u.test(tokens[and].post)) return last;
  const after = tokens[end + 1];
  return after !== undefined && after.sentence === tokens[end].sentence && /^\s+$/u.test(tokens[end].post) && isNameWord(after) ? last : end;
}

/** Whether the token may continue a name that is being built ("of" in "Church of Scientology"). */
function continuesName(tokens: Token[], j: number, runStart: number): boolean {
  const token = tokens[j];
  const previous = tokens[j - 1];
  if (isSiteName(token) || isSiteName(previous)) return false;
  // ("the Taliban Islamist movement", "ELN Marxist guerrillas": a describing word before the noun it qualifies.)
  if (DESCRIBING.test(token.text) && /^ $/u.test(token.post) && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 1].tags.has('Noun')) return false;
  if (isNameWord(token)) return (!POSSESSIVE.test(previous.text) || possessiveInsideName(tokens, j - 1, runStart)) && (!CALENDAR_WORDS.has(bare(token)) || isSurnameMonth(tokens, j) || isGivenNameMonth(tokens, j)) || isInitial(token);
  // "Movimento 5 Stelle", "Channel 4 News": a number between an organization word and a name word.
  if (/^\d{1,3}$/u.test(token.text) && /^\s+$/u.test(previous.post) && /^\s+$/u.test(token.post) && (ORG_PREFIXES.has(headOf(previous)) || ORG_HEADS.has(headOf(previous)))
    && tokens[j + 1] !== undefined && tokens[j + 1].sentence === token.sentence && isNameWord(tokens[j + 1]) && !CALENDAR_WORDS.has(bare(tokens[j + 1]))) return true;
  if (previous.post === '-' && /^\p{Ll}/u.test(token.text) && isUpperInitial(previous)) return true;
  // "Valéry Giscard d'Estaing", "Maria d'Ettorre": a surname with an elided "de" in lower case ends a person's name (one
  // with a given name; not "Giro d'Italia", "Palme d’Or", "Santuario d'Oropa").
  if (/^[dl]['’]\p{Lu}\p{Ll}+$/u.test(token.text) && isUpperInitial(previous) && /^ $/u.test(previous.post)
    && (tokens.slice(runStart, j).some((t) => isGivenName(t)) || KNOWN_PLACES.has(`${headOf(previous)} ${token.lower.replace('’', "'")}`))) return true;
  const next = tokens[j + 1];
  // "Ursula von der Leyen", "Abu Bakr al-Baghdadi": particles in a row before the name word they belong to.
  if (PARTICLES.has(lower(token)) && isUpperInitial(previous) && /^\s+$/u.test(previous.post)) {
    let k = j + 1;
    while (tokens[k] && tokens[k].sentence === token.sentence && PARTICLES.has(lower(tokens[k])) && /^(?:\s+|-)$/u.test(tokens[k - 1].post)) k++;
    return k - j <= 3 && tokens[k] !== undefined && tokens[k].sentence === token.sentence && isNameWord(tokens[k]) && /^(?:\s+|-)$/u.test(tokens[k - 1].post);
  }
  // "Ministry of …", "Church of …", "Bay of …": an "of" phrase belongs to a name with an organization or place word.
  const ownsOf = (): boolean => headsOfPhrase(bare(previous)) || PLACE_HEADS.has(bare(previous)) || tokens.slice(runStart, j).some((t) => ORG_HEADS.has(bare(t)));
  // "National Library of the Netherlands", "Republic of the Congo": "of the" inside an organization or place name.
  const afterThe = tokens[j + 2];
  // ("Commission for the Investigation of Abuse of Authority", "Office for the Coordination of Humanitarian Affairs":
  // "for the" after an organization word.)
  // (Not before another organization, "the Wolstein Center for the Cleveland State University Vikings", nor before
  // capitalized words that qualify a noun, "blamed the Commission for the Grenfell fire".)
  const anotherOrganization = (): boolean => {
    let k = j + 2;
    for (; tokens[k] !== undefined && tokens[k].sentence === token.sentence && isNameWord(tokens[k]); k++) {
      if (ORG_HEADS.has(headOf(tokens[k]))) return true;
      if (breaksAfter(tokens[k])) return false;
    }
    const after = tokens[k];
    return after !== undefined && after.sentence === token.sentence && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && /^ $/u.test(tokens[k - 1].post);
  };
  if ((lower(token) === 'of' || (lower(token) === 'for' && FOR_HEADS.has(bare(previous)) && !anotherOrganization())) && next?.lower === 'the'
    && afterThe?.sentence === token.sentence && isNameWord(afterThe) && /^\s+$/u.test(token.post) && /^\s+$/u.test(next.post)) return ownsOf();
  // "Committee to Protect Journalists", "Campaign to End Loneliness": "to" and a capitalized verb after an
  // organization word.
  if (lower(token) === 'to' && ORG_HEADS.has(bare(previous)) && isUpperInitial(previous) && next !== undefined && next.sentence === token.sentence
    && isNameWord(next) && next.tags.has('Verb') && /^\s+$/u.test(token.post) && isNameWord(tokens[j + 2] ?? token) && tokens[j + 2]?.sentence === token.sentence) return true;
  // "Newcastle upon Tyne", "Sutton on Sea", "Henley on Thames": a town named by the sea or river it stands on.
  // (One word before it, and the water word ending the name: not "Ofwat on Thames Water", "Queen Elizabeth upon Paul".)
  if (next !== undefined && next.sentence === token.sentence && isUpperInitial(previous) && /^\s+$/u.test(previous.post) && /^\s+$/u.test(token.post)
    && /^(?:on|upon)$/u.test(lower(token)) && TOWN_WATERS.has(next.text) && j - 1 === runStart
    && !(tokens[j + 2] !== undefined && tokens[j + 2].sentence === token.sentence && /^\s+$/u.test(next.post) && isNameWord(tokens[j + 2]))) return true;
  // ("Banco do Brasil", "Rio Grande do Sul", "Escola do Cérebro": Portuguese "do", "dos", "das" inside a name.)
  // (After a Portuguese word, which ends in a vowel or "-al": not "Tottenham do Arsenal a favour", "Republicans do Trump's bidding".)
  if (next !== undefined && next.sentence === token.sentence && isNameWord(next) && /^(?:do|dos|das)$/u.test(token.text) && isUpperInitial(previous)
    && /(?:[aeiouãõ]|al)$/u.test(previous.text) && !POSSESSIVE.test(next.text)
    && /^ $/u.test(previous.post) && /^ $/u.test(token.post)) return true;
  if (!next || next.sentence !== token.sentence || !isNameWord(next) || !NAME_CONNECTORS.has(lower(token))) return false;
  const word = lower(token);
  const runWords = tokens.slice(runStart, j).map(bare);
  if (word === 'and') {
    let k = j + 1;
    while (tokens[k + 1] && isNameWord(tokens[k + 1]) && tokens[k + 1].sentence === token.sentence && !breaksAfter(tokens[k])) k++;
    // "Securities and Exchange Commission", "Food and Drug Administration": plain words joined by "and"
    // before an organization word, but not "MIT and Colorado State University" (a name on each side).
    // (A country before them belongs to the name too: "U.S. Securities and Exchange Commission".)
    const before = tokens.slice(runStart, j);
    // (A sentence's opening "The" may still lead the run: "The Ghana Ports and Harbours Authority".)
    let own = before.length > 1 && lower(before[0]) === 'the' ? 1 : 0;
    while (own < before.length - 1 && (isAllCaps(before[own]) || hasAny(before[own], PLACE_TAGS))) own++;
    // ("Fire and Disaster Management Agency": one word that could head a name of its own is still plain.)
    // (Nor a word that names an institution by itself: "The US Treasury and Commerce Department", "the Senate and House".)
    const plainBefore = before.slice(own).every((t) => !isAllCaps(t) && (!ORG_HEADS.has(headOf(t)) || (before.length - own === 1 && isCommonWord(headOf(t))))
      && !hasAny(t, [...PLACE_TAGS, ...PERSON_TAGS]) && !KNOWN_ORGS.has(headOf(t)) && !LEGISLATURES.has(headOf(t)) && headOf(t) !== 'police');
    // (The organization word may be followed by a title and a name: "Sewerage and Water Board Director Cedric Grant".)
    // (The last such word: "Securities and Exchange Commission".)
    const words = tokens.slice(j + 1, Math.min(k, j + 3) + 1);
    const head = words.findLastIndex((t) => ORG_HEADS.has(bare(t)));
    if (plainBefore && before.length - own <= 2 && head >= 0 && (head + j + 1 === k || TITLE_WORDS.has(bare(tokens[head + j + 2])))) return true;
    // "Center for Economics and Foreign Policy Studies".
    const of = runWords.findIndex((w) => w === 'of' || w === 'for');
    if (of <= 0 || !ORG_HEADS.has(runWords[of - 1])) return false;
    // ("Department of Health and Human Services": a portfolio's last word may be an organization word too — after a portfolio,
    // not a place, and in plain words: not "University of Calgary and Alberta Health Services", "Ministry of Health and
    // Emergency Medical Services".)
    const portfolio = k - j <= 2 && !isListedPlace(tokens[runStart + of + 1]) && !hasAny(tokens[runStart + of + 1], PLACE_TAGS)
      && tokens.slice(j + 1, k + 1).every((t) => !isAllCaps(t) && !isListedPlace(t) && !hasAny(t, PLACE_TAGS));
    return !ORG_HEADS.has(bare(tokens[k])) || (portfolio && (PORTFOLIOS.has(bare(tokens[k])) || bare(tokens[k]) === 'services'));
  }
  // "Commission on Elections", "Council on Foreign Relations", "Committee on Foreign Affairs": "on" and its topic after
  // a body's word (not "the Committee on Monday").
  // (A topic, not a place, an organization or a person the body discusses: "the Security Council on Ukraine", "the
  // Commission on Twitter".)
  if (word === 'on') {
    return ON_HEADS.has(bare(previous)) && isUpperInitial(previous) && !CALENDAR_WORDS.has(bare(next)) && /^ $/u.test(previous.post) && /^ $/u.test(token.post)
      && !hasAny(next, [...PLACE_TAGS, ...PERSON_TAGS, 'Organization']) && !KNOWN_PLACES.has(headOf(next)) && !KNOWN_ORGS.has(headOf(next)) && !isWorldPlace([next])
      && !LEGISLATURES.has(headOf(next)) && !/^(?:Capitol|Downing|Wall|Main)$/u.test(next.text)
      // (Nor a day, "the Security Council on Christmas Day", nor a word that qualifies a noun, "the Commission on Brexit talks".)
      && !hasAny(next, ['Date', 'Holiday']) && !/^(?:Day|Eve|Year['’]s)$/u.test(tokens[j + 2]?.text ?? '') && !(tokens[j + 2]?.tags.has('Date') ?? false)
      && !(tokens[j + 2] !== undefined && tokens[j + 2].sentence === token.sentence && /^\p{Ll}/u.test(tokens[j + 2].text) && tokens[j + 2].tags.has('Noun') && /^\s+$/u.test(next.post));
  }
  if (word === 'of' || word === 'for') return ownsOf();
  if (word === 'the') return j - 1 > runStart && (lower(previous) === 'of' || lower(previous) === 'for');
  return true;
}

/** A word that opens the object of a verb before it ("wants a vote", "costs them"). */
const objectAfter = (t: Token | undefined): boolean => t !== undefined && hasAny(t, ['Determiner', 'Possessive', 'Value', 'Adjective', 'Pronoun']);

/** "WHO" amid ordinary words (not in an all-capital headline): an acronym, whatever else the letters spell. */
const isIsolatedAcronym = (tokens: Token[], token: Token): boolean => isAllCaps(token)
  && ![tokens[token.index - 1], tokens[token.index + 1]].some((t) => t !== undefined && t.sentence === token.sentence && /\p{L}/u.test(t.text) && !/\p{Ll}/u.test(t.text));

/** A word tagged only Verb (no other class) that compromise's lexicon does not know: a guess from its ending. */
const isGuessedVerb = (token: Token): boolean => token.tags.has('Verb') && !hasAny(token, ['Adjective', 'Adverb', 'Noun', ...CLOSED_CLASS_TAGS])
  && lexiconTag(bare(token)) === undefined && !/(?:ed|ing)$/u.test(bare(token));
/** An adjective compromise only guessed from the ending ("Hadid" like "rapid", "Yellen" like "golden"). */
const isUnlistedAdjective = (token: Token): boolean => token.tags.has('Adjective') && !hasAny(token, ['Demonym', 'Comparable', ...CLOSED_CLASS_TAGS])
  && lexiconTag(bare(token)) === undefined;
const isGuessedAdjective = (token: Token): boolean => isUnlistedAdjective(token)
  && (!/(?:ed|ing|al|ous|ive|ful|less|able|ible|ic|ish|ary|ory)$/u.test(bare(token)) || SLAVIC_SURNAME.test(bare(token)));
/**
 * A capitalized "adjective" the lexicon does not know, read from an ending such as "-al" ("Chandimal",
 * "Kejriwal", "Agrawal"): kept only as a word an earlier actor may explain.
 */
const isUnknownAdjective = (token: Token): boolean => isUnlistedAdjective(token) && isUpperInitial(token) && !DEMONYM_ENDING.test(token.text);
/** "Djokovic", "Milošević", "Jokić": surname endings compromise reads as the adjective ending "-ic". */
const SLAVIC_SURNAME = /(?:ov|ev)i[cćč]h?$|i[ćč]$/u;

/** "Secunia.com", "Scientology.org": a capitalized web address names the organization behind it. */
const isSiteName = (token: Token): boolean => /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|gov|edu|info|io|co\.uk)$/u.test(withoutPossessive(token));

/** Verbs of living and moving whose "in", "at", "to" or "from" introduces a place ("born in Groningen", "settled in Trier"). */
const PLACE_VERBS = new Set(['born', 'settled', 'moved', 'returned', 'travelled', 'traveled', 'fled', 'emigrated', 'lived', 'based',
  'located', 'headquartered', 'situated', 'arrived', 'stationed', 'buried', 'died', 'raised', 'grew']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'suburbs']);
/** Places people live, work or gather in: "a school in Bithlo", "a camp near Goma" name a place after them. */
const SITE_NOUNS = new Set(['school', 'hospital', 'clinic', 'village', 'villages', 'town', 'towns', 'city', 'home', 'homes', 'house', 'camp',
  'camps', 'church', 'mosque', 'temple', 'station', 'airport', 'prison', 'jail', 'factory', 'mine', 'port', 'market', 'farm', 'base',
  'hotel', 'stadium', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'province', 'region', 'area', 'border', 'plant',
  // (And what happens somewhere: "a court in Kaiserslautern", "the explosion in Nassoumbou", "protests in Itzehoe"; not "the
  // shooting in Rust", "the crash in Terra", "the fire in Apollo 1", which name a film, a coin, a craft.)
  'court', 'courthouse', 'explosion', 'blast', 'protests', 'floods', 'flooding', 'earthquake', 'riots', 'clashes', 'fighting', 'residents']);

/**
 * "Antrim police station", "Laurel police said": a name right before a lower-case noun of local
 * institutions names the town they serve, whatever compromise guessed from the noun after it
 * (it tags "Antrim" an organization for the "police" that follows); organizations written as
 * such (acronyms, organization words, lexicon organizations) are left alone.
 */
function namesLocality(tokens: Token[], run: Token[]): boolean {
  const last = run[run.length - 1];
  const after = tokens[last.index + 1];
  if (!after || after.sentence !== last.sentence || !/^\s+$/u.test(last.post) || !LOCAL_NOUNS.has(after.text)) return false;
  return !POSSESSIVE.test(last.text) && run.every((token) => !isAllCaps(token) && !ORG_HEADS.has(headOf(token)) && lexiconTag(headOf(token)) !== 'Organization');
}

/**
 * Context that makes an unknown name a place: "born in Groningen", "south of Ziguinchor",
 * "Livorno, Tuscany" (a comma and a known place after it).
 */
function isInPlaceContext(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const verb = tokens[first - 2];
  const sentence = tokens[first].sentence;
  if (before && verb && verb.sentence === sentence && /^\s+$/u.test(before.post) && /^\s+$/u.test(verb.post)) {
    if (/^(?:in|at|to|from)$/u.test(before.lower) && PLACE_VERBS.has(verb.lower)) return true;
    // (Not before a possessive: "protests in Navalny's support".)
    if (/^(?:in|outside)$/u.test(before.lower) && SITE_NOUNS.has(verb.lower) && !POSSESSIVE.test(tokens[last].text)) return true;
    if (before.lower === 'of' && DIRECTIONS.has(verb.lower)) return true;
  }
  // "derailed near Stonehaven": what is near is a place; so is what is "in nearby Coldwater".
  if (before && before.sentence === sentence && /^\s+$/u.test(before.post) && !POSSESSIVE.test(tokens[last].text)
    && (before.lower === 'near' || (before.lower === 'nearby' && /^(?:in|to|from|at)$/u.test(verb?.lower ?? '')))) return true;
  const after = tokens[last + 1];
  if (after === undefined || after.sentence !== sentence || !/^,\s+$/u.test(tokens[last].post) || POSSESSIVE.test(tokens[last].text)) return false;
  // "Livorno, Tuscany", "Owatonna, Minn.", "in Arkabutla, in Tate County".
  const within = tokens[last + 2];
  return hasAny(after, ['Country', 'Region']) || (isStateAbbreviation(after) && (!POSTAL_STATES.has(after.text) || postalAfterTown(tokens, after)))
    || (after.lower === 'in' && before !== undefined && LOCATIVE.has(before.lower) && /^\s+$/u.test(after.post) && within !== undefined && within.sentence === sentence
      && (hasAny(within, PLACE_TAGS) || KNOWN_PLACES.has(headOf(within)) || PLACE_CLASSES.has(tokens[last + 3]?.lower ?? '')));
}

/**
 * "Bill Withers", "Will Smith", "Faith Banks": a given name the lexicon reads as a common word ("bill", the modal
 * "will") before a capitalized surname; not "Will Congress act?" (a modal opening its sentence), nor "Faith
 * Leaders" (a plural after it).
 */
function opensWithCommonGivenName(tokens: Token[], run: Token[]): boolean {
  if (run.length < 2 || run.length > 3 || !COMMON_WORD_GIVEN_NAMES.has(bare(run[0])) || !/^\p{Lu}\p{Ll}+$/u.test(run[0].text) || !/^\s+$/u.test(run[0].post)) return false;
  const surname = run[run.length - 1];
  if (opensSentence(tokens, run[0]) && hasAny(run[0], ['Modal', 'Auxiliary'])) return false;
  return /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(surname.text) && !TITLE_WORDS.has(headOf(surname)) && !ORG_HEADS.has(headOf(surname)) && !PLACE_HEADS.has(headOf(surname))
    && !(surname.tags.has('Plural') && isCommonWord(headOf(surname).replace(/s$/u, ''))) && !hasAny(surname, [...PLACE_TAGS, 'Organization']);
}

/** Organization words whose name goes on with "for the" ("Office for the Coordination of Humanitarian Affairs"). */
const FOR_HEADS = new Set(['office', 'commission', 'ministry', 'center', 'centre', 'foundation', 'council', 'committee', 'agency', 'institute',
  'coalition', 'alliance', 'society', 'association', 'campaign', 'fund', 'organization', 'organisation', 'league', 'federation', 'bureau',
  'secretariat', 'tribunal', 'court', 'department', 'authority', 'board', 'programme', 'program']);

/** Lower-case storm words before a storm's name. */
const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon', 'storm', 'depression']);

/**
 * How many names (this one and those after it) stand in a list that ends with a plural area word ("Bryan, Choctaw
 * and LeFlore counties" → 3 for "Bryan"); 0 when no such word follows. Only a list is retyped ("Trump counties"
 * are counties that voted for him).
 */
function beforeAreaPlural(tokens: Token[], last: number): number {
  let names = 1;
  for (let j = last + 1; j < tokens.length && j <= last + 15 && tokens[j].sentence === tokens[last].sentence; j++) {
    const token = tokens[j];
    if (PLACE_CLASSES.has(token.text) && /s$/u.test(token.text)) return /^[\s,]+$/u.test(tokens[j - 1].post) ? names : 0;
    if (!isUpperInitial(token) && token.lower !== 'and' && token.lower !== 'or') return 0;
    if (isUpperInitial(token) && !/^ $/u.test(tokens[j - 1].post)) names++;
    if (/[^\s,]/u.test(token.post)) return 0;
  }
  return 0;
}

/**
 * "Minn.", "Okla.", "N.Y.": a US state as news agencies abbreviate it, period included; or its two postal letters ("GA", "OR")
 * closing the clause (the caller checks for the town and comma before it).
 */
function isStateAbbreviation(token: Token): boolean {
  return (STATE_ABBREVIATIONS.has(bare(token).replace(/\./gu, '')) && ((/^(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.)+\p{Lu})$/u.test(token.text) && token.post.startsWith('.'))
    || /^(?:\p{Lu}\.){2}$/u.test(token.text)))
    || (POSTAL_STATES.has(token.text) && /^(?:[,.;:)]|\s+(?:\p{Ll}|[-–—(]|$)|$)/u.test(token.post));
}
/**
 * Postal letters after a town, not after a person's name or an organization's, nor in a list ("Kwame Mensah, MD", "Reuters, PA
 * and AFP", "Marvel, DC and Image").
 */
function postalAfterTown(tokens: Token[], letters: Token): boolean {
  const town = tokens[letters.index - 1];
  const next = tokens[letters.index + 1];
  if (town === undefined || /^(?:and|or)$/u.test(next?.lower ?? '')) return false;
  if (isListedPlace(town) || hasAny(town, PLACE_TAGS)) return true;
  const beforeTown = tokens[town.index - 1];
  return !hasAny(town, [...PERSON_TAGS, 'Organization']) && !KNOWN_ORGS.has(headOf(town)) && !(isAllCaps(town) && town.text.length <= 4)
    && !(beforeTown !== undefined && beforeTown.sentence === town.sentence && /^ $/u.test(beforeTown.post) && isUpperInitial(beforeTown));
}
/** Honours and degrees written after a name and its comma ("Michael Numa, SAN", "Kwame Mensah, MD", "John Smith, MBE"). */
const LETTERS_AFTER_NAME = new Set([...[...POST_NOMINALS].map((letters) => letters.toUpperCase()), 'MD', 'PhD', 'RN', 'DDS', 'MBA', 'SAN', 'KC', 'SC']);
/** The postal codes of the US states and DC. */
const POSTAL_STATES = new Set(('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX '
  + 'UT VT VA WA WV WI WY DC').split(' '));

/** Adjectives of faith, which like nationalities describe people without naming them. */
const FAITHS = new Set(['shiite', 'shia', 'sunni', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'orthodox', 'hindu',
  'buddhist', 'sikh', 'alawite', 'evangelical', 'islamic', 'islamist', 'coptic', 'druze', 'yazidi']);

/**
 * A nationality written in several words: a demonym ("Korean", "Panamanian", or a known place plus
 * -er/-ers: "New Zealander") after number words and adjectives only ("Five", "South", "New").
 */
function isDemonymPhrase(run: Token[]): boolean {
  const last = run[run.length - 1];
  const phrase = run.map((token) => lower(token)).join(' ');
  // ("New Zealander", "Sri Lankan", "Puerto Ricans": a place's name with a people's ending.)
  const placeDerived = /ers?$/u.test(phrase) && KNOWN_PLACES.has(phrase.replace(/ers?$/u, ''))
    || (run.length > 1 && /ns?$/u.test(phrase) && [phrase.replace(/ns?$/u, ''), phrase.replace(/ns?$/u, 'a')].some((place) => KNOWN_PLACES.has(place) || WORLD_PLACES.has(place)));
  // "Lebanese Shiite", "Sunni Muslim": nationalities and faiths only.
  if (run.every((token) => token.tags.has('Demonym') || FAITHS.has(headOf(token)))) return true;
  if (!last.tags.has('Demonym') && !placeDerived) return false;
  // "Five Panamanian", "Latin American", "West European".
  return placeDerived || run.slice(0, -1).every((token) => (hasAny(token, ['Value', 'Adjective']) || PLACE_MODIFIERS.has(headOf(token)) || headOf(token) === 'latin')
    && !hasAny(token, [...PERSON_TAGS, 'Organization']));
}

/** Words that qualify a place name without making it another kind of name ("North Korea", "Greater London"). */
const PLACE_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'new', 'old', 'little', 'great', 'saint', 'st', 'san', 'santa', 'port', 'junction', 'heights', 'village', 'town', 'center', 'centre']);

/** Political adjectives that name a party with a lower-case "party" after them ("the Republican party"). */
const POLITICAL = new Set(['republican', 'democratic', 'democrat', 'labour', 'labor', 'conservative', 'liberal', 'communist', 'socialist',
  'green', 'libertarian', 'nationalist', 'independence', 'reform', 'progressive', 'pirate', 'workers']);

/** Peoples and faiths in the plural that the tagger does not read as demonyms ("Serbs", "Kurds", "Tatars"). */
const PEOPLES = /^(?:Serbs|Croats|Kurds|Tatars|Tamils|Sikhs|Pashtuns|Uighurs|Uyghurs|Hutus|Tutsis|Berbers|Bedouins|Arabs|Jews|Muslims|Christians|Catholics|Protestants|Hindus|Sunnis|Shias|Shiites|Alawites|Copts|Maronites|Yazidis|Basques|Catalans|Flemings|Walloons|Afrikaners|Zulus|Turks|Greeks|Kazakhs|Uzbeks|Tajiks|Hazaras|Baluchis|Chechens|Roma)$/u;

/** "Clark County Public Health", "Baltimore Public Works": a place's public service, by its last two words. */
const isPublicService = (run: Token[]): boolean => run.length >= 3 && headOf(run[run.length - 2]) === 'public'
  && /^(?:health|works|schools|utilities|library|transit)$/u.test(headOf(run[run.length - 1]));

/** Words before a name that say it is a place ("in", "near", "outside"). */
const PLACE_PREPOSITION = /^(?:in|at|from|near|to|of|outside)$/u;

/** Words of a sentence about politics ("voters", "elected", "seats", "coalition"). */
const POLITICS = /^(?:vot\w*|elect\w*|seats?|parliament\w*|congress|coalition|government|campaign\w*|candidates?|opposition|ruling|lawmakers?|ballots?|polls?|guerrillas?|rebels?|leftist|rightist|senators?|deputies)$/u;

/** Trades before "giant" that make it a firm ("tech giant Apple", "oil giant Saudi Aramco"). */
const TRADES = /^(?:beer|ride-hailing|delivery|messaging|electronics|appliance|smartphone|mobile|cement|supermarket|grocery|crypto|online|video|tech|technology|oil|energy|retail|retailing|mining|media|pharmaceutical|pharma|drug|banking|financial|insurance|e-commerce|internet|software|chip|semiconductor|telecoms?|telecommunications|food|beverage|drinks|consumer|auto|car|carmaking|chemical|chemicals|steel|shipping|logistics|entertainment|search|social|fashion|sportswear|tobacco|defence|defense|aerospace|engineering|construction|property|industrial|agribusiness|hotel|airline|travel|gaming|streaming|payments|fintech|cosmetics|luxury|toy|furniture|brewing|commodities|accounting|consulting)$/u;

/** The combining forms of peoples' names before a hyphen ("Austro-", "Anglo-", "Sino-"). */
const COMBINING_FORMS = /^(?:Austro|Anglo|Franco|Sino|Russo|Greco|Italo|Indo|Afro|Euro|Judeo|Hispano|Germano|Turco|Serbo|Czecho|Polono|Nippo|Lusso)$/u;

/** A number spelt out, or one part of a hyphenated one ("Thirty", "eight"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/iu;

/** "By Madeline Chambers BERLIN (Reuters) -": a city in capitals before the agency or the dash, after a byline. */
function isDatelinePlace(token: Token): boolean {
  return isAllCaps(token) && isListedPlace(token) && /^\s*(?:\(|[—–-]\s)/u.test(token.post);
}

/** "the opposition Home Affairs spokesman": a portfolio (no organization's name) right before a lower-case role noun. */
function isPortfolioBeforeRole(tokens: Token[], run: Token[]): boolean {
  const last = run[run.length - 1];
  const role = tokens[last.index + 1];
  return PORTFOLIOS.has(headOf(last)) && !run.some((token) => ORG_HEADS.has(headOf(token))) && role?.sentence === last.sentence
    && /^\p{Ll}/u.test(role.text) && isRoleNoun(role.text) && /^\s+$/u.test(last.post);
}

/** The Arabic article as it is written before a hyphenated surname ("al-Sadr", "el-Erian"). */
const isHyphenatedArticle = (token: Token): boolean => (token.text === 'al' || token.text === 'el') && token.post === '-';
/** Lower-case particles of personal names ("von der Leyen", "de la Cruz", "bin Salman"). */
/** Particles only surnames take (not "de", "la", "da", which join place names too). */
/** Nouns numbered by a Roman numeral: parts of laws, books, trials and contests ("Title IV", "Phase III"). */
const NUMBERED_NOUNS = new Set(['title', 'part', 'phase', 'chapter', 'article', 'section', 'stage', 'book', 'volume', 'round', 'level', 'grade', 'class', 'act', 'schedule', 'annex', 'division', 'tier', 'category', 'type']);
/** The sea and rivers English towns are named on ("Sutton on Sea", "Henley on Thames"). */
const TOWN_WATERS = new Set(['Sea', 'Thames', 'Trent', 'Tyne', 'Avon', 'Severn', 'Wye', 'Tees', 'Ouse', 'Dee', 'Tweed', 'Hudson']);
/** Bodies named by their topic after "on". */
const ON_HEADS = new Set(['commission', 'committee', 'subcommittee', 'council', 'conference', 'panel', 'forum', 'institute', 'center', 'centre']);
/** True when the word after a name is a verb it does, not "was"/"has" or a passive ("Kamau opened", not "Tabor was shelled"). */
const actsAfter = (next: Token | undefined): boolean => next !== undefined && next.tags.has('Verb') && !hasAny(next, ['Copula', 'Auxiliary', 'Passive'])
  && /^\p{Ll}/u.test(next.text);

/** Sports whose name ends a governing body's or a national side's name ("World Rugby", "Cricket Australia"). */
const SPORT_BODIES = new Set(['rugby', 'netball', 'cricket', 'athletics', 'hockey', 'cycling', 'tennis', 'golf', 'swimming', 'rowing', 'football',
  'basketball', 'volleyball', 'badminton', 'boxing', 'gymnastics', 'sailing', 'triathlon', 'skating', 'skiing', 'softball', 'baseball']);
/** Words for a contest's prize or its last rounds, named after people ("Davis Cup", "Nobel Prize", "Stanley Cup Finals"). */
const TROPHY_HEADS = new Set(['cup', 'trophy', 'prize', 'award', 'awards', 'medal', 'medals', 'championship', 'championships', 'finals']);
/** The last word of a job's title ("Chief Commercial Officer"), never a surname. */
const JOB_TITLE_HEADS = new Set(['officer', 'director', 'manager', 'executive', 'secretary', 'editor', 'adviser', 'advisor', 'administrator',
  'coordinator', 'controller', 'counsel', 'scientist', 'engineer', 'economist', 'strategist', 'analyst', 'correspondent', 'spokesperson']);
/** Religions, whose names the corpus counts as no actor's. */
const RELIGIONS = /^(?:buddhism|islam|christianity|hinduism|judaism|catholicism|protestantism|sikhism|taoism|shinto|shintoism|jainism|zoroastrianism)$/u;
/** Makers whose name opens an aircraft's ("Cessna Caravan"). */
const AIRCRAFT_MAKERS = new Set(['airbus', 'boeing', 'cessna', 'embraer', 'bombardier', 'sukhoi', 'antonov', 'ilyushin', 'tupolev', 'dassault', 'gulfstream', 'beechcraft']);
/** Words of a maker's divisions, which are organizations ("Airbus Helicopters", "Boeing Commercial Airplanes", "Airbus SE"). */
const MAKER_DIVISIONS = /^(?:helicopters|airplanes|aircraft|transportation|systemes|systems|aviation|defence|defense|space|se|nv|commercial|military|capital|industries|aerospace)$/u;
/** Nationalities' adjectives in "-ish" and "-ch", never a name alone. */
const ISH_DEMONYMS = /^(?:irish|scottish|welsh|english|british|danish|swedish|finnish|polish|spanish|turkish|kurdish|flemish|cornish|french|dutch)$/u;
/** Titles of royals and saints, whose names places take ("Queen Elizabeth Park"). */
const ROYAL_TITLES = /^(?:King|Queen|Prince|Princess|Saint|St|Sultan|Emperor|Empress|Duke|Duchess)\.?$/u;
/** Words that end place names and are common surnames too ("Ms Jane Hall", "Dr Helen Abbey", "Mr Park"). */
const SURNAME_PLACE_HEADS = new Set(['hall', 'park', 'abbey', 'bay', 'castle', 'forest', 'springs', 'lake', 'beach', 'hills', 'tower']);
/** True when honorifics alone ("Ms", "Dr") stand before a short name ending in such a word: the name is a person's. */
function honorificBeforeSurname(titles: Token[], name: Token[], roleNoun = false): boolean {
  return titles.length > 0 && (roleNoun || titles.every((token) => HONORIFICS.has(headOf(token)))) && name.length > 0 && name.length <= 3
    && SURNAME_PLACE_HEADS.has(headOf(name[name.length - 1]));
}
const SURNAME_PARTICLES = new Set(['du', 'von', 'van', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'zu', 'op']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'op', 'zu']);

/**
 * "McConville", "MacArthur", "O'Neill": a family-name prefix before a capital makes a surname, whatever
 * compromise guessed from the ending ("-ville" reads as a town); listed places ("McAllen") stay places.
 */
const isSurnameShaped = (token: Token): boolean => /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}{2,}/u.test(token.text)
  && !isListedPlace(token) && lexiconTag(headOf(token)) === undefined;

/** "JetBlue", not "McDonald", "DiCaprio" or "LeBron" (family-name prefixes). */
// ("SABMiller", "JPMorgan": an acronym run into a word. A brand opening in lower case, "easyJet", "wikiHow", is no name
// the corpus marks.)
const isCamelCase = (token: Token): boolean => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$|^\p{Lu}\p{Ll}{3,}\p{Lu}{1,2}$|^\p{Lu}{3,}\p{Ll}{2,}$/u.test(withoutPossessive(token))
  && !/^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u.test(token.text) && !hasAny(token, PERSON_TAGS);

/** Type from compromise's tags and the shape of a name. */
/** "UC Davis", "CU Boulder", "UW-Madison", "UMass Amherst": a state university's letters and its campus town. */
const isCampus = (run: Token[]): boolean => run.length === 2 && /^(?:U[A-Z]|[A-Z]U|UNC|U[A-Z][a-z]{2,})$/u.test(run[0].text)
  && !/^(?:US|UK|UN|EU|AU|UA)$/u.test(run[0].text) && /^(?:\s|-)$/u.test(run[0].post) && /^\p{Lu}\p{Ll}+$/u.test(run[1].text)
  && !PLACE_HEADS.has(headOf(run[1])) && !ORG_HEADS.has(headOf(run[1]));

function classify(run: Token[], hadTitle: boolean, previous: Token | undefined, next: Token | undefined, lowerWords: WordSet, afterNext?: Token): { type: ActorType | 'UNKNOWN'; weak: boolean } {
  if (isCampus(run)) return { type: 'ORG', weak: false };
  // "landed on Mars", "the surface of Mars": a planet alone, after a word of place, is a place (not "the Jupiter Room", "Bruno Mars …
  // Mars said", "Neptune missiles").
  if (run.length === 1 && /^(?:Mars|Jupiter|Saturn|Neptune|Uranus|Pluto)$/u.test(withoutPossessive(run[0]))
    && /^(?:on|to|from|of|around|orbiting|near|reach|reached|toward|towards|at)$/u.test(previous?.lower ?? '')) return { type: 'PLACE', weak: false };
  // ("Wan Saiful Wan Jan", "Lim Kit Jun": a name a month's short name ends is a person's, as `isSurnameMonth` let it in.)
  if (run.length >= 3 && NAME_MONTHS.test(run[run.length - 1].text) && run[run.length - 1].tags.has('Month')) return { type: 'PERSON', weak: false };
  // ("Cherbourg-en-Cotentin", "Châlons-sur-Marne", "Saint-Lô": a French town's hyphenated name, with a particle inside or a
  // saint's first.)
  if (run.length >= 3 && run.slice(0, -1).every((t) => t.post === '-') && run.slice(1, -1).some((t) => /^(?:en|sur|sous|le|la|les|lès|de|du|des|aux)$/u.test(t.text))
    && /^\p{Lu}/u.test(run[0].text) && /^\p{Lu}/u.test(run[run.length - 1].text)) return { type: 'PLACE', weak: false };
  // (Only after a word of place, not a composer's or a writer's name: "Saint-Saëns's Organ Symphony".)
  if (run.length === 2 && /^(?:Saint|Sainte)$/u.test(run[0].text) && run[0].post === '-' && !POSSESSIVE.test(run[1].text)
    && (PLACE_PREPOSITION.test(previous?.lower ?? '') || /^(?:between|and)$/u.test(previous?.lower ?? ''))) return { type: 'PLACE', weak: false };
  // ("Pare-Pare", "Bau-Bau", "Baden-Baden": a town's name said twice.)
  // (Only after a word of place: not the pandas "Bao-Bao", "Mei-Mei", nor "the Mau-Mau uprising".)
  if (run.length === 2 && run[0].post === '-' && run[0].text === run[1].text && /^\p{Lu}\p{Ll}+$/u.test(run[0].text)
    && (PLACE_PREPOSITION.test(previous?.lower ?? '') || /^(?:hit|into)$/u.test(previous?.lower ?? ''))) return { type: 'PLACE', weak: false };
  // "Daejang-dong", "Yongsan-gu": a Korean neighbourhood or district by its suffix.
  if (run.length === 2 && run[0].post === '-' && /^(?:dong|gu|gun|myeon|eup)$/u.test(run[1].text)) return { type: 'PLACE', weak: false };
  const last = run[run.length - 1];
  if (run.length === 1 && isSiteName(last)) return { type: 'ORG', weak: false };
  // "LibriVox", "JetBlue", "MicroMega": a capital inside one word is how brands and organizations are written.
  if (run.length === 1 && isCamelCase(last)) return { type: 'ORG', weak: false };
  const lastWord = headOf(last);
  const ofIndex = run.findIndex((token) => lower(token) === 'of');
  if (ORG_HEADS.has(lastWord) || (ofIndex > 0 && headsOfPhrase(bare(run[ofIndex - 1])))) return { type: 'ORG', weak: false };
  // ("Clark County Public Health", "Baltimore Public Works": a public service of a place.)
  if (isPublicService(run)) return { type: 'ORG', weak: false };
  // "Kenya Power", "Tata Power": a place's or a group's power company (not "Samantha Power", a surname).
  if (run.length === 2 && lastWord === 'power' && isListedPlace(run[0])) return { type: 'ORG', weak: false };
  // "World Rugby", "NZ Rugby", "Cricket Australia": a sport's governing body or national side.
  // (Not an event or a kind: "the US Open Golf championship", "the European Golf tour".)
  const sportEvent = hasAny(run[0], ['Adjective', 'Demonym']) || /^(?:Open|Ladies|Men's|Women's)$/u.test(run[run.length - 2]?.text ?? '')
    || (next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && /^\s+$/u.test(last.post));
  if (run.length > 1 && !sportEvent && (SPORT_BODIES.has(lastWord) || (run.length === 2 && SPORT_BODIES.has(headOf(run[0])) && (hasAny(run[1], PLACE_TAGS) || isListedPlace(run[1]))))) {
    return { type: 'ORG', weak: false };
  }
  // "East Kimberley", "West Pokot", "North Lanarkshire": a compass word before one name is a region, whatever lists say of it.
  // (Not a word of its own, a company's or a club's: "Western Digital", "West Ham", "Northern Rock", "Southern Baptist"; nor a
  // name that speaks or manages.)
  if (run.length === 2 && /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/u.test(run[0].text) && /^\p{Lu}\p{Ll}+$/u.test(run[1].text)
    && !hasAny(run[1], ['Organization', 'Adjective', 'Verb']) && !PLACE_HEADS.has(lastWord) && !isCommonWord(lastWord) && !lowerWords.has(lastWord) && !hasCommonEnding(lastWord)
    && !/^(?:said|says|told|beat|shares|manager|boss|chief)$/u.test(next?.lower ?? '')) return { type: 'PLACE', weak: false };
  // "the Liberal Democrats", "Christian Democrats", "Sweden Democrats": a party named by its members in the plural after a
  // political word or a country (not "Senate Democrats", "Texas Republicans": members of a chamber or a state's party).
  if (run.length === 2 && /^(?:Democrats|Republicans|Socialists|Liberals|Conservatives|Greens|Nationalists)$/u.test(last.text)
    && (POLITICAL.has(headOf(run[0])) || /^(?:Social|Christian|Free|New|Neo|National|Sweden|Finland|Denmark)$/u.test(run[0].text))) return { type: 'ORG', weak: false };
  // ("Austro-Hungarian", "Anglo-Irish", "Sino-Japanese": two peoples' adjectives joined by a hyphen name no one; not
  // "Indo-Pacific", a region.)
  if (run.length === 2 && run[0].post === '-' && COMBINING_FORMS.test(run[0].text) && !hasAny(run[1], PLACE_TAGS) && !isListedPlace(run[1])) return { type: 'UNKNOWN', weak: true };
  // "Group G", "League 2": an organization word numbered by a letter or a number.
  if (run.length === 2 && ORG_HEADS.has(headOf(run[0])) && /^(?:\p{Lu}|\d+)$/u.test(last.text)) return { type: 'ORG', weak: false };
  // (Not "Air Vice-Marshal", "Air Commodore": a title of an air force.)
  // (Nor "Studio City", a place.)
  if (run.length > 1 && ORG_PREFIXES.has(headOf(run[0])) && !(headOf(run[0]) === 'air' && TITLE_WORDS.has(bare(run[1])))
    && !(headOf(run[0]) === 'studio' && PLACE_HEADS.has(lastWord))) return { type: 'ORG', weak: false };
  // "Boca Juniors", "Bolton Wanderers", "Glasgow Rangers": a club's suffix.
  if (run.length > 1 && CLUB_SUFFIXES.has(lastWord) && lastWord !== 'united' && !PLACE_PREFIXES.has(headOf(run[0])) && !hasAny(run[0], GIVEN_NAME_TAGS)) {
    return { type: 'ORG', weak: false };
  }
  // (Not a titled person's given name and a surname a place word spells: "Analyst John Park", "Judge Mary Hill".)
  // (Not "Prince Edward Dam": only a place word that is also a common surname.)
  // ("Queen Elizabeth Park", "Prince Albert Park": a royal's name is a place's.)
  // ("Emaar Real Estate", "The Crown Estate": a firm's or a body's estate.)
  if (lastWord === 'estate' && run.length > 1 && /^(?:real|crown|property)$/u.test(headOf(run[run.length - 2]))) return { type: 'ORG', weak: false };
  const titledPerson = hadTitle && run.length === 2 && isLexiconGivenName(headOf(run[0])) && SURNAME_PLACE_WORDS.test(lastWord)
    && !ROYAL_TITLES.test(previous?.text ?? '');
  if (run.length > 1 && (PLACE_HEADS.has(lastWord) || PLACE_PREFIXES.has(headOf(run[0]))) && !titledPerson) return { type: 'PLACE', weak: false };
  // "Republic of the Congo", "Bay of Bengal", "Kingdom of Saudi Arabia": a place word with its "of" phrase.
  if (run.length > 2 && PLACE_HEADS.has(headOf(run[0])) && /^(?:of|de|del|da|do|di|du)$/u.test(lower(run[1]))) return { type: 'PLACE', weak: false };
  // "Democratic Republic of Congo", "People's Republic of China", "United Arab Emirates": a state's long form.
  if (ofIndex > 1 && /^(?:republic|kingdom|emirates|sultanate|principality|commonwealth|federation)$/u.test(headOf(run[ofIndex - 1]))
    && run.slice(ofIndex + 1).every((token) => hasAny(token, PLACE_TAGS) || KNOWN_PLACES.has(headOf(token)) || NAME_CONNECTORS.has(lower(token)) || isWorldPlace([token]))) {
    return { type: 'PLACE', weak: false };
  }
  // "Deputy Labour leader Tom Watson", "Deputy Green leader": one word between a title and a lower-case role noun is the
  // party or body the role belongs to.
  // (A party's word or an acronym: not a surname, "President Obama adviser Susan Rice", "Governor Brown aide Nancy
  // McFadden", "President Ford adviser".)
  if (hadTitle && run.length === 1 && next !== undefined && /^\p{Ll}+$/u.test(next.text) && isRoleNoun(next.text) && /^ $/u.test(last.post)
    && !hasAny(last, PERSON_TAGS) && (POLITICAL.has(headOf(last)) || /^greens?$/u.test(headOf(last)) || isAllCaps(last))) return { type: 'ORG', weak: false };
  if (hadTitle) return { type: 'PERSON', weak: false };
  // "ZANU-PF", "SPD-CDU": acronyms joined by hyphens name an organization or an alliance.
  // ("PML-N", "PDI-P": a single letter may close it.)
  if (run.length > 1 && isAllCaps(run[0]) && run.every((token) => /^\p{Lu}[\p{Lu}.&]*$/u.test(withoutPossessive(token)))
    && run.slice(0, -1).every((token) => token.post === '-')) return { type: 'ORG', weak: false };
  // "Park Joo-Ho", "Kim Min-Woo": a short surname and a hyphenated given name of two short capitalized syllables.
  if (run.length === 3 && /^\p{Lu}\p{Ll}{1,4}$/u.test(run[0].text) && run[1].post === '-'
    && [run[1], run[2]].every((token) => /^\p{Lu}\p{Ll}{1,3}$/u.test(withoutPossessive(token)))) return { type: 'PERSON', weak: false };
  // "Kwok Ka-ki", "Lam Cheuk-ting": a hyphenated given name with a lower-case second part.
  // (Not "a Booker Prize-winner", "Oscar-nominee": a role after the hyphen makes a compound noun.)
  if (run.length >= 2 && run.length <= 3 && run.some((token, k) => k > 0 && token.post === '-' && /^\p{Ll}/u.test(run[k + 1]?.text ?? '')
    && !COMPOUND_ROLES.test(run[k + 1].text))) return { type: 'PERSON', weak: false };
  // "LOS GATOS, Calif. (Reuters) -", "BOCA RATON, Fla. (AP) -": a dateline's city of several words in capitals.
  // (The state or country after the comma ends the dateline: an abbreviation, or a place before a bracket or a dash; not a
  // transcript's or a byline's name, "JOHN KENNEDY, Louisiana Republican:", "MARIA CHENG, London".)
  const datelineEnd = next !== undefined && (STATE_ABBREVIATIONS.has(bare(next))
    || ((hasAny(next, PLACE_TAGS) || KNOWN_PLACES.has(lower(next)) || isWorldPlace([next])) && /^\s*(?:\(|[-—–]\s)/u.test(next.post)));
  if (run.length > 1 && run.every((token) => /^\p{Lu}{2,}$/u.test(token.text)) && (previous === undefined || previous.post.includes('\n'))
    && /^,\s+$/u.test(last.post) && /^\p{Lu}/u.test(next?.text ?? '') && !isAllCaps(next!) && datelineEnd
    && !isLexiconGivenName(lower(run[0]))) return { type: 'PLACE', weak: false };
  if (run.length === 1 && isAllCaps(last)) {
    if (COMMON_ACRONYMS.has(headOf(last)) || /^[IVXLCDM]+$/u.test(withoutPossessive(last))) return { type: 'UNKNOWN', weak: true };
    // "UNLESS", "NEVER": an ordinary word in capitals for emphasis, not an acronym.
    if (headOf(last).length >= 3 && isCommonWord(headOf(last)) && !PLACE_ACRONYMS.has(bare(last)) && !KNOWN_PLACES.has(headOf(last))) return { type: 'UNKNOWN', weak: true };
    // "225 DKK", "3 RBI": after a number an acronym is a unit or a currency.
    if (previous && /^\d[\d,.]*$/u.test(previous.text) && /^\s+$/u.test(previous.post)) return { type: 'UNKNOWN', weak: true };
    // "HELENA, Mont. —", "KYIV (Reuters) —": a word in capitals opening a line before a comma, a bracket or a
    // dash is a dateline's city.
    const lineStart = previous === undefined || previous.post.includes('\n');
    // "AVIATION EXPERTS are examining …", "POLICE OFFICERS arrested …": a lede's opening words set in capitals.
    if (lineStart && next !== undefined && isAllCaps(next) && /^\s+$/u.test(last.post) && /^\p{Lu}{5,}$/u.test(last.text) && !KNOWN_ORGS.has(lower(last))
      && !KNOWN_PLACES.has(lower(last)) && !isWorldPlace([last])) return { type: 'UNKNOWN', weak: true };
    const agency = next !== undefined && (KNOWN_ORGS.has(lower(next)) || /^AP$/u.test(next.text));
    // ("SUVA, 28 November 2019:": a date after the comma too.)
    const dateline = lineStart && (/^,\s+$/u.test(last.post) ? next !== undefined && (isUpperInitial(next) || /^\d{1,2}$/u.test(next.text))
      : /^\s*[—–]/u.test(last.post) || (/^\s*\($/u.test(last.post) && agency)
        // ("TEHRAN: Thousands marched": a listed city before a colon; not "NASA:", "EXCLUSIVE:", "OBAMA:".)
        || (/^\s*:\s/u.test(last.post) && isListedPlace(last)));
    // ("AP, Madrid :": the agency opens the line, the city follows it.)
    return { type: (dateline && last.text !== 'AP') || PLACE_ACRONYMS.has(bare(last)) || PLACE_ACRONYMS.has(lower(last)) ? 'PLACE' : 'ORG', weak: false };
  }
  const personish = run.filter((token) => (hasAny(token, PERSON_TAGS) && !token.tags.has('Honorific')) || isSurnameShaped(token)).length;
  // ("Trakia district Milena Stoyanova", "Nakuru county Wanjiru Kamau": after a lower-case word for an area the tagger
  // guesses "Place" for any unknown word.)
  // (With a word a person's name has, or a verb after it: not "Narok county Maasai Mara", "Kwale county Lunga Lunga".)
  const afterArea = previous !== undefined && /^(?:district|county|province|region|municipality|state|constituency|ward)$/u.test(previous.text)
    && (run.some((token) => hasAny(token, ['LastName', 'FirstName', 'MaleName', 'FemaleName']))
      || actsAfter(next));
  const isPlaceWord = (token: Token): boolean => KNOWN_PLACES.has(headOf(token))
    || (hasAny(token, PLACE_TAGS) && !isSurnameShaped(token) && !(afterArea && lexiconTag(headOf(token)) === undefined && !isWorldPlace([token])));
  const placeish = run.filter(isPlaceWord).length;
  // ("Maduro's government": the tagger reads the government's owner as an organization too; the lexicon does not.)
  // ("the Trump administration": the administration is named after its president.)
  const ruled = run.length === 1 && lexiconTag(headOf(last)) !== 'Organization'
    && ((POSSESSIVE.test(last.text) && /^(?:government|regime)$/u.test(next?.text ?? '')) || PRESIDENTIAL_NOUNS.has(next?.text ?? ''));
  const orgish = ruled ? 0 : run.filter((token) => token.tags.has('Organization')).length;
  // "Christopher Hill": the pre-tagger reads a given name before "Hill" as part of a place; its lexicon entry
  // (a given name) and a second word no place list knows say person.
  const phrase = withoutMarks(run.map(headOf).join(' '));
  const worldPlace = isWorldPlace(run);
  if (run.length === 2 && isLexiconGivenName(headOf(run[0])) && !PLACE_TAGS.includes(lexiconTag(headOf(run[1])) ?? '')
    && !KNOWN_PLACES.has(headOf(run[1])) && !worldPlace && !KNOWN_PLACES.has(phrase)) return { type: 'PERSON', weak: false };
  // ("James Ward-Prowse": a given name and a hyphenated surname, whatever the tagger makes of "Ward".)
  if (run.length === 3 && isLexiconGivenName(headOf(run[0])) && /^ $/u.test(run[0].post) && run[1].post === '-' && /^\p{Lu}\p{Ll}+$/u.test(run[2].text)
    && !worldPlace && !KNOWN_PLACES.has(phrase) && !isWorldPlace(run.slice(1))) return { type: 'PERSON', weak: false };
  // "Los Zetas", "Los Choneros": a Spanish plural article opens a gang's, a band's or a club's name; "Los Angeles" and
  // other world places stay places.
  // (After "in", "at" or "near" a place: "in Los Alamos", "near Los Gatos".)
  if (run.length === 2 && /^(?:Los|Las)$/u.test(run[0].text) && !worldPlace && !KNOWN_PLACES.has(phrase) && !hasAny(run[1], PLACE_TAGS)) {
    return { type: previous !== undefined && /^(?:in|at|near|towards|toward)$/u.test(lower(previous)) ? 'PLACE' : 'ORG', weak: false };
  }
  // "Stratford upon Avon", "Sutton on Sea": a town named by its water.
  if (run.length === 3 && /^(?:on|upon)$/u.test(lower(run[1])) && TOWN_WATERS.has(run[2].text)) return { type: 'PLACE', weak: false };
  // "Porto Alegre", "PORTO ALEGRE": a world city of several words, whatever its words are on their own.
  if (run.length > 1 && worldPlace) return { type: 'PLACE', weak: false };
  // "Random House said", "Chatham House warned": a "House" that speaks is a publisher, a think tank or a
  // charity, which the tagger reads as a building from the word "House".
  if (run.length > 1 && lastWord === 'house' && next !== undefined && /^(?:said|says|added|announced|told|warned|confirmed|denied|published|publishes)$/u.test(next.lower)
    && !hasAny(run[0], GIVEN_NAME_TAGS) && !isLexiconGivenName(headOf(run[0]))
    && !run.slice(0, -1).some((token) => isListedPlace(token) || PLACE_TAGS.includes(lexiconTag(headOf(token)) ?? ''))) {
    return { type: 'ORG', weak: false };
  }
  if (placeish === run.length) return { type: 'PLACE', weak: false };
  if (hasAny(run[0], GIVEN_NAME_TAGS) && run.length > 1) return { type: 'PERSON', weak: false };
  if (orgish > 0 && orgish >= personish) return { type: 'ORG', weak: false };
  if (personish > 0 && run.length > 1) return { type: 'PERSON', weak: false };
  // "Jordan sent two planes", "Chad closed its border": a country whose name the lexicon knows as a given name, alone,
  // is the country (as a surname it joins the person the article names in full: "Michael Jordan … Jordan said").
  // (Not before an age: "Jordan, 17, said".)
  // (Only where a country stands: after a preposition or "and", as an owner, or opening a sentence before a verb that is no
  // person's: not "Her husband, Chad, told reporters", "“We lost,” Jordan said", "Jordan scored 30 points".)
  const countryContext = (previous !== undefined && /^(?:in|to|from|of|into|with|and|between|across|near|neighbouring|neighboring|via|against|for)$/u.test(previous.lower))
    || (POSSESSIVE.test(last.text) && /^(?:government|king|foreign|army|military|capital|border|ministry|parliament|prime|economy|embassy)$/u.test(next?.lower ?? ''))
    // (Before "and" and a place: "Jordan and Egypt signed the accord".)
    || (next?.lower === 'and' && afterNext !== undefined && afterNext.sentence === last.sentence && (hasAny(afterNext, PLACE_TAGS) || isListedPlace(afterNext)))
    || ((previous === undefined || previous.sentence !== last.sentence) && next !== undefined && next.tags.has('Verb')
      && !/^(?:said|says|told|asked|added|scored|wrote|replied|explained|recalled|insisted|smiled|laughed|cried|was|is)$/u.test(next.lower));
  if (run.length === 1 && GIVEN_NAME_COUNTRIES.has(lower(last)) && countryContext) return { type: 'PLACE', weak: true };
  if (personish > 0 && placeish === 0) return { type: 'PERSON', weak: true };
  // "ANC Youth League president Collen Maine", "party spokesman Ola Nordmann": capitalized words after a lower-case role
  // noun name its holder, whatever else a list says of one of them ("Maine").
  // ("led by cleric Fazlullah": one word no list knows, too.)
  // (Not before a noun it qualifies, "Jordan's official Hajj delegation", nor after a role that firms hold too, "partner Iberia".)
  const unknownWord = run.length === 1 && lexiconTag(phrase) === undefined && !lowerWords.has(phrase) && !KNOWN_ORGS.has(phrase) && !CALENDAR_WORDS.has(phrase)
    && !(next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb'))
    && !/^(?:official|partner|member|owner|agent|head|chair|leader|founder|player)$/u.test(previous?.text ?? '');
  if ((run.length > 1 || unknownWord) && previous !== undefined && /^\p{Ll}+$/u.test(previous.text) && isRoleNoun(previous.text) && /^\s+$/u.test(previous.post)
    && run.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)) && !worldPlace && !KNOWN_PLACES.has(phrase)) return { type: 'PERSON', weak: false };
  if (placeish > 0) {
    // "Hitwise UK", "Ontario Ghostbusters": a place name with words that are neither places nor
    // compass words names an organization based there; "Kowloon East", "Greater London" stay places.
    // After "in", "near" … the name stays a place ("in Crans Montana").
    const other = run.filter((token) => !isPlaceWord(token) && !PLACE_MODIFIERS.has(headOf(token)) && !NAME_CONNECTORS.has(lower(token)));
    const located = previous !== undefined && LOCATIVE.has(lower(previous));
    return { type: run.length > 1 && other.length > 0 && !located ? 'ORG' : 'PLACE', weak: true };
  }
  // "in Herat", "Sochi's mayor": a world city, when nothing above gave the name a kind.
  if (worldPlace) return { type: 'PLACE', weak: true };
  if (previous && /^(in|at|from|near|to)$/u.test(lower(previous)) && run.length === 1) return { type: 'UNKNOWN', weak: true };
  if (run.length > 1) {
    // Unknown capitalized words: a person's name unless they read as ordinary words or take "the".
    // Only lexicon knowledge counts: for unknown words compromise's tags are suffix guesses ("Altintas" → Plural).
    // ("Hicham El Guerrouj", "Daniel De Rossi": a name particle inside the name is no ordinary word.)
    // ("Khairat al-Shater", "Saad el-Katatni": nor is an Arabic article joined to the surname by a hyphen.)
    // (Also in lower case between spaces, one that only surnames take: "Roelof du Plessis", "Jan van Dijk"; not "Penon de
    // Coron" or "Bourg-la-Reine", where Romance particles join place names too.)
    const spacedLower = (token: Token, k: number): boolean => SURNAME_PARTICLES.has(token.text)
      && /^ $/u.test(token.post) && /^ $/u.test(run[k - 1].post);
    // ("Le Van Hoa", "Le Pen": a capitalized "Le" opening the name is a surname, no French article.)
    const common = run.filter((token, k) => !(k > 0 && k < run.length - 1 && PARTICLES.has(lower(token)) && (isUpperInitial(token) || spacedLower(token, k) || isHyphenatedArticle(token)))
      && !(k === 0 && token.text === 'Le') && !/^[dl]['’]\p{Lu}/u.test(token.text)
      && (isCommonWord(headOf(token)) || lowerWords.has(headOf(token)) || hasCommonEnding(headOf(token)))).length;
    const determined = previous !== undefined && lower(previous) === 'the';
    // "in Nizhny Novgorod": unknown words after a preposition of place name a place more often than a person.
    if (common === 0 && previous && LOCATIVE.has(lower(previous)) && !POSSESSIVE.test(last.text)) return { type: 'PLACE', weak: true };
    // ("Joaquim Chissano of Mozambique", "Max Verstappen of Red Bull": "of" and a name after a person's name
    // says where the person is from or works; organization names had their word of kind checked above.)
    const of = next !== undefined && lower(next) === 'of';
    const ofName = of && afterNext !== undefined && isUpperInitial(afterNext) && (hasAny(afterNext, [...PLACE_TAGS, 'Organization']) || KNOWN_PLACES.has(headOf(afterNext)) || isAllCaps(afterNext));
    // ("convicted Govinda Raj Joshi of corruption": "of" before a lower-case word says nothing of the name.)
    const ofWord = of && afterNext !== undefined && /^\p{Ll}/u.test(afterNext.text) && afterNext.lower !== 'the';
    if (common === 0 && !determined && (!of || ofName || ofWord)) return { type: 'PERSON', weak: false };
    // "Dean Kamen", "Dries Mertens", "Gift Ostallos Siziba": an ordinary word before unknown surnames is still a
    // given name.
    const given = run[0];
    const unknownSurname = (token: Token): boolean => {
      const surname = headOf(token);
      const singular = surname.replace(/(?:es|s)$/u, '');
      return /^\p{Lu}\p{Ll}+$/u.test(withoutPossessive(token)) && !isCommonWord(surname) && !isCommonWord(singular) && !lowerWords.has(surname) && !hasCommonEnding(surname);
    };
    // "Bishnu Gaure", "Hiroshi Kogure", "Ravi Mension": a surname no list knows that only ends like a common noun
    // ("-ure", "-ion") after an unknown given name.
    // (Not English words of that shape, "Duo Interpretation", "Suitable Vengeance": "-ation", other endings, or a first
    // word the tagger reads as an adjective or a number.)
    const endingOnly = run.every((token) => !isCommonWord(headOf(token)) && !lowerWords.has(headOf(token))) && !hasCommonEnding(headOf(run[0]))
      && /^\p{Lu}\p{Ll}+$/u.test(run[0].text) && !hasAny(run[0], ['Adjective', 'Value', 'Ordinal', 'Date', 'Verb'])
      && /^\p{Lu}\p{Ll}+(?:ure|ion)$/u.test(withoutPossessive(run[1])) && !/ation$/u.test(headOf(run[1]));
    // (And only where the words around say person: after "said", or before ", a …": not "Springer Nature said".)
    const personContext = (previous !== undefined && /^(?:said|says|told)$/u.test(previous.lower))
      || (/^,\s+$/u.test(last.post) && next !== undefined && (/^(?:a|an)$/u.test(next.lower) || isRoleNoun(next.lower) || ROLE_MODIFIERS.has(next.lower)));
    if (run.length === 2 && endingOnly && personContext && run[0].post === ' ' && !determined && (!of || ofName)) return { type: 'PERSON', weak: true };
    if ((run.length === 2 || run.length === 3) && common === 1 && !determined && run.slice(1).every(unknownSurname)
      && !hasAny(given, ['Adjective', 'Value', 'Demonym', 'Ordinal']) && (!of || ofName)) return { type: 'PERSON', weak: true };
    // "Tax System", "Living Wage", "Moon Rocks": ordinary words in capitals make a heading or emphasis, not a name.
    // A word that heads names ("League", "Centre", "Cathedral"), a connector ("Centre for …") or an acronym
    // ("FIRST Global") still makes one.
    const nameShaped = run.some((token) => ORG_HEADS.has(headOf(token)) || PLACE_HEADS.has(headOf(token)) || NAME_CONNECTORS.has(lower(token)) || isAllCaps(token));
    if (common === run.length && !nameShaped) return { type: 'UNKNOWN', weak: true };
    return { type: 'ORG', weak: true };
  }
  return { type: 'UNKNOWN', weak: true };
}

/**
 * Finds person, organization and place names in one text's tokens.
 * Spans exclude titles, determiners, possessive 's and trailing punctuation:
 * "President Vladimir V. Putin's" → "Vladimir V. Putin" with role "President".
 */
export function findNames(tokens: Token[], gazetteer: Gazetteer, lowerWords: WordSet): NameCandidate[] {
  const found: NameCandidate[] = [];
  // In a headline written in Title Case a capital says nothing: its ordinary words are no names.
  const headlines = titleCaseLines(tokens, lowerWords);
  // ("Ben Stokes Leads England": a surname the tagger reads as a verb stays after a given name.)
  const ordinaryInHeadline = (t: Token): boolean => headlines.has(t.sentence) && isOrdinaryWord(t, lowerWords, isLexiconGivenName(headOf(tokens[t.index - 1] ?? t)));
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!isNameWord(token) || (ordinaryInHeadline(token) && !matchGazetteer(tokens, i, gazetteer))) {
      i++;
      continue;
    }
    // "The Islamic State attacked": a sentence-initial "The" before a listed name is not part of the run.
    if (NOT_NAMES.has(lower(token)) && tokens[i + 1]?.sentence === token.sentence && !breaksAfter(token)) {
      const inner = matchGazetteer(tokens, i + 1, gazetteer);
      const after = inner ? tokens[inner.last + 1] : undefined;
      // Only when the listed name is the whole run ("The Taipei City Lantern Festival" stays one run).
      // (Unless the word opens a listed name itself: "DR Congo".)
      if (inner && (!after || after.sentence !== token.sentence || breaksAfter(tokens[inner.last]) || !isNameWord(after) || !continuesName(tokens, inner.last + 1, i + 1))
        && (matchGazetteer(tokens, i, gazetteer)?.last ?? -1) < inner.last) {
        i++;
        continue;
      }
    }
    let listed = matchGazetteer(tokens, i, gazetteer);
    // ("Labour costs rose", "Labor unions struck": a listed name that is also an ordinary word, before a noun —
    // one the tagger reads as a noun, or as a present-tense verb with no object after it: not "Labour wants a vote".)
    const afterListed = listed && listed.last === i ? tokens[i + 1] : undefined;
    // (But its people are its own, mid-sentence: "said Labour members", "Labour MPs", "Labour voters"; not "Labor leaders
    // called for a strike", trade unions.)
    // ("Fed up with delays": nor before a verb's particle.)
    if (afterListed && afterListed.sentence === token.sentence && /^(?:up|down|out|off|by|with|into)$/u.test(afterListed.text) && isCommonWord(headOf(token))) listed = null;
    if (afterListed && afterListed.sentence === token.sentence && /^\p{Ll}/u.test(afterListed.text) && isCommonWord(headOf(token))
      && !((MEMBER_NOUNS.has(afterListed.lower) || /^(?:members|supporters|voters)$/u.test(afterListed.lower)) && tokens[i - 1]?.sentence === token.sentence)
      && ((afterListed.tags.has('Noun') && !afterListed.tags.has('Verb'))
        || (afterListed.tags.has('PresentTense') && !hasAny(afterListed, ['Auxiliary', 'Modal', 'Copula']) && !objectAfter(tokens[i + 2])))) listed = null;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === token.sentence
      && (!breaksAfter(tokens[last]) || pluralPossessiveInName(tokens, last) || nicknameBreak(tokens, last, i))
      && !(isDatelinePlace(tokens[last + 1]) && !isAllCaps(tokens[last]))
      && (!POSSESSIVE.test(tokens[last].text) || possessiveInsideName(tokens, last, i))
      && continuesName(tokens, last + 1, i) && !(ordinaryInHeadline(tokens[last + 1]) && (!listed || last + 1 > listed.last) && !isSurnameMonth(tokens, last + 1)
        // ("Robert D. Ray Dies at 89": a surname after a middle initial stays one, whatever else the word is.)
        && !(isInitial(tokens[last]) && last > i && !hasAny(tokens[last + 1], ['Verb'])))) {
      last++;
    }
    last = portfolioListEnd(tokens, i, last);
    // "New York City Mayor Bill de Blasio": a listed place with "City" after it is that city.
    // ("Sofia Kenin beat …", "Chelsea Clinton": a city that is also a given name, before a surname no list knows as a place.)
    const afterPlace = listed ? tokens[listed.last + 1] : undefined;
    if (listed?.type === 'PLACE' && listed.last === i && last === i + 1 && afterPlace !== undefined && isLexiconGivenName(headOf(token))
      && /^ $/u.test(token.post) && /^\p{Lu}\p{Ll}+$/u.test(afterPlace.text) && !hasAny(afterPlace, PLACE_TAGS) && !KNOWN_PLACES.has(headOf(afterPlace))
      && !PLACE_HEADS.has(headOf(afterPlace)) && !ORG_HEADS.has(headOf(afterPlace)) && lexiconTag(headOf(afterPlace)) === undefined) listed = null;
    if (listed?.type === 'PLACE' && listed.last < last && tokens[listed.last + 1].text === 'City' && /^\s+$/u.test(tokens[listed.last].post)) {
      listed = { ...listed, last: listed.last + 1 };
    }
    if (listed) {
      // A listed name that opens a longer name: "United States Navy", "Massachusetts Institute of
      // Technology", "Hong Kong Island". Otherwise the listed name stands alone.
      const runHead = headOf(tokens[last]);
      const longer = last > listed.last && isNameWord(tokens[last]) && !CALENDAR_WORDS.has(runHead)
        && (!TITLE_WORDS.has(headOf(tokens[listed.last + 1])) || tokens.slice(listed.last + 2, last + 1).some((t) => ORG_HEADS.has(headOf(t))))
        // (A given name after the place only inside a name its head word ends: "Kharkiv Ivan Franko University",
        // "Paris Charles de Gaulle Airport"; not "Paris Hilton".)
        && (!hasAny(tokens[listed.last + 1], GIVEN_NAME_TAGS) || ORG_HEADS.has(runHead) || PLACE_HEADS.has(runHead));
      // "Porto Alegre" after the listed "Porto": a longer world city.
      const longerCity = last > listed.last && isWorldPlace(tokens.slice(i, last + 1));
      // "Pittsburgh Pirates", "Boston Red Sox": a listed city before a plural nickname names a team.
      // ("Manchester United", "Blackburn Rovers", "Tottenham Hotspur": a football club's suffix too.)
      // ("Toronto Maple Leafs", "Detroit Red Wings": a nickname of two words, its last in the plural.)
      const pluralNickname = /^\p{Lu}\p{Ll}+s$/u.test(tokens[last].text) && hasAny(tokens[last], ['Plural', 'SportsTeam']);
      const nickname = listed.type === 'PLACE' && (last === listed.last + (/^Sox$/u.test(tokens[last].text) ? 2 : 1)
        || (last === listed.last + 2 && pluralNickname && /^\p{Lu}\p{Ll}+$/u.test(tokens[last - 1].text) && !hasAny(tokens[last - 1], [...PERSON_TAGS, ...PLACE_TAGS])
          // (Not a part of a town: "the Sydney Northern Beaches", "the Melbourne Western Suburbs".)
          && !AREA_WORDS.has(tokens[last - 1].lower) && !/^(?:beaches|suburbs|heights|hills|islands|lakes|springs|gardens|woods|districts|regions|nations|peoples)$/u.test(runHead)
          && !hasAny(tokens[listed.last], ['Country']) && !PLACE_ACRONYMS.has(headOf(tokens[listed.last]))
          && !ORG_HEADS.has(headOf(tokens[last - 1])) && !ORG_HEADS.has(runHead) && !PLACE_HEADS.has(runHead)))
        && (/^Sox$/u.test(tokens[last].text) || CLUB_SUFFIXES.has(runHead) || pluralNickname)
        && !NOT_NAMES.has(runHead) && !hasAny(tokens[last], ['Demonym', ...PLACE_TAGS]);
      // ("Africa Cup of Nations", "Bahrain Grand Prix": an event named after a place is no place; the corpus scores
      // names inside other names as none.)
      // ("Google Drive": a listed company's product, the company alone.)
      const product = listed.type === 'ORG' && runHead === 'drive';
      // ("Kenya Power": a country's power company.)
      const power = runHead === 'power' && last === listed.last + 1;
      // ("New Zealand Rugby", "Cricket Australia": a country's governing body of a sport.)
      const sportBody = listed.type === 'PLACE' && last === listed.last + 1 && SPORT_BODIES.has(runHead) && hasAny(tokens[listed.last], ['Country'])
        && !/^(?:meeting|meet|magazine|league)$/u.test(tokens[last + 1]?.lower ?? '');
      if (longerCity || longer && !product && (nickname || power || sportBody || ORG_HEADS.has(runHead) || PLACE_HEADS.has(runHead) || OTHER_HEADS.has(runHead)
        || tokens.slice(i, last + 1).some((t) => ORG_HEADS.has(headOf(t))))) {
        listed = null;
      } else {
        last = listed.last;
      }
    }
    // Connectors never end a name.
    while (!listed && last > i && !isNameWord(tokens[last]) && !(tokens[last - 1].post === '-') && !/^[dl]['’]\p{Lu}/u.test(tokens[last].text)) last--;
    // "the Republican party": a political adjective takes the lower-case "party" that follows it.
    const party = tokens[last + 1];
    if (!listed && party && party.sentence === token.sentence && /^part(?:y|ies)$/u.test(party.text) && /^\s+$/u.test(tokens[last].post)
      && POLITICAL.has(bare(tokens[last]))) {
      const before = last > i ? finishRun(tokens, i, last - 1, lowerWords) : null;
      if (before) found.push(before);
      found.push(makeCandidate(tokens.slice(last, last + 2), 'ORG', undefined, false));
      i = last + 2;
      continue;
    }
    // "Chuck Schumer, D-N.Y., said", "Bill Raggio (R-Reno)": a lawmaker's party letter and home state or town
    // name a place, never a person or a party.
    if (!listed && /^[DRI]-\p{Lu}/u.test(token.text) && /[,(]\s*$/u.test(tokens[i - 1]?.post ?? '') && tokens[i - 1]?.sentence === token.sentence) {
      // ("D-Calif.,": an abbreviation's period before the comma is the place's.)
      const place = makeCandidate(tokens.slice(i, last + 1), 'PLACE', undefined, false);
      const end = /^\.[,)]/u.test(tokens[last].post) ? tokens[last].end + 1 : place.end;
      found.push({ ...place, start: token.start + 2, end, words: [place.words[0].slice(2), ...place.words.slice(1)] });
      i = last + 1;
      continue;
    }
    // "European Commission President Ursula von der Leyen": the organization, then the person it titles.
    const parts = listed ? null : splitRun(tokens, i, last, lowerWords);
    if (parts) {
      found.push(...parts);
      i = last + 1;
      continue;
    }
    const candidate = listed
      ? finishListed(tokens, i, last, listed.type, listed.owned)
      : finishRun(tokens, i, last, lowerWords);
    // ("joined al-Shabaab", "the al-Qaeda affiliate": the Arabic article hyphenated to an organization's name is the name's.)
    // ("loyal to al Qaeda", "al Jazeera": a spaced lower-case "al" too, before a name listed with it.)
    const spacedArticle = i > 0 && tokens[i - 1].text === 'al' && /^ $/u.test(tokens[i - 1].post) && candidate !== null && candidate.lastToken === i
      && KNOWN_ORGS.has(`al ${headOf(token)}`);
    const article = candidate?.type === 'ORG' && candidate.firstToken === i && i > 0 && (isHyphenatedArticle(tokens[i - 1]) || spacedArticle) && tokens[i - 1].sentence === token.sentence;
    const placed = candidate && (candidate.type === 'PERSON' || candidate.type === 'UNKNOWN') && candidate.firstToken === i ? withParticlesBefore(tokens, candidate)
      : candidate && article ? withArticle(tokens, candidate) : candidate;
    // In a Title Case headline, a name of words no list or lexicon knows as names ("Profit Goals") is kept
    // only if the article names it elsewhere ("Lam" for "Carrie Lam").
    // (A given name the lexicon knows opens a person's name there too: "Joe Biden", "Theresa May".)
    const givenFirst = placed !== null && placed.lastToken > placed.firstToken && isLexiconGivenName(headOf(tokens[placed.firstToken]));
    // "the 4th U.S. Circuit Court of Appeals", "the 9th Circuit", "the 56th Senate District": an ordinal opens the name of a court,
    // a district or a unit.
    const ordinal = tokens[i - 1];
    const numbered = ordinal !== undefined && /^\d{1,3}(?:st|nd|rd|th)$/u.test(ordinal.text) && /^ $/u.test(ordinal.post) && ordinal.sentence === token.sentence
      // (The run's head word, the last or the one before "of": not "the 124th Army-Navy Game"; nor a date's day, "January 6th Congress".)
      && ORDINAL_HEADS.test(headOf(tokens.slice(i, last + 1).find((_t, n, run) => run[n + 1]?.lower === 'of') ?? tokens[last]))
      // (A street's word right after the number only: not a ranking before a named street, "the 11th Wall Street bank".)
      && !(STREET_HEADS.test(headOf(tokens[last])) && last > i)
      && !(ordinal.index > 0 && isMonth(tokens[ordinal.index - 1])) && (placed === null || placed.firstToken === i) ? ordinal : undefined;
    if (numbered && !(placed && headlines.has(token.sentence))) {
      const street = STREET_HEADS.test(headOf(tokens[last]));
      const kind = street || /^(?:district|ward|precinct|constituency)$/u.test(headOf(tokens[last])) ? 'PLACE' : 'ORG';
      // ("West 57th Street", "East 10th Avenue": a point of the compass before a numbered street is the street's.)
      const compass = tokens[numbered.index - 1];
      const from = kind === 'PLACE' && compass !== undefined && /^(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest)$/u.test(compass.text) && /^ $/u.test(compass.post)
        && compass.sentence === token.sentence && (found[found.length - 1]?.lastToken !== compass.index || found[found.length - 1].firstToken === compass.index) ? compass.index : numbered.index;
      if (from < numbered.index && found[found.length - 1]?.lastToken === compass.index) found.pop();
      found.push(makeCandidate(tokens.slice(from, (placed?.lastToken ?? last) + 1), !street && (placed?.type === 'ORG' || placed?.type === 'PLACE') ? placed.type : kind, undefined, false));
      i = last + 1;
      continue;
    }
    if (placed && !listed && headlines.has(token.sentence) && !givenFirst && !tokens.slice(placed.firstToken, placed.lastToken + 1).every(isListedNameWord)) {
      found.push({ ...placed, onlyIfKnown: true });
    } else if (placed) found.push(placed);
    i = last + 1;
  }
  return markVessels(tokens, namedByAcronym(tokens, found));
}

/** Last words of names an ordinal opens ("the 9th Circuit", "the 14th Congressional District", "the 82nd Airborne Division", "42nd Street"). */
const ORDINAL_HEADS = /^(?:circuit|court|district|ward|precinct|constituency|division|army|regiment|brigade|battalion|fleet|corps|squadron|infantry|congress|parliament|airborne|street|avenue|boulevard)$/u;

/** A street's word after its number ("42nd Street"). */
const STREET_HEADS = /^(?:street|avenue|boulevard)$/u;

/** Lower-case words for a ship or a boat before its name ("the ferry Glen Sannox"). */
const VESSEL_NOUNS = new Set(['ferry', 'ship', 'vessel', 'tanker', 'freighter', 'yacht', 'liner', 'frigate', 'destroyer', 'submarine', 'cruiser',
  'trawler', 'warship', 'dredger', 'lifeboat', 'icebreaker', 'schooner', 'catamaran']);
/** Letters before a ship's name ("MV Isle of Lewis", "HMS Victory", "USS Nimitz"). */
const SHIP_PREFIXES = /^(?:MV|MS|MT|HMS|HMAS|HMCS|HMNZS|USS|USNS|RMS|INS|SS|FV|RV)$/u;
/** Ship prefixes that are nothing else. */
const SHIP_ONLY_PREFIXES = /^(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|RMS|MV)$/u;

/**
 * Names of ships, no actors: after "the" and a word for a vessel or after a ship's prefix, and the same name anywhere
 * else in the article ("The Caledonian Isles was delayed" after "the ferry Caledonian Isles"); a name with its prefix
 * ("USS Texas") only where it stands. Marked chunk by chunk (`vessel`); `withoutVessels` drops them across the article.
 */
function markVessels(tokens: Token[], found: NameCandidate[]): NameCandidate[] {
  return found.map((c) => {
    const before = tokens[c.firstToken - 1];
    const first = tokens[c.firstToken];
    const prefixLike = (token: Token): boolean => token.text.length >= 2 && token.text.length <= 5 && SHIP_PREFIXES.test(token.text);
    if (!(before !== undefined && (VESSEL_NOUNS.has(before.text) || prefixLike(before))) && !prefixLike(first)) return c;
    // (After "the" or "a" and the vessel word, "the tanker"; not "to ship Ukraine's grain". A prefix that is also initials or a
    // firm's letters, "MS Dhoni", "SS Lazio", only after "the": "the MS Estonia".)
    const article = (at: number): boolean => /^(?:the|a|an)$/u.test(tokens[at]?.lower ?? '') && tokens[at].sentence === first.sentence;
    const prefix = (token: Token, at: number): boolean => prefixLike(token) && (SHIP_ONLY_PREFIXES.test(token.text) || article(at - 1));
    // (Not a name the lists know: "the tanker Iran seized", "the ship Greenpeace chartered".)
    const listed = (): boolean => tokens.slice(c.firstToken, c.lastToken + 1).some((t) => isListedPlace(t) || KNOWN_ORGS.has(headOf(t)) || hasAny(t, [...PLACE_TAGS, 'Organization']));
    if (before !== undefined && before.sentence === first.sentence && /^ $/u.test(before.post)
      && ((VESSEL_NOUNS.has(before.text) && article(before.index - 1)) || prefix(before, before.index)) && !listed()) return { ...c, vessel: 'named' as const };
    if (c.lastToken > c.firstToken && prefix(first, c.firstToken)) return { ...c, vessel: 'prefixed' as const };
    return c;
  });
}

/** The candidates without ships' names (see `markVessels`): a ship named after its vessel word is none of the article's actors anywhere. */
export function withoutVessels(tokens: Token[], found: NameCandidate[]): NameCandidate[] {
  if (!found.some((c) => c.vessel !== undefined)) return found;
  const words = (c: NameCandidate): string => tokens.slice(c.firstToken, c.lastToken + 1).map((t) => t.text).join(' ').replace(/['’]s$/u, '');
  const ships = new Set(found.filter((c) => c.vessel === 'named').map(words));
  return found.filter((c) => c.vessel !== 'prefixed' && !ships.has(words(c)));
}

/**
 * "The Social Democrats (SPO)", "the Law and Justice (PiS) party": words the shape rules left unsure of, or two of them
 * joined by "and", before an acronym in brackets that spells them, are an organization's name.
 */
function namedByAcronym(tokens: Token[], found: NameCandidate[]): NameCandidate[] {
  const acronymAfter = (candidate: NameCandidate): Token | undefined => {
    const open = tokens[candidate.lastToken];
    const acronym = tokens[candidate.lastToken + 1];
    return /^\s\($/u.test(open.post) && acronym !== undefined && /^\)/u.test(acronym.post) && /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(acronym.text)
      && (acronym.text.match(/\p{Lu}/gu) ?? []).length >= 2 && !KNOWN_PLACES.has(acronym.text.toLowerCase()) && !KNOWN_ORGS.has(acronym.text.toLowerCase())
      // (Its first letter the name's, or an acronym of another language in mixed case: "Law and Justice (PiS)".)
      && (acronym.text[0] === tokens[candidate.firstToken].text[0] || /\p{Ll}/u.test(acronym.text))
      // (Not a term's plural acronym, "Least Developed Countries (LDCs)", nor one qualifying a noun, "Search and Rescue (SAR) teams".)
      && !/s$/u.test(acronym.text) && !qualifiesNoun(tokens[acronym.index + 1]) ? acronym : undefined;
  };
  const qualifiesNoun = (next: Token | undefined): boolean => next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb')
    && !/^(?:party|parties|coalition|alliance|bloc|movement|government|leader|members?)$/u.test(next.text);
  const unsure = (candidate: NameCandidate): boolean => (candidate.type === 'UNKNOWN' || candidate.weak) && candidate.type !== 'PLACE';
  const result: NameCandidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const candidate = found[k];
    const next = found[k + 1];
    // (Two unsure names joined by "and" before the acronym: "Law and Justice (PiS)".)
    if (next !== undefined && unsure(candidate) && unsure(next) && next.firstToken === candidate.lastToken + 2 && tokens[candidate.lastToken + 1].lower === 'and'
      && acronymAfter({ ...next, firstToken: candidate.firstToken })) {
      result.push(makeCandidate(tokens.slice(candidate.firstToken, next.lastToken + 1), 'ORG', undefined, false));
      k++;
      continue;
    }
    // "the United Nations Mission in South Sudan (UNMISS)", "the International Commission Against Impunity in Guatemala
    // (CICIG)": a body and the place it works "in" are one name when the acronym after them ends with the place's initials.
    if (next !== undefined && candidate.type === 'ORG' && next.type === 'PLACE' && next.firstToken === candidate.lastToken + 2
      && tokens[candidate.lastToken + 1].lower === 'in' && /^ $/u.test(tokens[candidate.lastToken].post)) {
      const acronym = tokens[next.lastToken + 1];
      const initials = tokens.slice(next.firstToken, next.lastToken + 1).map((t) => t.text[0]).join('');
      if (acronym !== undefined && /^\s\($/u.test(tokens[next.lastToken].post) && /^\)/u.test(acronym.post) && /^\p{Lu}{3,8}$/u.test(acronym.text)
        && acronym.text.endsWith(initials) && acronym.text.length > initials.length + 1
        // (Not the body's own acronym: "the International Organization for Migration in Mozambique (IOM)".)
        && acronym.text.length > tokens.slice(candidate.firstToken, candidate.lastToken + 1).filter((t) => /^\p{Lu}/u.test(t.text)).length) {
        result.push(makeCandidate(tokens.slice(candidate.firstToken, next.lastToken + 1), 'ORG', undefined, false));
        k++;
        continue;
      }
    }
    // (One name of a people or a party in the plural, "Social Democrats": not a term, "Compact Fluorescent Light (CFL)".)
    result.push(unsure(candidate) && candidate.lastToken > candidate.firstToken && /^\p{Lu}\p{Ll}+s$/u.test(tokens[candidate.lastToken].text) && acronymAfter(candidate)
      ? { ...candidate, type: 'ORG', weak: false, onlyIfKnown: false, onlyIfNamed: false } : candidate);
  }
  return result;
}

/**
 * A run of capitalized words that holds two names, split: an organization and the person its title
 * names ("European Commission President Ursula von der Leyen", "National Beverage Corp. Chief Executive
 * Nick Caporella", "North Miami Assistant Police Chief Neal Cuevas" → the place, the rank in the role),
 * or an organization or a place right before a given name and a surname ("The Wall Street Journal Evan
 * Gershkovich", a comma left out; "the Duchy of Lancaster Oliver Dowden"). Null when the run is one name.
 */
function splitRun(tokens: Token[], i: number, last: number, lowerWords: WordSet): NameCandidate[] | null {
  // "Oscar-winning American cinematographer", "Iran-backed Houthi rebels": a compound adjective ("-winning",
  // "-backed") inside the run ends the name before it; the words after it are a name of their own, if any.
  // "Wallabies No.10 Noah Lolesio": a shirt number between the team and the player.
  // (Not "World No.1 Jannik Sinner", "Top Seed No.1": a ranking; nor "Court No.2 Arthur Ashe": one word after it.)
  const shirt = tokens.slice(i + 1, last).findIndex((t) => /^No\.?\d{1,2}$/u.test(t.text));
  if (shirt >= 0 && last - (i + shirt + 1) >= 2) {
    const team = finishRun(tokens, i, i + shirt, lowerWords);
    const player = finishRun(tokens, i + shirt + 2, last, lowerWords);
    const ranking = tokens.slice(i, i + shirt + 1).some((t) => isCommonWord(headOf(t)) || lowerWords.has(headOf(t)) || /^(?:world|top|seed|court|number)$/u.test(headOf(t)));
    const club = team && !ranking && (team.type === 'UNKNOWN' || team.weak || team.type === 'PERSON')
      ? { ...team, type: 'ORG' as const, weak: false, onlyIfKnown: false, onlyIfNamed: false } : ranking ? null : team;
    return [club, player].filter((c): c is NameCandidate => c !== null);
  }
  const compound = tokens.slice(i + 1, last).findIndex((t) => /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && tokens[t.index - 1].post === '-' && /^\s+$/u.test(t.post));
  if (compound >= 0) {
    const at = i + 1 + compound;
    const rest = finishRun(tokens, at + 1, last, lowerWords);
    // ("California-based SpaceX": what is based somewhere and named is an organization.)
    const based = tokens[at].text === 'based' && rest !== null && (rest.type === 'UNKNOWN' || rest.weak) ? { ...rest, type: 'ORG' as const, weak: false } : rest;
    return [finishRun(tokens, i, at, lowerWords), based].filter((c): c is NameCandidate => c !== null);
  }
  // ("District Attorney", "Commonwealth's Attorney", "State's Attorney": a prosecutor's title of two words.)
  const prosecutor = (j: number): boolean => /^(?:district|commonwealth|state)$/u.test(headOf(tokens[j])) && bare(tokens[j + 1] ?? tokens[j]) === 'attorney';
  const titledName = (from: number): boolean => {
    let j = from;
    while (j <= last && ((TITLE_WORDS.has(bare(tokens[j])) && !HONORIFICS.has(bare(tokens[j]))) || prosecutor(j))) j++;
    return j > from && j <= last && isNameWord(tokens[j]) && !HONORIFICS.has(bare(tokens[j]));
  };
  const found: NameCandidate[] = [];
  // (A legislature may stand alone before the title: "Senate Majority Leader Chuck Schumer".)
  // ("Bank Indonesia Governor Perry Warjiyo": a bank named by "Bank" and its place before the title.)
  const bankOf = (t: Token, k: number): boolean => k === 1 && headOf(tokens[i]) === 'bank' && isListedPlace(t);
  // ("Bank of Thailand Governor Sethaput …": an organization's "of" and its place before the title.)
  const bodyOfPlace = (t: Token, k: number): boolean => k >= 2 && tokens[i + k - 1].lower === 'of' && ORG_HEADS.has(headOf(tokens[i + k - 2])) && isListedPlace(t);
  const split = tokens.slice(i, Math.max(i, last - 1)).findIndex((t, k) => (ORG_HEADS.has(headOf(t)) || bankOf(t, k) || bodyOfPlace(t, k)) && (k > 0 || LEGISLATURES.has(headOf(t))) && titledName(i + k + 1));
  if (split >= 0) {
    const rank = tokens.slice(i + 1, i + split).findIndex((t) => RANKS.has(headOf(t))) + 1;
    // ("Chief Cabinet Secretary Yoshimasa Hayashi": one title word before the organization's word makes the whole a title.)
    // (Not a portfolio or a place's word that is a title word too: "State Department Spokesman Ned Price".)
    const titleFirst = split === 1 && /^(?:chief|acting|deputy|assistant|senior|interim|principal|lead)$/u.test(bare(tokens[i]));
    const organization = titleFirst ? null : finishRun(tokens, i, rank > 0 ? i + rank - 1 : i + split, lowerWords);
    if (organization) found.push(organization);
    const person = finishRun(tokens, i + split + 1, last, lowerWords);
    // (A legislature or a ministry opens the role too: "Senate Minority Leader Mitch McConnell", "Interior Ministry
    // Spokesman …"; a company stays out of it: "National Beverage Corp Chief Executive Nick Caporella".)
    let roleStart = rank > 0 ? i + rank : i;
    while (roleStart < i + split && NOT_NAMES.has(bare(tokens[roleStart]))) roleStart++;
    const governing = LEGISLATURES.has(headOf(tokens[i + split])) || /^(?:ministry|department)$/u.test(headOf(tokens[i + split]));
    if (person && person.role && (rank > 0 || governing || titleFirst)) {
      found.push({ ...person, role: `${tokens.slice(roleStart, i + split + 1).map((t) => t.text).join(' ')} ${person.role}` });
    } else if (person) found.push(person);
    return found;
  }
  // "Ipswich Mayor Teresa Harding", "Kisumu County Commissioner Lonah Odero", "Texas Governor Greg Abbott": a
  // place before the title is named on its own, and opens the role too.
  // (Not "Washington State University Simon Ličen": no organization word after the place.)
  const placeEnd = tokens.slice(i, Math.min(last - 1, i + 5)).findIndex((t, k) => /^\s+$/u.test(t.post) && titledName(i + k + 1)
    && isPlaceBeforeTitle(tokens.slice(i, i + k + 1)) && !tokens.slice(i + k + 1, last + 1).some((w) => ORG_HEADS.has(headOf(w))));
  if (placeEnd >= 0) {
    const place = finishRun(tokens, i, i + placeEnd, lowerWords);
    const person = finishRun(tokens, i + placeEnd + 1, last, lowerWords);
    if (place?.type === 'PLACE' && person?.type === 'PERSON') {
      const placeText = tokens.slice(i, i + placeEnd + 1).map((t, k) => t.text + (k < placeEnd ? t.post : '')).join('');
      return [place, { ...person, role: person.role ? `${placeText} ${person.role}` : person.role }];
    }
  }
  // "PPP Yusuf Raza Gillani", "PML-N Nawaz Sharif": a party's acronym right before a person's full name.
  let acronymEnd = i;
  while (acronymEnd < last && tokens[acronymEnd].post === '-' && /^\p{Lu}+$/u.test(tokens[acronymEnd].text)) acronymEnd++;
  const rest = tokens.slice(acronymEnd + 1, last + 1);
  const personAfter = (): boolean => {
    const kind = classify(rest, false, tokens[acronymEnd], tokens[last + 1], lowerWords);
    return kind.type === 'PERSON' && !kind.weak;
  };
  if ((acronymEnd > i || isAllCaps(tokens[i])) && /^\p{Lu}+$/u.test(tokens[acronymEnd].text) && rest.length >= 2 && /^\s+$/u.test(tokens[acronymEnd].post)
    && !COMMON_ACRONYMS.has(headOf(tokens[acronymEnd])) && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && personAfter()) {
    const party = finishRun(tokens, i, acronymEnd, lowerWords);
    const person = finishRun(tokens, acronymEnd + 1, last, lowerWords);
    return [party, person].filter((c): c is NameCandidate => c !== null);
  }
  // ("director general of antiquities in Luxor Mostafa Waziri": a place after "in" before the official.)
  const ofPlace = (k: number): boolean => /^(?:of|in|at|from)$/u.test(lower(tokens[i - 1] ?? tokens[i])) && !PLACE_HEADS.has(headOf(tokens[last]))
    && !PLACE_PREFIXES.has(headOf(tokens[i]))
    && tokens.slice(i, i + k + 1).every((p) => hasAny(p, PLACE_TAGS) || KNOWN_PLACES.has(headOf(p)));
  const given = tokens.slice(i + 1, last).findIndex((t, k) => hasAny(t, GIVEN_NAME_TAGS) && !TITLE_WORDS.has(bare(t))
    && isNameWord(tokens[i + k + 2]) && !ORG_HEADS.has(headOf(tokens[i + k + 2])) && /^\s+$/u.test(tokens[i + k].post)
    && (ORG_HEADS.has(headOf(tokens[i + k])) || ofPlace(k)));
  if (given < 0) return null;
  const before = finishRun(tokens, i, i + given, lowerWords);
  if (before) found.push(before);
  const person = finishRun(tokens, i + given + 1, last, lowerWords);
  if (person) found.push(person);
  return found;
}

/** A place's name written before an official's title: every word a known place, or capitalized words and an area word. */
// (Not a legislature: "Tory House Leader Todd Smith".)
// ("Western Bay of Plenty Mayor Graeme Weld": an "of" inside the place, and a point of the compass before a listed one.)
function isPlaceBeforeTitle(run: Token[]): boolean {
  const world = isWorldPlace(run);
  // (The words after the first one as a phrase of the world list, "Bay of Plenty" of "Western Bay of Plenty".)
  const phraseAfterFirst = WORLD_PLACE_PHRASE_LIST.has(withoutMarks(run.slice(1).map(headOf).join(' ')));
  // (A longer run only through the world list: not "East Bay Municipal Utility District General Manager".)
  if (run.length > 3 && !world && !phraseAfterFirst) return false;
  return run.every((t, n) => (t.text === 'of' && n > 0 && n < run.length - 1)
    || (/^\p{Lu}/u.test(t.text) && !TITLE_WORDS.has(bare(t)) && !LEGISLATURES.has(headOf(t)) && headOf(t) !== 'house'))
    && (world || (run.length > 2 && /^(?:Western|Eastern|Northern|Southern|Central|West|East|North|South)$/u.test(run[0].text)
      && (isWorldPlace(run.slice(1)) || phraseAfterFirst))
      || (run.length === 1 ? KNOWN_PLACES.has(headOf(run[0])) : run.every((t) => hasAny(t, PLACE_TAGS) || KNOWN_PLACES.has(headOf(t)))
      || PLACE_CLASSES.has(bare(run[run.length - 1]))));
}

/** A word a list or compromise's lexicon knows as part of a name ("Joe", "Biden", "Beijing", "Apple"). */
function isListedNameWord(token: Token): boolean {
  const tag = lexiconTag(headOf(token));
  return (tag !== undefined && (PERSON_TAGS.includes(tag) || PLACE_TAGS.includes(tag) || tag === 'Organization' || tag === 'Country'))
    || KNOWN_PLACES.has(headOf(token)) || KNOWN_ORGS.has(headOf(token)) || isWorldPlace([token]) || isAllCaps(token);
}

/** A word the lexicon or the article knows in lower case ("Falls", "Clash", "Visits", "Protesters"). */
function isOrdinaryWord(token: Token, lowerWords: WordSet, afterGivenName = false): boolean {
  const head = headOf(token);
  // ("Finally", "Rotating": an adverb or a participle of a word the lexicon knows.)
  const derived = /^\p{L}{3,}ly$/u.test(head) ? [head.slice(0, -2), `${head.slice(0, -3)}y`] : ingStems(head);
  // ("Dies", "Wins": a verb's present "-s" form, which no name takes in a headline.)
  const presentVerb = token.tags.has('Verb') && token.tags.has('PresentTense') && /\p{Ll}s$/u.test(token.text) && !hasAny(token, ['ProperNoun', 'Person']) && !afterGivenName;
  return isCommonWord(head) || isCommonWord(head.replace(/(?<=[^s])s$/u, '')) || lowerWords.has(head) || NOT_NAMES.has(head) || derived.some(isCommonWord) || presentVerb;
}

/**
 * Sentences that are a line of their own written in Title Case ("Apple Stock Falls After Failing to Meet
 * Profit Goals"): four words or more, no full stop at the end, nearly all capitalized, two of them or more
 * ordinary words (a line of names, "Boris Johnson and Theresa May", has no such words); or a subheading of
 * two or three ordinary words in capitals.
 */
function titleCaseLines(tokens: Token[], lowerWords: WordSet): Set<number> {
  const lines = new Set<number>();
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[first].sentence) last++;
    const line = tokens.slice(first, last + 1);
    const words = line.filter((t) => /\p{L}/u.test(t.text));
    const ownLine = (first === 0 || tokens[first - 1].post.includes('\n')) && (last === tokens.length - 1 || tokens[last].post.includes('\n'))
      && !/[.!?]/u.test(tokens[last].post);
    // (Not a list or a caption: "Terminal 3: Delta, Frontier, Hawaiian, JetBlue", "St. Jerome in His Study (1480), by …";
    // and not a sentence: its lower-case words are only the small ones Title Case leaves small. A colon after
    // the first word is a headline's kicker: "Nigeria: Govt Activates Emergency Centre …".)
    // (Commas make a list or an address only between short items: "Akira Toriyama, Legendary Manga Artist and
    // Creator of Dragon Ball, Dies at 68" is a headline with an appositive.)
    const items: number[] = [0];
    for (const t of line) {
      items[items.length - 1]++;
      if (t.post.includes(',')) items.push(0);
    }
    // (Nor is a colon before a quotation: "Huawei’s Rotating Chairman Finally Speaks Out: “We Are Facing …”".)
    const listLike = line.some((t, k) => (/[:(]/u.test(t.post) && !(k === 0 && /^:\s+$/u.test(t.post)) && !/^:\s*[“"‘']$/u.test(t.post)) || /[(]/u.test(t.pre))
      || (items.length > 2 && items.every((n) => n <= 4));
    const sentenceCase = words.some((t) => /^\p{Ll}/u.test(t.text) && !TITLE_SMALL_WORDS.has(t.lower));
    // (A short subheading in capitals of ordinary words only, "HOMEGROWN TECHNOCRAT", is one too.)
    if (ownLine && words.length >= 2 && words.length < 4 && words.every((t) => isAllCaps(t) && isOrdinaryWord(t, lowerWords))) lines.add(tokens[first].sentence);
    if (ownLine && words.length >= 4 && !listLike && !sentenceCase) {
      const capitalized = words.filter(isUpperInitial);
      const ordinary = capitalized.filter((t) => !NAME_CONNECTORS.has(lower(t)) && isOrdinaryWord(t, lowerWords) && !ORG_HEADS.has(headOf(t)) && !PLACE_HEADS.has(headOf(t)));
      // ("Father of Murdered Police Officer Warns of Downside of Forcing Killers to Attend Sentencing": small words
      // may make up a third of it.)
      if (capitalized.length * 3 >= words.length * 2 && ordinary.length >= 2) lines.add(tokens[first].sentence);
    }
    first = last + 1;
  }
  return lines;
}

/** A surname with the lower-case particles written right before it, a person's: "von der Leyen", "de Gaulle". */
function withParticlesBefore(tokens: Token[], candidate: NameCandidate): NameCandidate {
  let first = candidate.firstToken;
  while (first - 1 >= 0 && candidate.firstToken - first < 3 && LEADING_PARTICLES.has(tokens[first - 1].text) && /^ $/u.test(tokens[first - 1].post)
    && tokens[first - 1].sentence === tokens[candidate.firstToken].sentence) first--;
  // "showed al-Sadr's party": the Arabic article hyphenated to a surname is the surname's.
  if (first === candidate.firstToken && first > 0 && isHyphenatedArticle(tokens[first - 1])
    && tokens[first - 1].sentence === tokens[first].sentence) first--;
  if (first === candidate.firstToken) return candidate;
  const run = tokens.slice(first, candidate.lastToken + 1);
  // ("to al-Hudaydah": unless the whole is a listed place.)
  const type = isWorldPlace(run) && !hasAny(tokens[candidate.firstToken], PERSON_WORD_TAGS) ? 'PLACE' : 'PERSON';
  return { ...makeCandidate(run, type, candidate.role, false), ...(candidate.kindFromContext ? { kindFromContext: true } : {}) };
}

/** The candidate with the hyphenated Arabic article before it ("al-Shabaab"), its kind and flags kept. */
function withArticle(tokens: Token[], candidate: NameCandidate): NameCandidate {
  const { start, firstToken, words } = makeCandidate(tokens.slice(candidate.firstToken - 1, candidate.lastToken + 1), candidate.type, candidate.role, candidate.weak);
  return { ...candidate, start, firstToken, words };
}

function finishListed(tokens: Token[], first: number, last: number, type: ActorType, owned = false): NameCandidate {
  const run = tokens.slice(first, last + 1);
  const candidate = makeCandidate(run, type, undefined, false);
  return owned ? { ...candidate, end: tokens[last].end } : candidate;
}

/** Known to compromise only as a noun ("bos", "price"), not as a verb, adjective or function word. */
function isNounOnly(word: string): boolean {
  const tag = lexiconTag(word) ?? lexiconTag(word.replace(/(?<=[^s])s$/u, ''));
  return tag === 'Singular' || tag === 'Plural' || tag === 'Noun';
}

/** Known to compromise as an ordinary word, not a name. */
function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && !PERSON_TAGS.includes(tag) && !PLACE_TAGS.includes(tag) && tag !== 'Organization';
}

/** "Civil Defense Authority", "Civic Party": a capitalized run that ends with an organization or place word. */
function endsWithNameHead(run: Token[]): boolean {
  const head = headOf(run[run.length - 1]);
  return run.length > 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head));
}

/** Titles of those who rule a place: "premier of Victoria", "the governor of Georgia". */
const RULERS = new Set(['premier', 'governor', 'mayor', 'president', 'king', 'queen', 'bishop', 'archbishop', 'sultan', 'emir', 'prince',
  'princess', 'duke', 'duchess', 'emperor', 'empress', 'tsar']);

/** "Man of the Match", "Player of the Year", "Woman of the Year": an award's title, no part of the sponsor's name before it. */
const AWARD_PEOPLE = new Set(['man', 'woman', 'player', 'person', 'athlete', 'rookie', 'goalkeeper', 'footballer', 'cricketer', 'sportsman', 'sportswoman']);
const opensAwardTitle = (tokens: Token[], token: Token): boolean => AWARD_PEOPLE.has(bare(token)) && isUpperInitial(token)
  && tokens[token.index + 1]?.lower === 'of' && tokens[token.index + 2]?.lower === 'the' && isUpperInitial(tokens[token.index + 3] ?? token) && tokens[token.index + 3] !== undefined;
/** Awards named by one word: "an Oscar", "a Pulitzer finalist". */
/** Newspapers known by one word after "the" ("told the Guardian", "The Times reported"). */
const NEWSPAPERS = new Set(['guardian', 'times', 'telegraph', 'observer', 'independent', 'economist', 'mirror', 'scotsman', 'spectator']);
const AWARDS = new Set(['oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'pulitzer', 'nobel', 'booker', 'bafta', 'baftas', 'olivier']);

/** People in plural after the name of what they belong to: "Aramco CEOs", "Tory MPs". */
const MEMBERS = new Set([...MEMBER_NOUNS, 'ceos', 'executives', 'spokesmen', 'ambassadors', 'governors', 'mayors', 'officials', 'prosecutors',
  'chairmen', 'coaches', 'envoys', 'diplomats']);

/** A title in the plural: "Ministers", "CEOs". */
const isPluralTitle = (token: Token): boolean => /s$/u.test(headOf(token)) && TITLE_WORDS.has(headOf(token).slice(0, -1));

/** Title words that only qualify the title after them: "Prime Minister", "Vice President", "Foreign Secretary". */
const TITLE_QUALIFIERS = new Set(['prime', 'vice', 'foreign', 'defense', 'defence', 'interior', 'finance', 'home', 'state', 'shadow', 'acting',
  'former', 'late', 'health', 'majority', 'minority', 'opposition']);

/** A word of two or three letters with a capital: "To", "Or", "So" as surnames. */
const isShortCapitalized = (token: Token): boolean => /^\p{Lu}\p{Ll}{1,2}$/u.test(token.text);

/**
 * "James To", "Wilson Or": a short function word written with a capital mid-sentence right after a
 * person's name word is a surname (Cantonese "To", "Or", "So"), not the word that would end the name.
 */
function isFunctionWordSurname(run: Token[]): boolean {
  if (run.length < 2) return false;
  const [name, last] = run.slice(-2);
  return isShortCapitalized(last) && /^ $/u.test(name.post) && hasAny(name, PERSON_TAGS) && !CALENDAR_WORDS.has(bare(last));
}

/**
 * A lone capitalized word compromise reads as an adjective, adverb or verb ("Daly explained", "that Frank and
 * his colleagues", "Young said"), standing on its own rather than modifying the word after it ("Young people",
 * "Frank talks"): kept only as the name of a person the article introduced by a full name.
 */
function loneNameWord(tokens: Token[], run: Token[]): NameCandidate | null {
  if (run.length !== 1) return null;
  const only = run[0];
  if (!hasAny(only, ['Adjective', 'Adverb', 'Verb']) || hasAny(only, [...CLOSED_CLASS_TAGS, 'Modal', 'Copula', 'Demonym']) || CALENDAR_WORDS.has(bare(only))) return null;
  return aloneAsName(tokens, only) ? namedOnly(run) : null;
}

/** A capitalized word shaped like a name, no interjection nor listed non-name, standing on its own (see `standsAlone`). */
const aloneAsName = (tokens: Token[], only: Token): boolean => /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(only.text) && !NOT_NAMES.has(bare(only))
  && !only.tags.has('Expression') && standsAlone(tokens, only);

/**
 * A word that is no modifier of the word after it: a verb (see `verbAfter`), a conjunction, a comma or the
 * sentence's end follows.
 */
function standsAlone(tokens: Token[], only: Token): boolean {
  const next = tokens[only.index + 1];
  // (Opening a sentence, only before a verb or an age: not "Rather, the network apologized", "Young and old came".)
  if (opensSentence(tokens, only)) {
    return next !== undefined && next.sentence === only.sentence && ((verbAfter(tokens, next) && /^ $/u.test(only.post))
      || (/^,\s+$/u.test(only.post) && /^\d{1,3}$/u.test(next.text)));
  }
  if (next === undefined || next.sentence !== only.sentence || POSSESSIVE.test(only.text) || /[,;:.!?)”"’—–]/u.test(only.post)
    || /^(?:and|or|who|whose|was|is|has|had|said|says|told)$/u.test(next.lower)) return true;
  return verbAfter(tokens, next);
}

/**
 * A lower-case verb after a name, not a gerund nor a present "-s" form with no object ("Bush fires spread", "Frank
 * talks followed": such a form is as often the plural noun the name modifies).
 */
function verbAfter(tokens: Token[], next: Token): boolean {
  if (!next.tags.has('Verb') || next.tags.has('Gerund') || !/^\p{Ll}/u.test(next.text)) return false;
  return !(next.tags.has('PresentTense') && /s$/u.test(next.text) && !objectAfter(tokens[next.index + 1]));
}

/** A candidate kept only as a word of a person the article introduced by a full name. */
const namedOnly = (run: Token[]): NameCandidate => ({ ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true, onlyIfNamed: true });

/** True when the token opens its sentence, a quotation or a bracket ("He asked: “Will Biden run?”"). */
const opensSentence = (tokens: Token[], head: Token): boolean => head.index === 0 || tokens[head.index - 1].sentence !== head.sentence
  || /[“"‘'(\-—–:]\s*$/u.test(tokens[head.index - 1].post);

function finishRun(tokens: Token[], first: number, last: number, lowerWords: WordSet): NameCandidate | null {
  let run = tokens.slice(first, last + 1);
  // ("Former Soviet-era officials", "Victorian-style homes": a name made an adjective of time or manner names no one; a name
  // before it stays one, "In Havana Soviet-era cars".)
  // (A person's name before it stays: "Mubarak-era ministers".)
  if (run.length >= 2 && run[run.length - 2].post === '-' && /^(?:era|style)$/u.test(run[run.length - 1].text)) {
    // (Not a surname in "-i": "Berlusconi-era", "Morsi-era".)
    const adjective = hasAny(run[run.length - 2], ['Demonym']) || DEMONYM_SHAPE.test(run[run.length - 2].text) || ['Adjective', 'Demonym'].includes(lexiconTag(lower(run[run.length - 2])) ?? '');
    if (run.length === 2 && adjective) return null;
    run = run.slice(0, adjective ? -2 : -1);
    last -= adjective ? 2 : 1;
  }
  // ("Kenton County Commonwealth's Attorney Rob Sanders", "Cook County State's Attorney": the prosecutor's title is no part of the place.)
  if (run.length >= 2 && /^(?:commonwealth|state)$/u.test(headOf(run[run.length - 1])) && POSSESSIVE.test(run[run.length - 1].text) && tokens[last + 1]?.text === 'Attorney') {
    run = run.slice(0, -1);
    last--;
  }
  // ("The Electoral Commission Chair, Kwadwo Afari-Gyan,": a title after an organization's head word is the person's, not
  // the organization's name.)
  if (run.length - (NOT_NAMES.has(lower(run[0])) ? 1 : 0) >= 3 && (TITLE_WORDS.has(headOf(run[run.length - 1])) || headOf(run[run.length - 1]) === 'chair') && !ORG_HEADS.has(headOf(run[run.length - 1])) && ORG_HEADS.has(headOf(run[run.length - 2]))
    && !TITLE_WORDS.has(headOf(run[0]))
    && isUpperInitial(run[run.length - 1]) && !POSSESSIVE.test(run[run.length - 2].text)) {
    run = run.slice(0, -1);
    last--;
  }
  // ("Kosovo Serbs", "Bosnian Croats", "Iraqi Kurds": a people in the plural after its place or its adjective is no name; the
  // place stays one.)
  if (run.length === 2 && (PEOPLES.test(run[1].text) || (run[1].tags.has('Demonym') && run[1].tags.has('Plural'))) && /^ $/u.test(run[0].post)
    && (hasAny(run[0], ['Demonym']) || DEMONYM_SHAPE.test(run[0].text) || /^\p{Lu}\p{Ll}+i$/u.test(run[0].text) || isListedPlace(run[0]))) {
    if (!isListedPlace(run[0]) && !hasAny(run[0], ['Country', 'City', 'Region'])) return null;
    run = run.slice(0, 1);
    last = first;
  }
  // ("WHO said cases rose", "WHO and the ministry": the World Health Organization's letters, not "who" written in capitals — unless
  // the line around it is in capitals too.)
  const shouted = (token: Token | undefined): boolean => token !== undefined && token.sentence === run[0].sentence && /^\p{Lu}{2,}$/u.test(token.text) && token.text !== 'WHO';
  // (Nor a label before a colon, "WHO: Anyone over 12", nor a word stressed before a pronoun, "I don't care WHO you are".)
  if (run.length === 1 && run[0].text === 'WHO' && !shouted(tokens[first - 1]) && !shouted(tokens[first + 1]) && !/^\s*:/u.test(run[0].post)
    && !(tokens[first + 1]?.tags.has('Pronoun') ?? false)) return makeCandidate(run, 'ORG', undefined, false);
  // ("The Hon William Davis": "Hon" after "the" is the style of a member, no name; "Hon Hai", "Hon Lik" are names.)
  if (run.length > 2 && run[0].text === 'Hon' && tokens[first - 1]?.lower === 'the' && isUpperInitial(run[1])) run = run.slice(1);
  else if (run.length > 3 && run[0].text === 'The' && run[1].text === 'Hon' && isUpperInitial(run[2])) run = run.slice(2);
  // "Martin Luther King Jr.", "Richard T. Bissen Jr.": the corpus leaves the generation out of the span (which says a person's).
  // ("the Ministry of Health of the Portuguese government": "of the" and a nationality before a lower-case noun are the phrase's.)
  if (run.length > 4 && hasAny(run[run.length - 1], ['Demonym']) && lower(run[run.length - 2]) === 'the' && lower(run[run.length - 3]) === 'of'
    && /^\p{Ll}/u.test(tokens[last + 1]?.text ?? '')) run = run.slice(0, -3);
  const generation = run.length > 1 && /^(?:Jr|Sr)$/u.test(run[run.length - 1].text) && /^\p{Lu}\p{Ll}/u.test(run[run.length - 2].text);
  if (generation) run = run.slice(0, -1);
  // ("William J. Hochul, Jr. said", "Gov. Roy Cooper (D) said", "Michael Numa, SAN,": a generation, a party's letter in brackets or
  // letters of an honour or a degree after a name's comma are no name of their own.)
  if (run.length === 1 && (/^(?:Jr|Sr)$/u.test(run[0].text) || (/^\p{Lu}$/u.test(run[0].text) && /\(\s*$/u.test(tokens[first - 1]?.post ?? '') && /^\s*\)/u.test(run[0].post))
    || (LETTERS_AFTER_NAME.has(run[0].text.replace(/\./gu, '')) && /^,\s+$/u.test(tokens[first - 1]?.post ?? '') && isUpperInitial(tokens[first - 1])
      && !postalAfterTown(tokens, run[0]) && !(run[0].text.includes('.') && isListedPlace(tokens[first - 1]))))) return null;
  const lone = loneNameWord(tokens, run);
  // "former deputy foreign minister To Anh Dung": a short function word with a capital right after a role
  // noun opens the name (Vietnamese "To", Cantonese "Or").
  const opensAfterRole = (head: Token, runLength: number): boolean => !opensSentence(tokens, head) && runLength > 1 && isShortCapitalized(head)
    && /^\p{Ll}/u.test(tokens[head.index - 1]?.text ?? '') && isRoleNoun(tokens[head.index - 1].text) && /^ $/u.test(tokens[head.index - 1].post);
  // Leading function words and sentence-initial common words ("The", "But", "In") are not names.
  while (run.length > 0) {
    const head = run[0];
    const word = bare(head);
    const sentenceStart = opensSentence(tokens, head);
    // Mid-sentence, a capitalized word compromise reads as a verb or adverb is still a name ("Dries Mertens").
    // A sentence-initial "verb" compromise only guessed from the ending ("Galois" → Verb) may be a name.
    // "Downing Street said", "Building Society said": a sentence-initial verb form right before a name head is part of the name.
    const surnameAfterRole = opensAfterRole(head, run.length);
    const title = run.length > 1 && TITLE_WORDS.has(word) && isNameWord(run[1]);
    // ("Judge Peter Newman dismissed …", "Coach Tom Reed …": a title the tagger read as a verb before a given name.)
    const titleBeforeName = title && run.length > 2 && hasAny(run[1], GIVEN_NAME_TAGS);
    // ("Erling Haaland struck twice": an "-ing" word no lexicon knows, from no verb it knows, before a name word.)
    const unknownIng = run.length > 1 && /^\p{Lu}\p{Ll}+ing$/u.test(head.text) && lexiconTag(bare(head)) === undefined && !ingStems(bare(head)).some(isCommonWord);
    // ("Rached Ghannouchi, a critic, …", "Fareed Osman said": a given name in "-ed" the tagger read as a verb, before a surname
    // no list knows, then a comma or a verb; not "Jailed Kremlin critic …", "Ousted Morsi supporters".)
    const afterTwo = tokens[head.index + 2];
    const unknownEd = run.length === 2 && /^\p{Lu}\p{Ll}+ed$/u.test(head.text) && lexiconTag(bare(head)) === undefined && !lowerWords.has(bare(head))
      && /^\p{Lu}\p{Ll}+$/u.test(run[1].text) && [undefined, 'LastName', 'Person'].includes(lexiconTag(bare(run[1]))) && !TITLE_WORDS.has(bare(run[1]))
      && !ORG_HEADS.has(bare(run[1])) && !PLACE_HEADS.has(bare(run[1])) && !hasAny(run[1], [...PLACE_TAGS, 'Organization', 'Plural'])
      && afterTwo !== undefined && afterTwo.sentence === head.sentence && (/^,/u.test(run[1].post) || (/^\p{Ll}/u.test(afterTwo.text) && afterTwo.tags.has('Verb') && !afterTwo.tags.has('Gerund')));
    // ("Du Plessis told the court": a surname's particle opening the sentence stays with it; so does the elided article
    // of "L'Enfant", "D'Souza", which the tagger reads as a determiner.)
    // ("Le Van Hoa", "Le Thi Mai": "Le" is also a Vietnamese surname before a given name of two words.)
    const particle = (PARTICLES.has(word) && (run.length === 2 || (run.length === 3 && word === 'le')) && isUpperInitial(head) && /^ $/u.test(head.post)
      && run.slice(1).every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)))
      || /^[LD]['’]\p{Lu}\p{Ll}+$/u.test(withoutPossessive(head));
    const functional = hasAny(head, sentenceStart ? FUNCTION_TAGS : CLOSED_CLASS_TAGS) && !hasAny(head, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization']) && !surnameAfterRole && !particle
      && !(sentenceStart && (isGuessedVerb(head) || unknownIng || unknownEd)) && !(sentenceStart && run.length === 2 && endsWithNameHead(run) && head.tags.has('Verb')) && !titleBeforeName
      // ("Air India said …": a word that opens organization names, which the tagger reads as a verb.)
      && !(ORG_PREFIXES.has(word) && run.length > 1 && /^ $/u.test(head.post) && !TITLE_WORDS.has(bare(run[1])))
      // ("Bank Indonesia kept …", "Bank Muscat reported …": "Bank" before a place or a word no lexicon knows opens a bank's name.)
      && !(word === 'bank' && run.length > 1 && /^ $/u.test(head.post) && (isListedPlace(run[1]) || lexiconTag(bare(run[1])) === undefined))
      // ("Finance Minister Peter Olsen said": a portfolio the tagger reads as a verb before a title.)
      && !(PORTFOLIOS.has(word) && run.length > 2 && /^ $/u.test(head.post) && TITLE_WORDS.has(bare(run[1])))
      // ("Channel 4 News reported": nor a word a number continues inside the run.)
      && !(run.length > 2 && /^\d{1,3}$/u.test(run[1].text));
    // "at 5 PM Tokyo time": after a number "PM" is the time of day, no title.
    if (/^[AP]M$/u.test(head.text) && /^\d/u.test(tokens[head.index - 1]?.text ?? '')) {
      run = run.slice(1);
      continue;
    }
    if (isIsolatedAcronym(tokens, head)) break;
    // ("All Progressives Congress", "All India Radio": "All" opening an organization's name stays in it.)
    const allOf = word === 'all' && run.length >= 3 && endsWithNameHead(run);
    if (opensWithCommonGivenName(tokens, run) || (run.length > 1 && isGivenNameMonth(tokens, head.index))) break;
    // "Former Argentina coach", "Veteran Spain striker", "Marxist FARC rebels", "Islamist Hamas": a word that describes
    // a country, a team or a group the lists know, or an acronym, is no part of its name.
    // ("Veteran Hong Kong actor": a place of several words too.)
    const placeAfter = run.length > 2 && run.length <= 4 && (isWorldPlace(run.slice(1)) || KNOWN_PLACES.has(withoutMarks(run.slice(1).map(headOf).join(' '))));
    if (DESCRIBING.test(head.text) && (run.length === 2 || placeAfter) && /^ $/u.test(head.post)
      && (placeAfter || isListedPlace(run[1]) || KNOWN_ORGS.has(headOf(run[1])) || (isAllCaps(run[1]) && run[1].text.length > 1))) {
      run = run.slice(1);
      if (KNOWN_ORGS.has(headOf(run[0]))) return makeCandidate(run, 'ORG', undefined, false);
      continue;
    }
    // "Carmaker Renault said", "Brewer SABMiller agreed": the class of firm, capitalized at the sentence's start, before its name.
    // (Not a word of a longer name: "Airline Pilots Association".)
    // (Nor before a given name: "Publisher Rupert Murdoch", "Miner Jack Jones" are people.)
    if (sentenceStart && FIRM_CLASSES.has(word) && run.length >= 2 && /^ $/u.test(head.post) && /^\p{Lu}/u.test(run[1].text) && !endsWithNameHead(run)
      && !isGivenName(run[1])) {
      return makeCandidate(run.slice(1), 'ORG', undefined, false);
    }
    // "Caretaker Samoa United Party", "Interim Government": a word that qualifies the organization is no part of its name.
    if (ROLE_MODIFIERS.has(word) && run.length > 2 && endsWithNameHead(run) && ORG_HEADS.has(headOf(run[run.length - 1])) && /^ $/u.test(head.post)) {
      run = run.slice(1);
      continue;
    }
    if (NOT_NAMES.has(word) && !(run.length > 1 && HONORIFICS.has(word)) && !surnameAfterRole && !allOf || functional
      || (sentenceStart && head.tags.has('Adjective') && !head.tags.has('ProperNoun') && !title && !endsWithNameHead(run) && !isGuessedAdjective(head) && !(run.length === 1 && isUnknownAdjective(head))
        && !(PLACE_MODIFIERS.has(word) && run.length > 1 && (hasAny(run[1], [...PLACE_TAGS, 'Demonym']) || isWorldPlace(run.slice(0, 2))))
        && !(PLACE_PREFIXES.has(word) && run.length > 1))
      || CALENDAR_WORDS.has(word) || (POSSESSIVE.test(head.text) && CALENDAR_WORDS.has(headOf(head))) || hasAny(head, ['Demonym']) && run.length > 1 && !isNameWord(run[1])
      || (HYPHEN_PREFIXES.has(word) && head.post === '-' && !endsWithNameHead(run))) {
      // A dropped word takes its hyphenated partner with it ("Pan-democrat", "Pro-Beijing").
      let drop = 1;
      while (drop < run.length && run[drop - 1].post === '-') drop++;
      run = run.slice(drop);
      continue;
    }
    break;
  }
  // "the far-Right group", "a centre-Left coalition": a political wing spelt with a capital is no name.
  const wingPrefix = tokens[run[0]?.index - 1];
  if (run.length > 0 && /^(?:left|right)$/u.test(headOf(run[0])) && wingPrefix?.post === '-' && /^\p{Ll}+$/u.test(wingPrefix.text)) run = run.slice(1);
  if (run.length === 0) return lone;
  const openedByRole = opensAfterRole(run[0], run.length);
  // "Thirty-eight defendants": a number spelt out is no name.
  if (run.every((token) => NUMBER_WORD.test(token.text))) return null;
  // "Country-specific", "Scientology-related": a word joined to a lower-case adjective or participle makes a
  // compound adjective; only a name inside it stays ("Scientology").
  // "Arabic-language media", "English-speaking countries": a language is no actor; "a Booker Prize-winner" is a
  // descriptor, no name.
  if (run.length === 2 && run[0].post === '-' && /^(?:language|speaking)$/u.test(run[1].text)) return null;
  if (run.length > 1 && run[run.length - 2].post === '-' && COMPOUND_ROLES.test(run[run.length - 1].text)) return null;
  // ("Six Republican-led states": the compound may close a longer run.)
  const [modifier, participle] = run.slice(-2);
  // (In a longer run only a participle the lexicon knows after the hyphen: "Lam Cheuk-ting", "Leung Kwok-hung" are names.)
  // ("Mubarak-era ministers", "Soviet-style planning": a period or a manner after the hyphen, the same.)
  if (run.length >= 2 && modifier.post === '-' && /^\p{Ll}/u.test(participle.text) && (hasAny(participle, ['Adjective', 'PastTense', 'Participle', 'Gerund']) || /^(?:era|style|type|like)$/u.test(participle.text))
    && (run.length === 2 || (/ed$/u.test(participle.text) && lexiconTag(headOf(participle)) !== undefined))) {
    if (isCommonWord(bare(modifier)) || lowerWords.has(lower(modifier)) || POLITICAL.has(bare(modifier)) || AWARDS.has(bare(modifier))) return null;
    run = run.slice(0, -1);
  }
  // Titles before a person's name are the role, unless the whole run is an organization ("Foreign Ministry").
  const lastWord = headOf(run[run.length - 1]);
  const titled: Token[] = [];
  // "Minister of Education Stefania Giannini": the department belongs to the title, not the name.
  const preposition = tokens[run[0].index - 1];
  const office = tokens[run[0].index - 2];
  // "Minister of Foreign Affairs", "Minister for Finance": an office and its portfolio ("for" only after a
  // capitalized office: "a spokeswoman for Delta Air Lines" is no portfolio).
  const ofOffice = preposition !== undefined && office !== undefined && (lower(preposition) === 'of' || (lower(preposition) === 'for' && isUpperInitial(office)));
  // The portfolio alone names nobody.
  const portfolioWord = (token: Token): boolean => !hasAny(token, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization', 'Acronym'])
    && !ORG_HEADS.has(headOf(token)) && !KNOWN_PLACES.has(headOf(token)) && !isAllCaps(token);
  if (ofOffice && PORTFOLIO_TITLES.has(headOf(office)) && PORTFOLIOS.has(lastWord) && run.every(portfolioWord)) return null;
  // "Commissioner of Police", "Inspector General of Police", "Chief of Army": a force's common word after a title's "of"
  // belongs to the title.
  if (ofOffice && lower(preposition) === 'of' && TITLE_WORDS.has(bare(office)) && run.length === 1 && ORG_HEADS.has(lastWord) && isCommonWord(lastWord)) return null;
  if (run.length >= 3 && ofOffice && TITLE_WORDS.has(bare(office)) && !hasAny(run[0], PERSON_TAGS) && !ORG_HEADS.has(lastWord)) {
    // ("Minister of Foreign Affairs Ahmed Aboul Gheit", "Minister of Natural Resources John Hill": a portfolio of two words.)
    const twoWords = run.length >= 4 && PORTFOLIOS.has(headOf(run[1])) && !PORTFOLIOS.has(headOf(run[0]))
      && run.slice(0, 2).every((token) => !hasAny(token, [...PERSON_TAGS, ...PLACE_TAGS]) && !isAllCaps(token) && !ORG_HEADS.has(headOf(token)));
    titled.push(...run.slice(0, twoWords ? 2 : 1));
    run = run.slice(twoWords ? 2 : 1);
    // "Minister of State for Environment Iziaq Salako": the portfolio after "for" is the title's too.
    if (lower(run[0]) === 'for' && run.length >= 4 && PORTFOLIOS.has(headOf(run[1])) && !hasAny(run[1], PERSON_TAGS)) {
      titled.push(run[0], run[1]);
      run = run.slice(2);
    }
  }
  if (!ORG_HEADS.has(lastWord) && !OTHER_HEADS.has(lastWord)) {
    // Everything up to the last title word is the role: "Foreign Minister Sergey V. Lavrov",
    // "Emeritus Professor John Burrows", "Afghan Ambassador Hamdullah Mohib".
    let cut = -1;
    // ("Dr Sultan Al Jaber": after an honorific, "Sultan" is a given name.)
    const givenAfterHonorific = (k: number): boolean => k > 0 && k < run.length - 1 && HONORIFICS.has(bare(run[k - 1])) && /^(?:sultan|prince|king|earl)$/u.test(bare(run[k]));
    for (let k = 0; k < run.length - 1; k++) {
      // ("Prime Time", "Vice Media": a word that only qualifies a title is none before a name.)
      // ("Air Vice-Marshal Sean Reynolds": a title word the lexicon also lists as a name, joined to a title by a hyphen.)
      const hyphenTitle = k > 0 && run[k - 1].post === '-' && TITLE_WORDS.has(bare(run[k - 1]));
      if (TITLE_WORDS.has(bare(run[k])) && (!hasAny(run[k], ['FirstName', 'LastName']) || hyphenTitle) && (!TITLE_WORDS.has(headOf(run[k + 1])) || givenAfterHonorific(k + 1))
        && !givenAfterHonorific(k)
        && (!TITLE_QUALIFIERS.has(bare(run[k])) || isPluralTitle(run[k + 1]))
        // ("General Electric", "General Data Protection Regulation": "General" before ordinary words opens a name, no rank.)
        && !(k === 0 && bare(run[k]) === 'general' && run.slice(1).every((t) => !hasAny(t, PERSON_TAGS)
          // (Not a surname that is also a word: "General Young said", "General Wood ordered".)
          && (hasAny(t, ['Organization']) || hasCommonEnding(bare(t)))))) cut = k;
      else if (!TITLE_WORDS.has(bare(run[k])) && k > cut + 1 && cut >= 0) break;
    }
    // (An organization word opening the run right before a title is the title's portfolio: "Sports Minister Aldo Rebelo".)
    const organizational = run.some((token, k) => (ORG_HEADS.has(headOf(token)) && !(k === 0 && TITLE_WORDS.has(headOf(run[k + 1] ?? token))))
      || ['of', 'for', 'and', 'the', '&'].includes(lower(token)));
    // "Government Spokesman Mr Kypros Chrysostomides": whatever stands before an honorific is the role.
    const honorific = run.findIndex((token, k) => k > 0 && k < run.length - 1 && HONORIFICS.has(headOf(token)));
    if (honorific > 0) cut = Math.max(cut, honorific);
    // ("had to Taser Mr Kakar", "had to Google Ms Brown": a verb after "to" is no part of the role.)
    if (honorific === 1 && tokens[run[0].index - 1]?.lower === 'to' && /^(?:had|has|have|need|needs|needed|tried|try|want|wanted|going)$/u.test(tokens[run[0].index - 2]?.lower ?? '')
      && !TITLE_WORDS.has(bare(run[0]))) {
      run = run.slice(honorific);
      cut -= honorific;
    }
    // ("NASA Chief Scientist Ellen Park", "CIA Director John Hall": a given name and a surname a place word spells after a title.)
    // (Not after a royal's or a lady's title: "Queen Elizabeth Park", "Lady Margaret Hall".)
    const surnamePlace = cut >= 0 && run.length - cut === 3 && isGivenName(run[cut + 1]) && SURNAME_PLACE_WORDS.test(lastWord) && !ROYAL_TITLES.test(run[cut].text)
      && !/^(?:Lady|Lord|Dame|Sir)$/u.test(run[cut].text);
    if (cut >= 0 && (!PLACE_HEADS.has(lastWord) || surnamePlace || honorificBeforeSurname(run.slice(0, cut + 1), run.slice(cut + 1))) && (!organizational || honorific > 0)) {
      titled.push(...run.slice(0, cut + 1));
      run = run.slice(cut + 1);
    }
    // A descriptor before a first name is not part of the name: "Scientologist Tom Cruise", "Nonpartisan Paul Tse".
    const firstName = run.findIndex((token, k) => k > 0 && hasAny(token, GIVEN_NAME_TAGS));
    // (Not a given name the lexicon reads as a common noun: "ask Jean Paul Prates", "Bill Ray Smith".)
    // ("Democrat Ben Traverse": a party's member too.)
    // ("Dutchman Ivo Tims", "New Zealander Lydia Ko": a nationality's noun, whatever the tagger makes of it.)
    // (Not one that is a given name too: "Finn James Sullivan", "Brit Marling Ellis".)
    const nationalityNoun = (token: Token): boolean => NATIONALITY_NOUNS.has(bare(token)) && !/^(?:finn|dane|brit|scot)$/u.test(bare(token)) && !isLexiconGivenName(bare(token));
    const descriptor = (token: Token): boolean => nationalityNoun(token) || !hasAny(token, [...PERSON_TAGS, ...PLACE_TAGS]) && !COMMON_WORD_GIVEN_NAMES.has(bare(token))
      && (isCommonWord(bare(token)) || POLITICAL.has(bare(token)) || isRoleNoun(token.text) || lowerWords.has(lower(token)) || hasAny(token, ['Demonym', 'Adjective']) || DEMONYM_ENDING.test(token.text)
        || token.post === '-' || tokens[token.index - 1]?.post === '-');
    // (Not inside a hyphenated given name: "Jean-Claude Juncker".)
    if (firstName > 0 && firstName < run.length - 1 && run.slice(0, firstName).every(descriptor) && run[firstName - 1].post !== '-') {
      titled.push(...run.slice(0, firstName));
      run = run.slice(firstName);
    } else if (titled.length === 0 && run.length >= 3 && (((hasAny(run[0], ['Demonym']) || isRoleNoun(run[0].text)) && !hasAny(run[0], PERSON_TAGS)) || nationalityNoun(run[0]))
      // ("Analyst Ed Park": after a role noun, a given name opens a person's name whatever the words after it suggest.)
      && ((isRoleNoun(run[0].text) && isGivenName(run[1]) && /^ $/u.test(run[0].post)
        && (!PLACE_HEADS.has(lastWord) || SURNAME_PLACE_WORDS.test(lastWord)) && !ROYAL_TITLES.test(run[0].text))
        || classify(run.slice(1), false, run[0], tokens[run[run.length - 1].index + 1], lowerWords).type === 'PERSON')) {
      // "American Francena McCorory", "Journalist Serpil Ünal": a nationality or a role noun before a person's
      // name, whatever lists know the given name.
      titled.push(run[0]);
      run = run.slice(1);
    }
  }
  // "Turkish Foreign Ministers" (an apostrophe left out) is titles too.
  const titleOrPlural = (token: Token): boolean => TITLE_WORDS.has(headOf(token)) || isPluralTitle(token);
  // ("Bishop said" after "Judge Helen Bishop": a title word alone may be the surname of a person named in full.)
  // (Never after an article or before "of": "the Bishop of London", "the King said".)
  if (run.length === 1 && titled.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(run[0].text) && TITLE_WORDS.has(bare(run[0])) && !HONORIFICS.has(bare(run[0]))
    && !/^(?:the|a|an)$/u.test(tokens[run[0].index - 1]?.lower ?? '') && tokens[run[0].index + 1]?.lower !== 'of') {
    return { ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true, onlyIfNamed: true };
  }
  if (run.length === 0 || run.every((token) => titleOrPlural(token) && !hasAny(token, ['LastName', 'FirstName']))) return null;
  // "Aramco CEOs", "Tory MPs": a name before a plural title is what those people belong to, not a person.
  const members = run.length > 1 && titled.length === 0 && MEMBERS.has(headOf(run[run.length - 1])) && !run.some((token) => NAME_CONNECTORS.has(lower(token)));
  if (members) run = run.slice(0, -1);
  // A role without a name ("State Department Spokesperson", "Attorney General") is not a mention; a
  // portfolio after an organization's "of" is no role ("Ministry of Health", "Department of Justice").
  const portfolio = run.some((token, o) => o > 0 && lower(token) === 'of' && ORG_HEADS.has(headOf(run[o - 1])));
  // (A title's abbreviation without its period ending a run is a surname: "Hun Sen", "Amartya Sen".)
  // ("Hun Sen met Amartya Sen.": a full stop that ends the sentence is none of the abbreviation's.)
  const final = run[run.length - 1];
  const surnameLike = ABBREVIATIONS.has(headOf(final)) && TITLE_WORDS.has(headOf(final)) && /^\p{Lu}\p{Ll}+$/u.test(final.text)
    && (!final.post.startsWith('.') || tokens[final.index + 1] === undefined || tokens[final.index + 1].sentence !== final.sentence);
  // ("Chief Commercial Officer": what is left after a title may be the rest of a title.)
  // (Only before a job's title word: "Inspector Dawn King", "Police Chief Will Judge" are people.)
  const restOfTitle = titled.length === 0 || (JOB_TITLE_HEADS.has(headOf(final))
    && run.slice(0, -1).every((token) => (isCommonWord(bare(token)) || token.tags.has('Adjective')) && !hasAny(token, PERSON_TAGS) && !isLexiconGivenName(bare(token))));
  // ("Clark County Public Health": a place's public service, no title.)
  if (run.length > 1 && restOfTitle && TITLE_WORDS.has(headOf(final)) && !ORG_HEADS.has(headOf(final)) && !portfolio && !surnameLike && !isPublicService(run)
    && !run.some((token) => hasAny(token, PERSON_WORD_TAGS)) && !isWorldPlace(run)) return null;
  if (titled.length === 0 && isPortfolioBeforeRole(tokens, run)) return null;
  // Calendar words, function words and caption labels ("Belle Image: Nick Moreau") do not end a name.
  const label = (token: Token): boolean => /^\s*:/u.test(token.post)
    && (CAPTION_LABELS.has(headOf(token)) || isCommonWord(headOf(token)) || lowerWords.has(headOf(token)));
  // ("American Federation of Teachers": people after an organization's "of" belong to its name.)
  const ofMembers = (): boolean => run.some((token, o) => o > 0 && o < run.length - 1 && lower(token) === 'of' && ORG_HEADS.has(headOf(run[o - 1])));
  while (run.length > 0 && !(run.length > 1 && isSurnameMonth(tokens, run[run.length - 1].index)) && !isFunctionWordSurname(run) && (CALENDAR_WORDS.has(bare(run[run.length - 1]))
    || opensAwardTitle(tokens, run[run.length - 1])
    || /^(?:Q[1-4]|H[12]|FY\d{0,4})$/u.test(run[run.length - 1].text)
    // ("Andrew Mitchell MP", "Jane Hall QC": letters after a person's name are no part of it.)
    || (run.length > 2 && isAllCaps(run[run.length - 1]) && POST_NOMINALS.has(lower(run[run.length - 1])) && /^\p{Lu}\p{Ll}/u.test(run[run.length - 2].text))
    || (NOT_NAMES.has(bare(run[run.length - 1])) && !isIsolatedAcronym(tokens, run[run.length - 1]) && !ofMembers() && !commonSurname(run)) || label(run[run.length - 1]))) {
    run = run.slice(0, -1);
  }
  if (run.length === 0) return null;
  // "a 35-YEAR-old man", "his Golden Bear-winning film": an age or a compound adjective, no name.
  if (run.some((token) => /^YEARS?$/u.test(token.text) && token.post === '-')) return null;
  if (run.length > 1 && run[run.length - 2].post === '-' && /^(?:winning|nominated|winner|nominee|backed|funded|owned)$/u.test(run[run.length - 1].text) && run.length > 2) return null;
  // "ex tropical cyclone Alfred", "tropical storm Debby": a storm's name, no actor (not "the political storm Donald
  // Trump created": "storm" and "depression" only after "tropical").
  const beforeRun = tokens[run[0].index - 1];
  // "Tibetan Buddhism", "Sunni Islam": a religion or a branch of one is no actor.
  // (Not a group or a person named after one: "Ansarul Islam", "Group to Support Islam", "Mahbub-ul-Islam".)
  if (run.length === 2 && /^ $/u.test(run[0].post) && RELIGIONS.test(headOf(run[1]))
    && (hasAny(run[0], ['Demonym']) || /^(?:Sunni|Shia|Shiite|Theravada|Mahayana|Tibetan|Zen|Orthodox|Roman|Reform|Hasidic|Evangelical|Political|Radical)$/u.test(run[0].text))) return null;
  // ("Super Typhoon Goni", "Storm Nalgae", "Hurricane Ian": a storm named with its capitalized class.)
  // (Not a person named "Storm": "Actress Storm Reid".)
  if (run.length >= 2 && run.slice(0, -1).some((token) => /^(?:Storm|Typhoon|Hurricane|Cyclone)$/u.test(token.text)) && !ORG_HEADS.has(headOf(run[run.length - 1]))
    && !['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person'].includes(lexiconTag(headOf(run[run.length - 1])) ?? '')) return null;
  if (beforeRun !== undefined && STORM_WORDS.has(beforeRun.text) && /^\s+$/u.test(beforeRun.post)
    && (/^(?:cyclone|hurricane|typhoon)$/u.test(beforeRun.text) || tokens[beforeRun.index - 1]?.lower === 'tropical')) return null;
  // The word after the run, which may say what the run names.
  const lastOfRun = run[run.length - 1];
  const afterRun = tokens[lastOfRun.index + 1];
  // "the Boeing 737-800", "an Airbus A320": a maker and a model number name a product, no actor.
  // (Not an acronym before a standard's number: "ISO 639-3".)
  // ("Airbus A380s", "Airbus A320neo", "Cessna Caravan", "Sukhoi Superjet": an aircraft maker and its model.)
  if ((afterRun !== undefined && /^ $/u.test(lastOfRun.post) && /^\d{3}(?:-\d{1,4})?$/u.test(afterRun.text) && run.length === 1 && !isAllCaps(run[0]))
    || (run.length === 2 && /^[A-Z]{1,2}\d{2,4}(?:-\d{1,4})?[A-Z]?(?:s|neo)?$/u.test(run[1].text) && !isAllCaps(run[0]))
    || (run.length >= 2 && AIRCRAFT_MAKERS.has(headOf(run[0])) && !ORG_HEADS.has(headOf(run[run.length - 1])) && !MAKER_DIVISIONS.test(headOf(run[1])))) return null;
  // "the G20", "G7 leaders": the group of governments.
  if (run.length === 1 && /^G-?\d{1,2}\+?$/u.test(run[0].text)) return makeCandidate(run, 'ORG', undefined, false);
  // "the M5", "the A34", "I-44": a road by its number.
  // (Not "the M16 rifle", "the A380 jet": a model before the noun it names.)
  const modelOf = afterRun !== undefined && afterRun.sentence === run[0].sentence && /^ $/u.test(run[0].post) && /^\p{Ll}/u.test(afterRun.text)
    && afterRun.tags.has('Noun') && !ROAD_NOUNS.has(afterRun.text) && !/^(?:motorway|junction|carriageway)$/u.test(afterRun.text);
  if (run.length === 1 && !modelOf && (/^I-\d{1,3}$/u.test(run[0].text) || (/^[MAB]\d{1,3}$/u.test(run[0].text) && beforeRun?.lower === 'the'))) {
    return makeCandidate(run, 'PLACE', undefined, false);
  }
  // "Interstate 95", "Highway 61", "Route 66", "Ward 64": a road word or a ward and its number.
  // (A ward only on its own: not "Danny Ward 6" in player ratings.)
  // ("Sector 62", "District 7", "Zone 3": a numbered part of a city, on its own.)
  if ((ROAD_NOUNS.has(lower(lastOfRun)) || /^(?:Interstate|Route)$/u.test(lastOfRun.text) || (/^(?:Ward|Sector|District|Zone)$/u.test(lastOfRun.text) && run.length === 1)) && isUpperInitial(lastOfRun) && afterRun !== undefined && /^\d{1,4}[A-Z]?$/u.test(afterRun.text)
    && /^ $/u.test(lastOfRun.post) && afterRun.sentence === run[0].sentence) {
    return { ...makeCandidate([...run, afterRun], 'PLACE', undefined, false), lastToken: afterRun.index };
  }
  // "Channel 4", "BBC Radio 4", "Channel 8 News": a broadcaster's channel and its number; "Terminal 3" a place.
  // (Not a number that counts: "left Times Radio 18 months ago", "crossed the Channel 12 times".)
  const counted = tokens[(afterRun?.index ?? 0) + 1];
  const counts = counted !== undefined && /^\p{Ll}/u.test(counted.text) && counted.tags.has('Plural') && /^\s+$/u.test(afterRun?.post ?? '');
  if (/^(?:Channel|Radio|Terminal)$/u.test(lastOfRun.text) && (run.length === 1 || lastOfRun.text === 'Radio') && afterRun !== undefined && /^\d{1,2}$/u.test(afterRun.text)
    && /^ $/u.test(lastOfRun.post) && afterRun.sentence === run[0].sentence && !counts) {
    const news = tokens[afterRun.index + 1];
    const end = lastOfRun.text !== 'Terminal' && news?.text === 'News' && /^ $/u.test(afterRun.post) && news.sentence === afterRun.sentence ? news : afterRun;
    return { ...makeCandidate([...run, ...tokens.slice(afterRun.index, end.index + 1)], lastOfRun.text === 'Terminal' ? 'PLACE' : 'ORG', undefined, false), lastToken: end.index };
  }
  // "the Budweiser Man of the Match award", "Time Person of the Year": the name before an award's title is its sponsor.
  const sponsor = opensAwardTitle(tokens, afterRun ?? run[0]);
  if (run.length === 1) {
    const only = run[0];
    const word = bare(only);
    // "Irish antiquities", "the British": a nationality's adjective names no place nor person — unless it is the surname
    // of a person the article names ("Bill English" … "English said").
    if (ISH_DEMONYMS.test(word) && titled.length === 0) return namedOnly(run);
    // ("the Bavarian town of Passau", "Tyrolean farmers": a region's adjective before a lower-case noun, which the tagger
    // may read as a place.)
    const nounAfter = tokens[only.index + 1];
    if (/^\p{Lu}\p{Ll}{3,}(?:ian|ean)$/u.test(only.text) && titled.length === 0 && nounAfter !== undefined && /^ $/u.test(only.post) && /^\p{Ll}/u.test(nounAfter.text)
      && ((nounAfter.tags.has('Noun') && !nounAfter.tags.has('Verb')) || (/^\p{Ll}+$/u.test(tokens[only.index + 2]?.text ?? '') && tokens[only.index + 2].tags.has('Noun')
        && !hasAny(nounAfter, CLOSED_CLASS_TAGS))) && !isLexiconGivenName(word) && !ORG_HEADS.has(word) && !NEWSPAPERS.has(word) && !KNOWN_ORGS.has(word) && !isListedPlace(only) && lexiconTag(word) === undefined) return namedOnly(run);
    // "PM admits …", "CEO said", "GDP grew": an abbreviation of a common noun names nobody.
    if (isAllCaps(only) && COMMON_ACRONYMS.has(headOf(only))) return null;
    // ("CCTV footage", "CCTV cameras": closed-circuit television, not the Chinese broadcaster — whose "CCTV images" and
    // "CCTV coverage" stay its own.)
    if (only.text === 'CCTV' && /^(?:footage|cameras?|recordings?|systems?|surveillance|operators?)$/u.test(tokens[only.index + 1]?.text ?? '')) return null;
    // "nominated for an Oscar", "lost the Oscar", "a Pulitzer finalist": an award, no actor.
    const following = tokens[only.index + 1];
    if (AWARDS.has(headOf(only)) && (/^(?:a|an|the|his|her|their)$/u.test(tokens[only.index - 1]?.lower ?? '')
      || (following !== undefined && /^\p{Ll}/u.test(following.text) && following.tags.has('Noun') && /^\s+$/u.test(only.post)))) return null;
    // "told the Guardian", "The Times reported", "the Guardian newspaper": a newspaper by its one word (not "the
    // Independent candidate", "the Observer mission": the word qualifying a noun after it).
    // ("the Independent, Michael Healy-Rae", "the Independent from Vermont": a candidate; that paper only before its verb or noun.)
    const paperVerb = following !== undefined && following.sentence === only.sentence && /^\s+$/u.test(only.post)
      && (following.tags.has('Verb') || /^(?:newspaper|paper|daily)$/u.test(following.text));
    if (NEWSPAPERS.has(word) && (word !== 'independent' || paperVerb || POSSESSIVE.test(only.text)) && /^the$/iu.test(tokens[only.index - 1]?.text ?? '') && /^ $/u.test(tokens[only.index - 1].post)
      && !(following !== undefined && following.sentence === only.sentence && /^\p{Ll}/u.test(following.text) && following.tags.has('Noun')
        && /^\s+$/u.test(only.post) && !/^(?:newspaper|paper|daily|weekly|website)$/u.test(following.text))) return makeCandidate(run, 'ORG', undefined, false);
    const atStart = only.index === 0 || tokens[only.index - 1].sentence !== only.sentence || /[“"‘(—–:]\s*$/u.test(tokens[only.index - 1].post);
    // A capitalized first word is a name only when compromise sees one ("Police arrest…" is not).
    // ("Rescue workers", "Small island states": compromise tags both words an organization or a place for the
    // lower-case noun after them.)
    const guessedFrom = (tag: string): boolean => only.tags.has(tag) && /^\p{Ll}/u.test(tokens[only.index + 1]?.text ?? '') && tokens[only.index + 1].tags.has(tag);
    const groupGuess = (guessedFrom('Organization') && lexiconTag(headOf(only)) === undefined && !hasAny(only, [...PERSON_TAGS, ...PLACE_TAGS]))
      || (guessedFrom('Place') && isCommonWord(headOf(only)) && !isListedPlace(only));
    if (atStart && (!hasAny(only, ['ProperNoun', ...PERSON_TAGS, ...PLACE_TAGS, 'Organization']) || groupGuess) && !isAllCaps(only) && !isSiteName(only) && !isCamelCase(only)
      && !(isWorldPlace([only]) && !lowerWords.has(headOf(only)))) {
      // Kept only as an unknown word that an earlier actor may explain ("Hamill's schedule…").
      const singular = headOf(only).replace(/(?<=[^s])s$/u, '');
      // A word the article also writes in lower case, or a verb, adjective or adverb, is no name ("Historians
      // said", "Young people"); a noun that is also a surname may be one ("Bos obtained" after "Nick Bos").
      const common = isCommonWord(headOf(only)) || isCommonWord(singular);
      // ("Santorum criticized …" where the article also writes "the santorum neologism": the word may still be
      // the surname of a person introduced by a full name.)
      if (lowerWords.has(headOf(only)) || lowerWords.has(singular) || (common && !isNounOnly(headOf(only)))
        || (hasAny(only, ['Verb', 'Adjective', 'Adverb']) && !isGuessedVerb(only) && !isGuessedAdjective(only) && !isUnknownAdjective(only))) {
        return lone ?? (aloneAsName(tokens, only) ? namedOnly(run) : null);
      }
      return { ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true, ...(common ? { onlyIfNamed: true } : {}) };
    }
    if ((NOT_NAMES.has(word) && !isIsolatedAcronym(tokens, only)) || CALENDAR_WORDS.has(word)) return null;
    // "a Louisiana Republican", "a Democrat": a party member described, no name; "The Serb, who …": a nationality.
    const before = tokens[only.index - 1];
    if (POLITICAL.has(word) && before !== undefined && (/^an?$/u.test(before.lower) || hasAny(before, PLACE_TAGS) || KNOWN_PLACES.has(headOf(before)))) return null;
    if (NATIONALITY_NOUNS.has(word) && before !== undefined && /^(?:the|a|an)$/u.test(before.lower)) return null;
    // "Former Vietnamese ambassador …": a nationality after a title word that is no honorific names nobody.
    if (hasAny(only, ['Demonym']) && titled.length > 0 && !titled.some((token) => HONORIFICS.has(headOf(token)))) return null;
    // After a title or honorific a word compromise guesses is an adjective ("Ms. Yellen") is still a name.
    if (titled.length === 0 && (hasAny(only, ['Demonym']) || (only.tags.has('Adjective') && !only.tags.has('ProperNoun')))) {
      // Kept only as a word that an earlier actor may explain ("Zaha Hadid" … "Hadid was born").
      return isGuessedAdjective(only) || isUnknownAdjective(only) ? { ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true } : lone;
    }
    if (titled.length === 0 && isDemonymLike(only, tokens[only.index + 1]) && !isWorldPlace([only])) {
      // Only the ending says demonym ("Galois" like "Israelis"): kept if the word names a person elsewhere.
      const known = lexiconTag(word) !== undefined || lexiconTag(word.replace(/s$/u, '')) !== undefined;
      return known ? null : { ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true };
    }
    // A capitalized plural ("Witnesses") is kept only if an actor's surname explains it ("Koolhaas", "Bos").
    if (titled.length === 0 && /^\p{Lu}[\p{Ll}]+s$/u.test(only.text) && hasAny(only, ['Plural']) && !hasAny(only, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization'])) {
      return { ...makeCandidate(run, 'UNKNOWN', undefined, true), onlyIfKnown: true, onlyIfNamed: true };
    }
  }
  // "Five Panamanian players", "South Korean officials", "a New Zealander": a nationality, not a name.
  if (run.length > 1 && titled.length === 0 && isDemonymPhrase(run)) return null;
  // "World Cup", "Lantern Festival", "Clean Air Act": events, works and laws are not actors.
  // (A given name first may be a person's whose surname is such a word, "Doris Day"; not before a trophy's word,
  // "Billie Jean King Cup", "Davis Cup Finals": trophies are named after people.)
  // (Nor the lower-case end of a hyphenated given name: "Shin Hyun-song", "Lee Hae-song".)
  const hyphenatedEnd = run.length > 1 && run[run.length - 2].post === '-' && /^\p{Ll}/u.test(run[run.length - 1].text);
  // (Nor an organization's topic: "Commission on Elections", "Council for the Games".)
  const topic = run.some((token, k) => k > 0 && /^(?:of|for|on)$/u.test(lower(token)) && ORG_HEADS.has(headOf(run[k - 1])));
  // (Nor an insurer's "Health Plan": "Tufts Health Plan".)
  const insurer = headOf(run[run.length - 1]) === 'plan' && headOf(run[run.length - 2] ?? run[0]) === 'health';
  if (run.length > 1 && OTHER_HEADS.has(headOf(run[run.length - 1])) && titled.length === 0 && !hyphenatedEnd && !topic && !insurer
    && (!hasAny(run[0], GIVEN_NAME_TAGS) || TROPHY_HEADS.has(headOf(run[run.length - 1])))) return null;
  // "Hurricane Katrina", "Operation Clambake", "World War II": events named by their first words.
  if (run.length > 1 && (OTHER_PREFIXES.has(headOf(run[0])) || OTHER_PREFIXES.has(`${headOf(run[0])} ${headOf(run[1])}`))) return null;
  // "Proton-M", "Soyuz-FG", "Angara-A5": a name joined by a hyphen to a letter or two is a model, no actor (not an acronym's
  // parts, "PML-N").
  // (A word of four letters or more first: not "Jay-Z", "Alt-J".)
  if (run.length === 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(run[0].text) && run[0].post === '-' && /^(?:\p{Lu}{1,2}|\p{Lu}\d{1,2})$/u.test(run[1].text)) return null;
  // "Title IV", "Part II", "Phase III": a numbered part of something, no actor; nor a Roman numeral alone.
  if (/^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u.test(run[run.length - 1].text) && (run.length === 1 || (run.length === 2 && NUMBERED_NOUNS.has(headOf(run[0]))))) return null;
  // "SARS-CoV-2", "MiG-29", "Falcon-9": a name joined to a number by a hyphen is a model or a strain, no actor.
  const after = tokens[run[run.length - 1].index + 1];
  if (run[run.length - 1].post === '-' && after !== undefined && /^\d/u.test(after.text)) return null;
  // "Windows XP", "PlayStation VR", "Internet Explorer 9": a model or version after a brand names a product.
  if (run.length > 1 && titled.length === 0 && MODEL_WORDS.test(withoutPossessive(run[run.length - 1]))
    && !run.some((token) => ORG_HEADS.has(headOf(token)) || PLACE_HEADS.has(headOf(token)) || hasAny(token, GIVEN_NAME_TAGS))) return null;
  const previous = tokens[run[0].index - 1];
  const next = tokens[run[run.length - 1].index + 1];
  let { type, weak } = generation ? { type: 'PERSON' as const, weak: false }
    : classify(run, titled.length > 0 || openedByRole, previous, next, lowerWords, next && tokens[next.index + 1]);
  // ("chairman Ed Park", "coach Jane Hall": a lower-case role noun before the name does what an honorific does.)
  // (Not a role noun with its own article, the subject of a relative clause: "the coach Green Bay hired".)
  const roleNounBefore = previous !== undefined && /^\p{Ll}+$/u.test(previous.text) && isRoleNoun(previous.text) && /^ $/u.test(previous.post)
    && !/^(?:the|a|an|this|that|his|her|their|its|our|first|only|new|last)$/u.test(tokens[previous.index - 1]?.lower ?? '');
  if (type === 'PLACE' && (honorificBeforeSurname(titled, run) || (roleNounBefore && honorificBeforeSurname([previous], run, true)))) type = 'PERSON';
  if ((type === 'UNKNOWN' || weak || type === 'ORG') && titled.length === 0 && (opensWithCommonGivenName(tokens, run) || (run.length > 1 && isGivenNameMonth(tokens, run[0].index)))) {
    type = 'PERSON';
    weak = false;
  }
  if ((members && (type === 'PERSON' || type === 'UNKNOWN' || weak)) || (sponsor && (type === 'UNKNOWN' || weak))) type = 'ORG';
  // The words around an untitled name can tell its kind for every mention of it ("the party Sinn Féin").
  const told = titled.length === 0 ? kindFromWordsAround(tokens, run, type) : undefined;
  if (told) {
    type = told;
    weak = false;
  }
  // ("Scranton, Pa.": the state after a town; "Bryan, Choctaw and LeFlore counties": names before a plural area word.)
  const listedAreas = titled.length === 0 ? beforeAreaPlural(tokens, run[run.length - 1].index) : 0;
  if ((type === 'UNKNOWN' || weak || type === 'PERSON') && listedAreas >= 2) {
    type = 'PLACE';
    weak = false;
  }
  const stateAfterTown = run.length === 1 && isStateAbbreviation(run[0]) && previous !== undefined && /^,\s+$/u.test(previous.post) && isUpperInitial(previous)
    && (!POSTAL_STATES.has(run[0].text) || postalAfterTown(tokens, run[0]));
  // ("The CDC estimated": capitals after "the" are an organization's letters, no person's.)
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0].text) && previous?.lower === 'the' && type === 'PERSON' && titled.length === 0
    && !isListedPlace(run[0]) && !PLACE_ACRONYMS.has(bare(run[0])) && !hasAny(run[0], PLACE_TAGS)) {
    type = 'ORG';
    weak = false;
  }
  // ("OWATONNA, Minn. (AP)": a dateline's town in capitals, read as an acronym, before its state.)
  const stateNext = tokens[run[run.length - 1].index + 1];
  const datelineTown = isAllCaps(run[0]) && run[0].text.length >= 5 && stateNext !== undefined && /^,\s+$/u.test(run[run.length - 1].post) && isStateAbbreviation(stateNext);
  if ((type === 'UNKNOWN' || weak || datelineTown || (stateAfterTown && (isAllCaps(run[0]) || run[0].text.includes('.')))) && titled.length === 0 && (stateAfterTown || isInPlaceContext(tokens, run[0].index, run[run.length - 1].index))) {
    type = 'PLACE';
    weak = false;
  }
  // "according to Quantcast": an unknown name cited as a source is an organization (a person cited
  // by surname is found through the full name introduced before).
  if (type === 'UNKNOWN' && run.length === 1 && previous?.lower === 'to' && tokens[run[0].index - 2]?.lower === 'according'
    && !isCommonWord(headOf(run[0])) && !lowerWords.has(headOf(run[0]))) type = 'ORG';
  // The title as written: "Secretary-General", "Gen.", "Foreign Minister".
  // "Government Spokesman Mr": an honorific after a longer title adds nothing to the role.
  // ("Health Minister Dr Zweli Mkhize", "Foreign Secretary Sir Alan Duncan": so does "Dr", "Prof" or "Sir".)
  while (titled.length > 1 && /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)$/u.test(headOf(titled[titled.length - 1])) && !HONORIFICS.has(headOf(titled[titled.length - 2]))) titled.pop();
  let role = titled.length > 0
    ? titled.map((token, k) => token.text + (nameEnd(token) > token.end ? '.' : '') + (k === titled.length - 1 ? '' : token.post === '-' ? '-' : ' ')).join('')
    : undefined;
  const before = tokens[titled[0]?.index - 1];
  let roleFirst = titled[0]?.index;
  // "Inspector General of Police Japhet Koome": the title words before the "of" belong to the role.
  const capitalTitle = (token: Token | undefined): boolean => token !== undefined && TITLE_WORDS.has(bare(token)) && isUpperInitial(token);
  if (role && before && /^(?:of|for)$/u.test(lower(before)) && capitalTitle(tokens[titled[0].index - 2])) {
    let titleStart = titled[0].index - 2;
    while (capitalTitle(tokens[titleStart - 1]) && /^ $/u.test(tokens[titleStart - 1].post)) titleStart--;
    role = `${tokens.slice(titleStart, titled[0].index - 1).map((token) => token.text).join(' ')} ${before.text} ${role}`;
    roleFirst = titleStart;
  } else if (role && before && /^ $/u.test(before.post) && isUpperInitial(before) && (KNOWN_ORGS.has(bare(before)) || isAllCaps(before))) {
    // "Treasury Secretary Janet Yellen", "Kremlin Spokesman Dmitry Peskov", "NDP Leader Jagmeet Singh": the
    // organization (listed, or an acronym) is named on its own and opens the role too.
    role = `${before.text} ${role}`;
    roleFirst = before.index;
  }
  // "former President Olusegun Obasanjo": a lower-case qualifier right before a capitalized title is the role's.
  const qualifier = role ? tokens[roleFirst - 1] : undefined;
  if (role && qualifier && /^ $/u.test(qualifier.post) && ROLE_MODIFIERS.has(qualifier.text)) role = `${qualifier.text} ${role}`;
  const made = makeCandidate(run, type, role, weak);
  // ("Scranton, Pa.": the state's abbreviation keeps its period.)
  const candidate = surnameLike || stateAfterTown ? { ...made, end: stateAfterTown ? run[0].end + (POSTAL_STATES.has(run[0].text) || run[0].text.endsWith('.') ? 0 : 1) : final.end } : made;
  return told ? { ...candidate, kindFromContext: true } : candidate;
}

/**
 * The kind the words right around a name give it, when they give one that differs from `type`:
 * "the republican party Sinn Féin", "the capital Tbilisi" (a class noun); "20-year-old Mhairi Black" (an
 * age); "analysts at Morgan Stanley", "teaching at Tsinghua", "shares of Alphabet" (its staff, its
 * students or its shares, given name or not);
 * "a Dollar Tree store" (a business noun); "Antrim police" (the town's institutions).
 */
/** Kinds of firm a wire report writes before the name ("Carmaker Renault", "Miner Glencore"). */
const FIRM_CLASSES = new Set(['carmaker', 'automaker', 'drugmaker', 'chipmaker', 'planemaker', 'miner', 'brewer', 'lender', 'retailer', 'insurer',
  'broadcaster', 'publisher', 'manufacturer', 'conglomerate', 'regulator', 'watchdog', 'startup', 'tabloid', 'airline', 'steelmaker']);
/** Words that end place names and are common surnames too ("Park", "Hill"). */
const SURNAME_PLACE_WORDS = /^(?:park|hill|hall|green|wood|lane|field|brook|ford)$/u;
/** Words that describe a name they stand before ("Former Argentina coach", "Marxist FARC rebels"). */
const DESCRIBING = /^(?:Former|Ex|Veteran|Retired|Late|Popular|Legendary|Acclaimed|Celebrated|Renowned|Prominent|Rebel|Militant|Jihadist|Islamist|Marxist|Maoist|Leninist|Leftist|Rightist|Separatist|Secessionist|Hardline|Hard-line|Fellow|Rival|Neighbouring|Neighboring)$/u;
/** Sites named before a lower-case word for them ("the Grasberg mine"). */
const NAMED_SITES = new Set(['mine', 'mines', 'oilfield', 'gasfield', 'refinery', 'smelter', 'volcano', 'glacier']);
/** Kinds of station named before it ("the Majuba power station"). */
const SITE_KINDS = /^(?:power|railway|train|bus|metro|subway|nuclear|pumping)$/u;
/** Officers of a firm, before the "of" that names it (not "director": "the director of Jaws" names a film). */
// (Not "founder", "manager" or "owner": "the founder of Islam", "the manager of Anfield".)
const OFFICERS = new Set(['officer', 'executive', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'spokesman', 'spokeswoman', 'spokesperson',
  'employee', 'employees', 'shareholder', 'shareholders']);
function kindFromWordsAround(tokens: Token[], run: Token[], type: ActorType | 'UNKNOWN'): ActorType | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  const previous = tokens[first.index - 1];
  const beforePrevious = previous && tokens[previous.index - 1];
  const next = tokens[last.index + 1];
  const nextInSentence = next !== undefined && next.sentence === first.sentence && /^\s+$/u.test(last.post);
  const closeBefore = previous !== undefined && previous.sentence === first.sentence && /^\s+$/u.test(previous.post);
  // (Also set off by commas or a bracket: "Najib's ruling coalition, Barisan Nasional (BN), lost".)
  const apposed = previous !== undefined && previous.sentence === first.sentence && /^,\s+$/u.test(previous.post) && /^\s*[,(;]/u.test(last.post);
  // (Not after the class's own name: "the mayor of Trakia district Milena Stoyanova" names the mayor after it.)
  // (And only for a name with a word a person's name has, or one that does something: not "Ibana village Nasko LGA".)
  const classNamed = run.length > 1 && beforePrevious !== undefined && isUpperInitial(beforePrevious) && /^\s+$/u.test(beforePrevious.post)
    && (run.some((token) => hasAny(token, ['LastName', 'FirstName', 'MaleName', 'FemaleName'])) || actsAfter(next))
    && !hasAny(beforePrevious, ['Demonym', 'Adjective']) && !NOT_NAMES.has(lower(beforePrevious)) && CLASS_NOUNS.get(previous.text) === 'PLACE';
  // (Not a body of the place: "the county Joint Policing Committee", "the city Planning Committee".)
  const body = CLASS_NOUNS.get(previous?.text ?? '') === 'PLACE' && run.length > 1 && /^(?:committee|council|board|commission|authority|department)$/u.test(headOf(last));
  // (A "giant" is a firm only after its trade: "tech giant Apple", not "anime giant Isao Takahata", "jazz giant Sonny Rollins".)
  const giant = previous?.text === 'giant' && beforePrevious !== undefined && !TRADES.test(beforePrevious.lower) && !beforePrevious.tags.has('Demonym')
    && !DEMONYM_SHAPE.test(beforePrevious.text);
  const classNoun = (closeBefore || apposed) && !hasAny(first, GIVEN_NAME_TAGS) && !classNamed && !body && !giant ? CLASS_NOUNS.get(previous.text) : undefined;
  if (classNoun) return classNoun;
  // ("the University of Texas at Austin": a campus's city after "at" — a listed place, or any after a state — is a place of
  // its own, as the corpus marks "University of California" and "Berkeley"; not "the University of Oxford at Balliol".)
  if (run.length === 1 && previous?.text === 'at' && closeBefore && beforePrevious !== undefined && isUpperInitial(beforePrevious)
    && (isListedPlace(first) || beforePrevious.tags.has('Region'))) {
    let k = beforePrevious.index;
    while (k > 0 && tokens[k - 1].sentence === first.sentence && (isUpperInitial(tokens[k - 1]) || tokens[k - 1].text === 'of') && /^ $/u.test(tokens[k - 1].post)) k--;
    if (tokens.slice(k, beforePrevious.index).some((t) => t.text === 'University') && tokens.slice(k, beforePrevious.index).some((t) => t.text === 'of')) return 'PLACE';
  }
  // "the villages of Aitaroun and Bint Jbeil", "the province of Idlib": places named after their class.
  let k = first.index - 1;
  if (/^(?:and|or)$/u.test(tokens[k]?.lower ?? '')) {
    k--;
    while (k > 0 && tokens[k].sentence === first.sentence && isUpperInitial(tokens[k]) && !/[,;:.]/u.test(tokens[k].post)) k--;
  }
  if (tokens[k]?.lower === 'of' && PLACE_CLASSES.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1].sentence === first.sentence) return 'PLACE';
  // "premier of Victoria", "the governor of Georgia": what a ruler's title is "of" is a place, not a person.
  if ((type === 'PERSON' || type === 'UNKNOWN') && run.length === 1 && previous?.lower === 'of' && closeBefore && RULERS.has(beforePrevious?.lower ?? '')) return 'PLACE';
  // (Not "a 32-year-old Boeing engineer": there the name only qualifies the noun after it.)
  const aged = previous?.lower === 'old' && beforePrevious?.lower === 'year' && /^-$/u.test(beforePrevious.post)
    && /^-$/u.test(tokens[beforePrevious.index - 1]?.post ?? '') && /^(?:\d{1,3}|\p{L}+)$/u.test(tokens[beforePrevious.index - 1]?.text ?? '');
  const qualifies = nextInSentence && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb');
  if (aged && !qualifies && type !== 'PERSON' && !run.some((token) => ORG_HEADS.has(headOf(token)) || isAllCaps(token))) return 'PERSON';
  const employer = closeBefore && beforePrevious !== undefined
    && ((previous.lower === 'at' && (STAFF_NOUNS.has(beforePrevious.lower) || STUDY_VERBS.has(beforePrevious.lower)))
      || (previous.lower === 'of' && /^(?:shares|stock)$/u.test(beforePrevious.lower)));
  // ("the chief executive of Safaricom", "Chief Commercial Officer of Safaricom", "a founder of Debswana": the firm an
  // officer serves; not a name a person's name words make, nor a place.)
  const served = closeBefore && previous.lower === 'of' && beforePrevious !== undefined && OFFICERS.has(lower(beforePrevious))
    && !run.some((token) => hasAny(token, PERSON_WORD_TAGS)) && !POSSESSIVE.test(last.text);
  if ((employer || served) && type !== 'ORG' && !run.some((token) => hasAny(token, PLACE_TAGS) || isListedPlace(token))) return 'ORG';
  // ("the Mukhalifat newspaper": after "the" only — not "a Murdoch tabloid", "an Urdu newspaper", "a Tory newspaper".)
  const paper = /^(?:newspaper|magazine|tabloid|broadcaster)$/u.test(next?.text ?? '') && previous?.lower === 'the' && !POLITICAL.has(headOf(first));
  // ("the Libre party", "the Tupamaros guerrilla group": a party or a movement by its name alone.)
  // (In a sentence about politics: not "the Eurovision party", "the Dada movement".)
  const party = (next?.text === 'party' || (next?.text === 'guerrilla' && /^(?:group|movement)$/u.test(tokens[next.index + 1]?.text ?? '')))
    && previous?.lower === 'the' && run.length === 1 && !hasAny(first, ['Demonym']) && !DEMONYM_SHAPE.test(first.text)
    && tokens.some((t) => t.sentence === first.sentence && POLITICS.test(t.lower));
  if (nextInSentence && type !== 'ORG' && (BUSINESS_NOUNS.has(next.text) || MEMBER_NOUNS.has(next.lower) || paper || party) && !POSSESSIVE.test(last.text)
    && !run.some((token) => hasAny(token, [...PERSON_TAGS, ...PLACE_TAGS]))) return 'ORG';
  if (type !== 'PLACE' && namesLocality(tokens, run)) return 'PLACE';
  // "the Radial Leste highway", "the Mahatma Gandhi road": a name before a lower-case word for a road.
  // ("the Ravensthorpe mine", "the Ghawar oilfield": or for a site; not a firm's, "the Rio Tinto mine".)
  // ("the Majuba power station", "Westwinds C-Train station": a site's word after a modifier of its kind.)
  const site = nextInSentence && (NAMED_SITES.has(next.text) || (SITE_KINDS.test(next.text) && /^\s+$/u.test(next.post) && /^stations?$/u.test(tokens[next.index + 1]?.text ?? ''))
    || (next.text === 'station' && /-/u.test(last.text)));
  if (type !== 'PLACE' && nextInSentence && (ROAD_NOUNS.has(next.text) || (site && type !== 'ORG') || (site && type === 'ORG' && run.length === 1 && !isAllCaps(run[0])))
    && !POSSESSIVE.test(last.text)
    && !run.some((token) => hasAny(token, PERSON_TAGS))) return 'PLACE';
  // "in Santiago Bernabeu stadium": a venue named after a person is a place.
  if (type !== 'PLACE' && type !== 'ORG' && nextInSentence && VENUE_NOUNS.has(next.text) && !POSSESSIVE.test(last.text) && run.length > 1) return 'PLACE';
  // "in east Austin", "near downtown Denver": a part of town between "in" and a name makes it a place.
  if (type !== 'PLACE' && closeBefore && AREA_WORDS.has(previous.text) && beforePrevious !== undefined
    && /^(?:in|near|at|from|across|around|outside|of|to)$/u.test(beforePrevious.lower)) return 'PLACE';
  // "in Round Rock": ordinary words in capitals after "in" or "near" name a place, not a heading.
  if (type === 'UNKNOWN' && run.length > 1 && closeBefore && /^(?:in|near)$/u.test(previous.lower) && run.every((token) => isUpperInitial(token))) return 'PLACE';
  return undefined;
}

function makeCandidate(run: Token[], type: ActorType | 'UNKNOWN', role: string | undefined, weak: boolean): NameCandidate {
  const first = run[0];
  const last = run[run.length - 1];
  let end = nameEnd(last);
  const possessive = last.text.match(POSSESSIVE);
  if (possessive) end = last.end - possessive[0].length;
  else if (/s$/u.test(last.text) && /^['’]/u.test(last.post) && !/^['’]\p{L}/u.test(last.post)) end = last.end;
  const words = run
    .filter((token) => !isInitial(token) && !NAME_CONNECTORS.has(lower(token)))
    .map((token) => lower(token).replace(POSSESSIVE, ''));
  return { start: first.start, end, type, role, words, firstToken: first.index, lastToken: last.index, weak };
}

const DEMONYM_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ish|ian|ians|ese|i|is|ic|ist|ists|ans|ite|ites)$/u;

/** "Turkish officials", "Syrian", "Islamists": a nationality or group adjective, not a name. */
function isDemonymLike(token: Token, next: Token | undefined): boolean {
  if (!DEMONYM_ENDING.test(token.text)) return false;
  const modifies = next !== undefined && /^\p{Ll}/u.test(next.text) && !next.tags.has('Verb') && /^\s+$/u.test(token.post);
  if (hasAny(token, PERSON_TAGS) || (hasAny(token, [...PLACE_TAGS, 'Organization']) && !modifies)) return false;
  if (lexiconTag(bare(token)) !== undefined) return true;
  return !next || /^\p{Ll}/u.test(next.text) || /^[,.;:]/u.test(token.post) || /s$/u.test(lower(token));
}

/** True when the word looks like a person's name word to compromise (first or last name). */
export function isKnownPersonWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag === 'FirstName' || tag === 'LastName' || tag === 'MaleName' || tag === 'FemaleName';
}
