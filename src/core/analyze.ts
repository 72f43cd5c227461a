import { findFirmShortNames, findNicknames, findShortNames, joinEntries } from './acronyms';
import { buildActors } from './actors';
import { dateDirection, findDates, withAgo } from './dates';
import { linkDescriptors } from './descriptors';
import { buildGazetteer, findNames, isAllCaps, lowerCaseWords, withoutVessels } from './entities';
import type { Gazetteer, NameCandidate, WordSet } from './entities';
import { findEvents } from './events';
import { POSSESSIVE, tokenizeText } from './nlp';
import type { ChunkCache, ChunkEntry, Token } from './nlp';
import { announcesTitle, attributeQuotes, isQuotedTitle, pairQuotes } from './quotes';
import { DESCRIBING_ROLES, findAppositiveRoles, RELATIONS } from './roles';
import { separateDates, settleNames } from './settle';
import { findArticleDate, normalizeDate } from './timeline';
import type { Analysis, AnalysisWarning, AnalyzeOptions, LexiconEntry, Span } from './types';
import { CLASS_NOUNS, HONORIFICS, PRESIDENTIAL_NOUNS, SPEECH_VERBS } from './vocabulary';

const EMPTY: Omit<Analysis, 'length' | 'warnings'> = { mentions: [], actors: [], quotes: [], events: [], sentences: [] };

/** Why a text cannot be analyzed as an article (binary data, empty), or null when it can. */
export function checkText(text: string): AnalysisWarning | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return { code: 'empty-text', message: 'The article has no words to analyze.' };
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu)?.length ?? 0;
  if (sample.includes('\u0000') || control > sample.length * 0.02) {
    return { code: 'binary-text', message: 'The file looks binary (control characters or invalid UTF-8), not an article.' };
  }
  return null;
}

/** Checks lexicon entries and returns the usable ones with a warning per bad entry. */
export function validateLexicon(lexicon: unknown): { entries: LexiconEntry[]; warnings: AnalysisWarning[] } {
  const entries: LexiconEntry[] = [];
  const warnings: AnalysisWarning[] = [];
  if (lexicon === undefined || lexicon === null) return { entries, warnings };
  if (!Array.isArray(lexicon)) {
    return { entries, warnings: [{ code: 'lexicon', message: 'The lexicon must be a list of {"name", "type", "aliases"} entries; it was ignored.' }] };
  }
  lexicon.forEach((entry: unknown, n) => {
    const value = entry as Partial<LexiconEntry> | null;
    const okType = value && (value.type === 'PERSON' || value.type === 'ORG' || value.type === 'PLACE');
    const okName = value && typeof value.name === 'string' && value.name.trim() !== '';
    const okAliases = value && (value.aliases === undefined || (Array.isArray(value.aliases) && value.aliases.every((a) => typeof a === 'string')));
    if (!okType || !okName || !okAliases) {
      warnings.push({ code: 'lexicon', message: `Lexicon entry ${n + 1} was ignored: it needs a "name", a "type" of PERSON, ORG or PLACE and optional "aliases" strings.` });
      return;
    }
    entries.push({ name: value.name!.trim(), type: value.type!, ...(value.aliases ? { aliases: value.aliases } : {}) });
  });
  return { entries, warnings };
}

/** An analyzer that remembers tagged chunks between runs, so re-analysis after a small edit is cheap. */
export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** Creates an analyzer with its own chunk cache; its results always equal `analyzeArticle`'s. */
export function createAnalyzer(): Analyzer {
  const cache: ChunkCache = new Map();
  return { analyze: (text, options) => runAnalysis(text, options ?? {}, cache) };
}

/**
 * Analyzes one article: mentions, actors, quotes and events, with half-open UTF-16 offsets into
 * `text` exactly as given (never normalized). Arrays are sorted by start.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Analysis {
  return runAnalysis(text, options, undefined);
}

function runAnalysis(text: string, options: AnalyzeOptions, cache: ChunkCache | undefined): Analysis {
  const problem = checkText(text);
  const { entries, warnings } = validateLexicon(options.lexicon);
  if (problem) return { length: text.length, ...EMPTY, warnings: [problem, ...warnings] };
  const { tokens, sentences, chunks } = tokenizeText(text, cache);
  // Names and dates are found chunk by chunk on chunk-local tokens, so a cached chunk keeps them.
  const lexiconKey = JSON.stringify(entries);
  const gazetteer = gazetteerFor(lexiconKey, entries);
  const lowerWords = new Set<string>();
  for (const chunk of chunks) {
    let words = chunk.entry.memo.get('lowerWords') as Set<string> | undefined;
    if (!words) chunk.entry.memo.set('lowerWords', words = lowerCaseWords(chunk.entry.tokenized.tokens));
    for (const word of words) lowerWords.add(word);
  }
  const found: NameCandidate[] = [];
  const dates: Span[] = [];
  for (const chunk of chunks) {
    const local = chunk.entry.tokenized.tokens;
    const names = chunkNames(chunk.entry, lexiconKey, lowerWords, (words) => findNames(local, gazetteer, words));
    // Names placed at the same offsets as last time (chunks before an edit) are reused as they are.
    const placed = chunk.entry.memo.get('placedNames') as { names: NameCandidate[]; start: number; tokenBase: number; placed: NameCandidate[] } | undefined;
    if (placed && placed.names === names && placed.start === chunk.start && placed.tokenBase === chunk.tokenBase) {
      for (const name of placed.placed) found.push(name);
    } else {
      const shifted = names.map((name) => ({
        ...name, start: name.start + chunk.start, end: name.end + chunk.start,
        firstToken: name.firstToken + chunk.tokenBase, lastToken: name.lastToken + chunk.tokenBase,
      }));
      chunk.entry.memo.set('placedNames', { names, start: chunk.start, tokenBase: chunk.tokenBase, placed: shifted });
      for (const name of shifted) found.push(name);
    }
    let chunkDates = chunk.entry.memo.get('dates') as Span[] | undefined;
    if (!chunkDates) chunk.entry.memo.set('dates', chunkDates = findDates(local));
    for (const date of chunkDates) dates.push({ start: date.start + chunk.start, end: date.end + chunk.start });
  }
  // A ship's name is none of the article's actors wherever it stands ("the ferry Glen Sannox … Glen Sannox will").
  const candidates = withoutVessels(tokens, found);
  const useOf = (candidate: NameCandidate): 'PERSON' | 'ORG' | 'SPEAKER' | undefined => {
    const last = tokens[candidate.lastToken];
    const next = tokens[candidate.lastToken + 1];
    const acting = actsAs(candidate);
    if (acting) return acting;
    if (next === undefined || next.sentence !== last.sentence) return undefined;
    // "Maduro's government", "Huawei's shares".
    if (POSSESSIVE.test(last.text)) return PERSONAL_BELONGINGS.has(next.lower) ? 'PERSON' : BUSINESS_BELONGINGS.has(next.lower) ? 'ORG' : undefined;
    if (!/^\s+$/u.test(last.post)) return appositiveKind(candidate);
    // "the Trump administration": a president's.
    if (PRESIDENTIAL_NOUNS.has(next.text)) return 'PERSON';
    // "Qantas chief executive Alan Joyce", "Qantas CEO Alan Joyce": a company's officer, named (in lower case
    // or as an acronym: a headline's "Rotating Chairman Finally Speaks" is none).
    if (COMPANY_OFFICERS.has(next.lower) && (/^\p{Ll}/u.test(next.text) || isAllCaps(next))) {
      let j = next.index;
      while (j < next.index + 3 && tokens[j + 1]?.sentence === last.sentence && /^\p{Ll}/u.test(tokens[j + 1].text)) j++;
      const named = tokens[j + 1];
      if (named?.sentence === last.sentence && /^\p{Lu}\p{Ll}/u.test(named.text) && /^\s+$/u.test(tokens[j].post)) return 'ORG';
    }
    return undefined;
  };
  /** "Huawei, a privately held company (based in …)": an appositive whose head noun is a kind of organization (not "a former company director"). */
  const appositiveKind = (candidate: NameCandidate): 'ORG' | undefined => {
    const last = tokens[candidate.lastToken];
    const next = tokens[candidate.lastToken + 1];
    // (Also after an owner's name: "Alphabet, Google's parent company".)
    if (!/^,\s*$/u.test(last.post) || !(/^(?:a|an|the)$/u.test(next.lower) || (/^\p{Lu}/u.test(next.text) && POSSESSIVE.test(next.text)))) return undefined;
    for (let k = candidate.lastToken + 2; k < candidate.lastToken + 8 && tokens[k]?.sentence === last.sentence; k++) {
      const after = tokens[k + 1];
      const headEnds = /[,;:.!?)]/u.test(tokens[k].post) || after === undefined || after.sentence !== last.sentence
        || /^(?:of|in|that|which|with|for|from|whose|and|or|to|at|on|by)$/u.test(after.lower)
        || (tokens[k].tags.has('Noun') && !after.tags.has('Noun')); // "a … company renowned for …"
      if (headEnds) return isOrganizationKind(tokens[k].lower) ? 'ORG' : undefined;
    }
    return undefined;
  };
  /** "Galois himself", "Zorba, who heads the agency", "Zorba, 45, said": a person; "Zorba said": a speaker. */
  function actsAs(candidate: NameCandidate): 'PERSON' | 'SPEAKER' | undefined {
    const next = tokens[candidate.lastToken + 1];
    if (next === undefined) return undefined;
    const apposed = /^,\s*$/u.test(tokens[candidate.lastToken].post) && next.sentence === tokens[candidate.lastToken].sentence;
    // "a villager in Zhangzha told the agency": after "in" the name is where the speaker is from.
    if (/^(?:in|at|from|near)$/u.test(tokens[candidate.firstToken - 1]?.lower ?? '')) return undefined;
    // ("Pachomius died", "Pachomius forgave Theodorus", "Maduro was born in Caracas": what only people do.)
    const bornNext = next.lower === 'was' && tokens[candidate.lastToken + 2]?.lower === 'born';
    if (/^(?:himself|herself)$/u.test(next.lower) || HUMAN_VERBS.has(next.lower) || bornNext
      || (apposed && (/^(?:who|whose)$/u.test(next.lower) || (/^\d{1,3}$/u.test(next.text) && Number(next.text) <= 110 && /^,/u.test(next.post))))) return 'PERSON';
    return isSpeechVerb(next) && !NOT_ONLY_SPEECH.has(next.root) ? 'SPEAKER' : undefined;
  }
  // Names whose kind only the whole article tells: teams, acronyms, affiliations, lists, languages, titles.
  const paired = pairQuotes(text);
  const settled = settleNames(text, tokens, candidates, entries, paired.pairs.filter((pair) => announcesTitle(text, pair) || isQuotedTitle(text, pair)));
  const { names, dates: kept } = separateDates(settled, dates);
  // Other names the article gives a name join its actor: short names and translations in parentheses ("Tokyo
  // Electric Power Company (Tepco)", "Comunidad Ciudadana (Civic Community)"), nicknames, birth names and
  // pseudonyms (", known by the nickname Long Hair", "(born Jenna Nicole Mourey)"), an organization's other name
  // ("known as …", "or ELN"); entries that share a name become one.
  const shortNames = joinEntries([...findNicknames(text, names), ...findShortNames(text, names), ...findFirmShortNames(text, names)]);
  const { mentions, actors } = buildActors(text, names, useOf, kept, shortNames.length > 0 ? [...entries, ...shortNames] : entries);
  // Appositive roles ("Maria Zakharova, Russia's Foreign Ministry spokeswoman") fill in where no title did.
  for (const [actorId, role] of findAppositiveRoles(text, mentions, actors)) {
    const actor = actors.find((a) => a.id === actorId);
    // (Also over an honorific alone: "Dr Peter Ndegwa, the chief executive of Safaricom, said"; and over a rank, which says
    // less than the post: "Commodore Frank Bainimarama, Fiji's prime minister", "Colonel Ana Ruiz, the army spokeswoman".)
    // (And over a word that only describes: "Populist billionaire Andrej Babis … its leader, Babis".)
    // (Also over "Professor" or "Doctor" alone: "Professor Stephen Powis, NHS national medical director".)
    // (Not a relationship for a post: "Doctor Hamid Karimi, a survivor of the massacre".)
    const post = !role.split(/\s+(?:of|for|to)\s+/u)[0].split(/\s+/u).some((w) => RELATIONS.test(w));
    if (actor && (!actor.role || HONORIFICS.has(actor.role.toLowerCase().replace(/\.$/u, '')) || (/^(?:professor|doctor)$/iu.test(actor.role) && post) || PEERAGES.test(actor.role) || RANKS_ALONE.test(actor.role)
      || DESCRIBING_ROLES.test(actor.role))) actor.role = role;
  }
  const articleDate = findArticleDate(mentions.filter((m) => m.type === 'DATE'), options.articleDate, text);
  for (const mention of mentions) {
    if (mention.type !== 'DATE') continue;
    const normal = normalizeDate(withAgo(text, mention), articleDate?.iso, articleDate ? dateDirection(text, tokens, mention) : 'past');
    if (normal) mention.iso = normal.iso;
  }
  const descriptors = linkDescriptors(tokens, mentions, actors);
  const quotes = attributeQuotes(text, paired.pairs, tokens, sentences, mentions, descriptors);
  const eventChunks = chunks.map((chunk) => ({
    start: chunk.start, end: chunk.end, memo: chunk.entry.memo, sentenceBase: chunk.sentenceBase, sentenceCount: chunk.entry.tokenized.sentences.length,
  }));
  const events = findEvents(text, tokens, sentences, mentions, quotes, descriptors, eventChunks);
  return {
    length: text.length, ...(articleDate ? { articleDate } : {}), mentions, actors, quotes, events, sentences,
    warnings: [...warnings, ...paired.warnings],
  };
}

/** The phrase table for a lexicon, built once per lexicon (thousands of listed names) rather than per run. */
let lastGazetteer: { key: string; gazetteer: Gazetteer } | undefined;
function gazetteerFor(key: string, entries: LexiconEntry[]): Gazetteer {
  if (lastGazetteer?.key !== key) lastGazetteer = { key, gazetteer: buildGazetteer(entries) };
  return lastGazetteer.gazetteer;
}

interface NamesMemo {
  lexiconKey: string;
  /** Every lower-case-word lookup the names pass made, with its answer. */
  lookups: Map<string, boolean>;
  names: NameCandidate[];
}

/**
 * A chunk's name candidates (chunk-local offsets), reused while the lexicon is the same and every
 * lower-case-word lookup they depended on still gives the same answer; otherwise found again.
 */
function chunkNames(entry: ChunkEntry, lexiconKey: string, lowerWords: WordSet, find: (words: WordSet) => NameCandidate[]): NameCandidate[] {
  const memo = entry.memo.get('names') as NamesMemo | undefined;
  if (memo && memo.lexiconKey === lexiconKey && [...memo.lookups].every(([word, had]) => lowerWords.has(word) === had)) return memo.names;
  const lookups = new Map<string, boolean>();
  const recorder: WordSet = {
    has(word) {
      const had = lowerWords.has(word);
      lookups.set(word, had);
      return had;
    },
  };
  const names = find(recorder);
  entry.memo.set('names', { lexiconKey, lookups, names });
  return names;
}

/** Verbs only people are the subject of: "Pachomius died", "Zorba smiled". */
const HUMAN_VERBS = new Set(['died', 'dies', 'forgave', 'married', 'smiled', 'laughed', 'wept', 'cried', 'resigned', 'retired', 'confessed', 'apologised', 'apologized']);
/** Officers only companies have, before their names: "Qantas chief executive Alan Joyce" (a spokesman may be anyone's). */
const COMPANY_OFFICERS = new Set(['chief', 'ceo', 'chairman', 'chairwoman', 'founder', 'executive']);
/** What only a person has: "Maduro's government", "Mnangagwa's wife". */
const PERSONAL_BELONGINGS = new Set([...PRESIDENTIAL_NOUNS, 'government', 'regime', 'cabinet', 'wife', 'husband', 'widow', 'son', 'daughter', 'father',
  'mother', 'brother', 'sister', 'family', 'lawyer', 'lawyers', 'aides', 'aide', 'supporters', 'predecessor', 'successor', 'reelection', 're-election']);
/** What only an organization has: "Exxaro's shares", "Huawei's workforce". */
const BUSINESS_BELONGINGS = new Set(['shares', 'stock', 'shareholders', 'ceo', 'employees', 'headquarters', 'subsidiary', 'subsidiaries', 'revenue',
  'revenues', 'profit', 'profits', 'earnings', 'board', 'workforce', 'members', 'leadership']);
/**
 * Peers' titles and honorific styles, which an appositive role says more than ("Baroness Thatcher", "former Conservative prime
 * minister"; "Kuwaiti oil minister Sheikh Ahmad al-Sabah").
 */
/** A military or police rank alone, no post. */
const RANKS_ALONE = /^(?:(?:Major|Lieutenant|Brigadier|Air) General|General|(?:Lieutenant )?Colonel|Major|Captain|Commodore|(?:Rear |Vice )?Admiral|(?:Senior |Deputy |Assistant )?Superintendent|(?:Chief )?Inspector|Sergeant|Corporal|Constable|Lieutenant)$/u;
const PEERAGES = /^(?:Baroness|Countess|Viscount|Viscountess|Duchess|Marquess|Lord|Lady|(?:HH |H\.H\. )?Sheikha?|Datuk|Dato'?|Datin|Tun|Tan Sri|(?:Datuk|Dato'?) Seri)$/u;

/** Nouns of an appositive that say a name is an organization: the class nouns of organizations, and "maker", "giant" …. */
const isOrganizationKind = (noun: string): boolean => CLASS_NOUNS.get(noun) === 'ORG'
  || /^(?:maker|giant|producer|supplier|operator|corporation|start-up|startup|organisation|conglomerate|retailer|carrier|broadcaster|publisher|lender|insurer|airline|chain|subsidiary|outfit|movement|faction|coalition|union)$/u.test(noun);
/** Speech verbs that things do too ("Chrome continues to surge", "the index points to"): no evidence of a person. */
const NOT_ONLY_SPEECH = new Set(['continue', 'begin', 'point', 'post', 'report', 'estimate', 'predict', 'call', 'agree', 'reveal', 'describe', 'concur', 'confirm', 'note', 'state']);

function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has('Verb') && SPEECH_VERBS.has(token.root);
}
