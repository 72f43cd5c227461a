import { isDurationText, withAgo } from './dates';
import { descriptorKey, isDescriptor } from './descriptors';
import type { Token } from './nlp';
import { lexiconTag } from './nlp';
import { insideSpans, lowerBound, startingIn } from './spans';
import { ingStems } from './text';
import type { ArticleEvent, Mention, Participant, Quote, Span } from './types';
import { SPEECH_VERBS } from './vocabulary';

/**
 * Event types by lemma, after CAMEO's root categories (verbs and event nouns share a lemma).
 * Unlisted lemmas are "other".
 */
const TYPE_WORDS: Record<string, string> = {
  statement: 'say tell add state announce declare claim report comment write describe explain note insist reply respond confirm deny stress tweet',
  consult: 'meet speak talk visit host discuss negotiate consult phone',
  cooperate: 'agree cooperate sign support help aid collaborate ally praise welcome thank reconcile restore',
  appeal: 'ask urge demand appeal request plead petition',
  criticize: 'condemn criticize criticise accuse blame denounce reject deplore',
  threaten: 'threaten warn vow',
  protest: 'protest rally march demonstrate boycott gather',
  investigate: 'arrest detain investigate charge prosecute sentence jail question raid probe convict confiscate seize',
  attack: 'attack shoot wound hit assault bomb strike stab beat injure fire kidnap abduct',
  kill: 'kill assassinate murder execute slay',
  military: 'invade deploy shell mobilize mobilise occupy enter',
  travel: 'travel arrive leave return fly go come',
  appoint: 'appoint elect name nominate resign quit retire dismiss replace sack oust',
};
const EVENT_TYPES: Record<string, string> = {};
for (const [type, words] of Object.entries(TYPE_WORDS)) for (const word of words.split(' ')) EVENT_TYPES[word] ??= type;

/** People who hold a job: "fired" them means dismissed ("fired its CEO", "fired the coach"). */
const JOB_WORDS = /\b(?:ceo|chief|executive|executives|director|directors|manager|managers|coach|staff|employees?|workers?|officials?|minister|secretary|editor|head|president|chairman|chairwoman|spokes(?:man|woman|person))\b/iu;

/** Event nouns and the verb they name ("the assassination of X" is an event like "assassinated X"). */
const EVENT_NOUNS: Record<string, string> = {
  assassination: 'assassinate', killing: 'kill', killings: 'kill', murder: 'murder', shooting: 'shoot', shootout: 'shoot',
  attack: 'attack', attacks: 'attack', assault: 'attack', bombing: 'bomb', protest: 'protest', protests: 'protest',
  demonstration: 'demonstrate', demonstrations: 'demonstrate', meeting: 'meet', talks: 'talk', visit: 'visit',
  arrest: 'arrest', arrests: 'arrest', invasion: 'invade', incursion: 'invade', kidnapping: 'kidnap', condemnation: 'condemn',
  explosion: 'bomb', resignation: 'resign', appointment: 'appoint',
};

/** The verb behind an "-ing" form, when it names a typed event ("killing" → kill, "injuring" → injure, "stabbing" → stab). */
function eventLemmaOfParticiple(word: string): string | undefined {
  return ingStems(word).find((lemma) => EVENT_TYPES[lemma] !== undefined);
}

/** The coarse event type of a lemma ("assassinate" → "kill"). */
export function eventTypeOf(lemma: string): string {
  return EVENT_TYPES[lemma] ?? 'other';
}

const SKIP_TAGS = ['Auxiliary', 'Copula', 'Modal', 'Infinitive', 'Gerund'];
const NP_TAGS = ['Determiner', 'Value', 'Cardinal', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Acronym'];
const NOT_IN_NP = new Set(['who', 'which', 'that', 'whom', 'whose', 'what', 'it', 'there', 'here', 'now', 'then', 'also']);
const GROUP_HEADS = new Set(['leaders', 'countries', 'sides', 'men', 'governments', 'nations', 'presidents']);
/** Heads through which a country or organization acts ("Turkey’s military", "Russia’s government"). */
const INSTITUTIONS = new Set(['military', 'army', 'navy', 'government', 'forces', 'troops', 'police', 'ministry', 'embassy', 'consulate', 'administration', 'parliament', 'president', 'leadership', 'authorities', 'officials', 'jets', 'warplanes']);
/** Adverbs of time the tagger may read otherwise ("The IRA later admitted"). */
const TIME_ADVERBS = new Set(['later', 'earlier', 'then', 'now', 'also', 'previously', 'since', 'again', 'still', 'already', 'once']);
/** Natural hazards, which strike and hit without attacking anyone. */
const HAZARDS = /\b(?:quake|earthquake|tremor|aftershock|storm|hurricane|typhoon|cyclone|tornado|flood|floods|flooding|wildfire|fire|landslide|tsunami|avalanche|eruption|drought|heatwave|lightning|rain|rains|winds?)$/iu;
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'when', 'because', 'although']);
const MOTION = new Set(['go', 'enter', 'travel', 'return', 'come', 'fly', 'move']);
const WITH_PARTNER = new Set(['meet', 'speak', 'talk', 'agree', 'cooperate', 'negotiate', 'consult', 'discuss']);

const isVerb = (t: Token): boolean => t.tags.has('Verb') && !SKIP_TAGS.some((tag) => t.tags.has(tag));
/** Verbs of being and having: states, not events ("has 277 vulnerabilities", "had known Devocht"). */
const STATIVE = new Set(['be', 'have', 'know', 'seem', 'remain', 'belong', 'contain', 'include', 'require', 'involve', 'relate',
  'mean', 'own', 'possess', 'consist', 'depend', 'resemble', 'deserve', 'matter', 'known']);
/**
 * A plural noun the tagger read as a verb: "-s" after a common noun, ending the sentence or before a
 * participle ("the lantern scenes.", "artillery rounds aimed at …"), unlike "the company plans to …".
 */
const isPluralNoun = (t: Token, previous: Token | undefined, next: Token | undefined): boolean => /s$/u.test(t.lower)
  && previous !== undefined && previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('ProperNoun')
  && /^\s+$/u.test(previous.post) && (/[.!?,;:]/u.test(t.post) || (next !== undefined && next.tags.has('PastTense') && /^\s+$/u.test(t.post)));
const NOUN_LEXICON = new Set(['Singular', 'Plural', 'Noun', 'Uncountable']);
/** "Aid agency MSF said …": a sentence's first word, a noun in the lexicon, before a noun is no command. */
const opensNounPhrase = (t: Token, k: number, next: Token | undefined): boolean => k === 0 && t.tags.has('Imperative')
  && NOUN_LEXICON.has(lexiconTag(t.lower) ?? '') && next !== undefined && next.tags.has('Noun') && !next.tags.has('Pronoun') && /^\s+$/u.test(t.post);
const npWord = (t: Token | undefined): boolean => t !== undefined && !t.tags.has('Pronoun') && !NOT_IN_NP.has(t.lower)
  && !t.tags.has('Preposition') && !t.tags.has('Gerund') && !t.tags.has('Conjunction')
  && !(/ing$/u.test(t.lower) && !NOUN_LEXICON.has(lexiconTag(t.lower) ?? ''))
  && ((NP_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Verb')) || NOUN_LEXICON.has(lexiconTag(t.lower) ?? ''));
const ABBREVIATED = /^(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|prof|rev|\p{L})$/iu;
/** True when nothing but spaces, a hyphen, a possessive or an abbreviation's period separates two words. */
const glued = (a: Token, _b: Token): boolean => /^[\s'’-]*$/u.test(a.post) || /^['’]s?\s*$/u.test(a.post)
  || (/^\.\s+$/u.test(a.post) && ABBREVIATED.test(a.text));

/** Everything the event finder needs about one sentence. */
interface Sentence {
  span: Span;
  tokens: Token[];
  mentions: Mention[];
  /** The sentence's dates ("on Sunday"), which never make a subject. */
  dates: Mention[];
}

interface Finder {
  text: string;
  descriptors: ReadonlyMap<string, string>;
  /** Person mentions of the whole text, for "he"/"she" and "the two leaders". */
  people: Mention[];
}

/** The noun phrase ending at token k ("a group of protesters", "Turkey’s military", "at least three others"). */
function phraseEndingAt(tokens: Token[], k: number): [number, number] | null {
  if (!npWord(tokens[k])) return null;
  let start = k;
  while (start > 0 && glued(tokens[start - 1], tokens[start])) {
    const previous = tokens[start - 1];
    if (npWord(previous)) start--;
    else if ((previous.lower === 'of' || previous.lower === 'to') && start - 2 >= 0 && npWord(tokens[start - 2]) && tokens[start - 2].tags.has('Noun')) start -= 2;
    else if (previous.lower === 'and' && start - 2 >= 0 && npWord(tokens[start - 2]) && !tokens[start - 2].tags.has('ProperNoun')
      && !tokens[start].tags.has('ProperNoun') && glued(tokens[start - 2], previous)) start -= 2; // "mother and sister"
    else break;
  }
  if (start >= 2 && tokens[start - 1].lower === 'least' && tokens[start - 2].lower === 'at') start -= 2;
  return [start, k];
}

/** The noun phrase starting at token k, up to its head noun. */
function phraseStartingAt(tokens: Token[], k: number): [number, number] | null {
  let j = k;
  if (tokens[j]?.lower === 'at' && tokens[j + 1]?.lower === 'least') j += 2;
  if (!npWord(tokens[j])) return null;
  let end = j;
  while (end + 1 < tokens.length && npWord(tokens[end + 1]) && glued(tokens[end], tokens[end + 1])) end++;
  // A phrase needs a head: "a Russian jet" even when the tagger took "jet" for a verb.
  const next = tokens[end + 1];
  const modifierOnly = !tokens[end].tags.has('Noun') || tokens[end].tags.has('Demonym') || tokens[end].tags.has('Adjective');
  if (next && modifierOnly && glued(tokens[end], next) && /^\p{Ll}+$/u.test(next.text) && !next.tags.has('Preposition')
    && !next.tags.has('PastTense') && !next.tags.has('Gerund') && !next.tags.has('Conjunction') && !CONJUNCTIONS.has(next.lower)) end++;
  // "four Soviet diplomats", "the fall of …" stops at "of"; "Altintas’s mother and sister" keeps "and".
  if (tokens[end + 1]?.lower === 'and' && npWord(tokens[end + 2]) && tokens[end + 2].tags.has('Noun') && !tokens[end + 2].tags.has('ProperNoun')
    && glued(tokens[end], tokens[end + 1])) end += 2;
  return [k, end];
}

/** A participant for tokens [from, to]: the actor its head names or stands for, else its possessor. */
function participant(finder: Finder, sentence: Sentence, tokens: Token[], from: number, to: number): Participant {
  const start = tokens[from].start;
  const end = tokens[to].end;
  // The head is the last word before an "of"/"to" phrase ("Putin of Russia", "ambassador to Turkey").
  let headIndex = to;
  for (let k = from + 1; k <= to; k++) {
    if (tokens[k].lower === 'of' || tokens[k].lower === 'to') {
      headIndex = k - 1;
      break;
    }
  }
  const head = tokens[headIndex];
  // (A name that runs past the phrase's "of" takes the phrase with it: "by the Police Service of Northern Ireland".)
  const named = sentence.mentions.find((m) => m.actorId && m.start >= start && m.start <= head.start && head.end <= m.end);
  if (named && named.end > end) return { start, end: named.end, text: finder.text.slice(start, named.end), actorId: named.actorId };
  const inside = sentence.mentions.filter((m) => m.actorId && m.start >= start && m.end <= end);
  // "the Turkish president, Recep Tayyip Erdogan": an appositive name right after the phrase.
  const appositive = /^,\s*$/u.test(finder.text.slice(end, end + 2)) ? sentence.mentions.find((m) => m.start > end && m.start <= end + 3 && m.type === 'PERSON') : undefined;
  const owner = inside.filter((m) => m.end <= head.start).pop();
  const actorId = named?.actorId
    ?? appositive?.actorId
    ?? (isDescriptor(head.lower) ? finder.descriptors.get(descriptorKey(head.lower)) : undefined)
    ?? (INSTITUTIONS.has(head.lower) ? owner?.actorId : undefined) // "Turkey’s military" acts for Turkey; "Altintas’s mother" does not
    ?? null;
  return { start, end, text: finder.text.slice(start, end), actorId };
}

/** "the two leaders", "both sides": the last two actors of the sentence (or the one before) named before. */
function groupOf(finder: Finder, phrase: Participant): Participant[] | null {
  const words = phrase.text.toLowerCase().split(/\s+/u);
  if (!(words.includes('two') || words.includes('both')) || !GROUP_HEADS.has(words[words.length - 1])) return null;
  const ids: string[] = [];
  for (let i = lowerBound(finder.people, phrase.start) - 1; i >= 0 && ids.length < 2; i--) {
    const m = finder.people[i];
    if (m.actorId && m.end <= phrase.start && !ids.includes(m.actorId)) ids.push(m.actorId);
  }
  if (ids.length < 2) return null;
  return ids.reverse().map((actorId) => ({ ...phrase, actorId }));
}

/** The subject of the verb at index k: the phrase before it, past adverbs, appositives and relative clauses. */
function subjectOf(finder: Finder, sentence: Sentence, k: number, clauseStart: number): Participant[] {
  const tokens = sentence.tokens;
  let j = k - 1;
  const skipModifiers = (): void => {
    while (j >= clauseStart && (tokens[j].tags.has('Adverb') || tokens[j].tags.has('Auxiliary') || tokens[j].tags.has('Negative') || TIME_ADVERBS.has(tokens[j].lower))) j--;
  };
  skipModifiers();
  // "Prime Minister Abiy Ahmed on Sunday ordered": a date between the subject and its verb is not the subject.
  // ("A storm on Sunday night (March 4) caused": each date in turn.)
  // (A date closing a comma-delimited insertion is left to the insertion rule below: "X, in a speech late Monday night, said".)
  const dateAt = (): Mention | undefined => (j >= clauseStart && !/,\s*$/u.test(tokens[j].post)
    ? sentence.dates.find((d) => d.start <= tokens[j].start && tokens[j].end <= d.end) : undefined);
  for (let date = dateAt(); date; date = dateAt()) {
    const from = date.start;
    while (j >= clauseStart && tokens[j].start >= from) j--;
    if (j >= clauseStart && /^(?:on|in|at|last|this|early|late)$/u.test(tokens[j].lower)) j--;
    skipModifiers();
  }
  if (j < clauseStart) return [];
  // "Hezbollah, now allied with Russia in Syria, kidnapped": skip a comma-delimited insertion.
  if (/,\s*$/u.test(tokens[j].post)) {
    let c = j - 1;
    while (c >= 0 && !/,\s*$/u.test(tokens[c].post)) c--;
    if (c < 0) return [];
    j = c;
  }
  if (['he', 'she'].includes(tokens[j].lower)) {
    const person = finder.people[lowerBound(finder.people, tokens[j].start) - 1];
    return person?.actorId ? [{ start: tokens[j].start, end: tokens[j].end, text: tokens[j].text, actorId: person.actorId }] : [];
  }
  const span = phraseEndingAt(tokens, j);
  if (!span) return [];
  const phrase = participant(finder, sentence, tokens, span[0], span[1]);
  return groupOf(finder, phrase) ?? [phrase];
}

/** The object of the verb at index k: the phrase after it (past particles), or after "with"/"into" for some verbs. */
function objectOf(finder: Finder, sentence: Sentence, k: number, lemma: string): Participant[] {
  const tokens = sentence.tokens;
  let j = k + 1;
  while (j < tokens.length && (tokens[j].tags.has('Adverb') || ['down', 'up', 'out', 'off'].includes(tokens[j].lower))) j++;
  if (j >= tokens.length || /[,;:]\s*$/u.test(tokens[j - 1].post) && j - 1 === k) return [];
  if ((WITH_PARTNER.has(lemma) && tokens[j].lower === 'with') || (MOTION.has(lemma) && ['into', 'to'].includes(tokens[j].lower))) j++;
  if (tokens[j]?.tags.has('Preposition')) return [];
  // "state media reported Tuesday": a date after the verb says when, not what.
  if (tokens[j] && sentence.dates.some((d) => d.start <= tokens[j].start && tokens[j].end <= d.end)) return [];
  const span = tokens[j] ? phraseStartingAt(tokens, j) : null;
  return span ? [participant(finder, sentence, tokens, span[0], span[1])] : [];
}

/** Verbs done to someone, which a headline or caption leaves passive without "was": "Stone sentenced to 40 months". */
const DONE_TO = new Set(['sentence', 'jail', 'arrest', 'detain', 'kill', 'injure', 'wound', 'charge', 'convict', 'elect', 'appoint',
  'free', 'release', 'kidnap', 'abduct', 'execute', 'deport', 'expel', 'indict', 'acquit', 'imprison', 'evacuate', 'rescue', 'fine', 'ban', 'suspend']);

/**
 * "Trump confidant Roger Stone sentenced to 40 months in jail", "Three protesters killed in clashes": such
 * a verb in the past with no object, right before a preposition or the end, is passive.
 */
function isReducedPassive(tokens: Token[], k: number, lemma: string): boolean {
  const verb = tokens[k];
  const next = tokens[k + 1];
  return DONE_TO.has(lemma) && verb.tags.has('PastTense') && !tokens[k - 1]?.tags.has('Auxiliary') && !/^(?:has|have|had)$/u.test(tokens[k - 1]?.lower ?? '')
    && (next === undefined || (/^(?:to|for|in|at|on|after|by|during|near|outside)$/u.test(next.lower) && !/^(?:least|most)$/u.test(tokens[k + 2]?.lower ?? '')))
    && /^\s+$/u.test(verb.post);
}

/** The phrase after "by" within a few words of k (the agent of a passive verb or an event noun). */
function byPhrase(finder: Finder, sentence: Sentence, k: number): Participant[] {
  const tokens = sentence.tokens;
  for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
    if (isVerb(tokens[j])) return [];
    if (tokens[j].lower !== 'by') continue;
    const span = phraseStartingAt(tokens, j + 1);
    return span ? [participant(finder, sentence, tokens, span[0], span[1])] : [];
  }
  return [];
}

/** A stretch of the text whose sentences' events can be memoized together (a tagged chunk). */
export interface EventChunk extends Span {
  /** Memo storage that lives as long as the chunk's text is cached. */
  memo: Map<string, unknown>;
  sentenceBase: number;
  sentenceCount: number;
}

interface EventsMemo {
  deps: (string | number | null)[];
  /**
   * Events with chunk-relative offsets, no ids and no quote ids: quote ids number the article's quotes, so an
   * edit before the chunk may renumber them while the chunk's events stay the same (see `withQuote`).
   */
  events: ArticleEvent[];
  /** The same events placed at `start` last time (a chunk before an edit keeps its place). */
  placed?: { start: number; events: ArticleEvent[] };
}

/**
 * Events in each sentence around verbs and event nouns, with agents, patients, time, place and a
 * confidence. Passive verbs take their agent from "by" ("was assassinated … by a lone Turkish gunman"),
 * "the two leaders" stands for the two people just named, descriptors stand for the person they were
 * linked to, and speech verbs that introduce a quote link to it. Sorted by trigger start. With
 * `chunks`, a chunk's events are reused while everything they depend on is unchanged.
 */
export function findEvents(
  text: string,
  tokens: Token[],
  sentences: Span[],
  mentions: Mention[],
  quotes: Quote[],
  descriptors: ReadonlyMap<string, string> = new Map(),
  chunks: EventChunk[] = [{ start: 0, end: text.length, memo: new Map(), sentenceBase: 0, sentenceCount: sentences.length }],
): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const actorMentions = mentions.filter((m) => m.actorId);
  const dates = mentions.filter((m) => m.type === 'DATE');
  const insideQuote = insideSpans(quotes);
  const quoteByCue = new Map<number, Quote>();
  for (const quote of quotes) if (quote.cue && !quoteByCue.has(quote.cue.start)) quoteByCue.set(quote.cue.start, quote); // the first quote a cue introduces
  const finder: Finder = { text, descriptors, people: actorMentions.filter((m) => m.type === 'PERSON' && !insideQuote(m.start)) };
  const descriptorsKey = JSON.stringify([...descriptors]);
  const counts = new Map<string, number>();
  const bySentence: Token[][] = sentences.map(() => []);
  for (const token of tokens) bySentence[token.sentence]?.push(token);
  for (const chunk of chunks) {
    const chunkMentions = startingIn(actorMentions, chunk.start, chunk.end).filter((m) => !insideQuote(m.start));
    const chunkDates = startingIn(dates, chunk.start, chunk.end);
    // (Also the quotes the chunk's speech verbs introduce, which may lie in the chunk before: "“…” ¶ Smith said.")
    const chunkQuotes = quotes.filter((q) => (q.start < chunk.end && chunk.start < q.end) || (q.cue !== null && q.cue.start >= chunk.start && q.cue.start < chunk.end));
    const deps = dependencies(chunk, chunkMentions, chunkDates, chunkQuotes, finder.people, descriptorsKey);
    const memo = chunk.memo.get('events') as EventsMemo | undefined;
    let found: ArticleEvent[];
    if (memo && sameDeps(memo.deps, deps)) {
      // Shallow copies (each gets its own id below); the spans inside are never changed, so they are shared.
      if (memo.placed?.start !== chunk.start) memo.placed = { start: chunk.start, events: memo.events.map((event) => shiftEvent(event, chunk.start)) };
      found = memo.placed.events.map((event) => withQuote(event, quoteByCue));
    } else {
      found = [];
      for (let s = chunk.sentenceBase; s < chunk.sentenceBase + chunk.sentenceCount; s++) {
        const span = sentences[s];
        const sentence: Sentence = {
          span,
          tokens: bySentence[s],
          mentions: chunkMentions.filter((m) => m.start >= span.start && m.end <= span.end),
          dates: chunkDates.filter((m) => m.start >= span.start && m.end <= span.end),
        };
        found.push(...eventsInSentence(finder, sentence, chunkDates, insideQuote, quoteByCue));
      }
      chunk.memo.set('events', {
        deps,
        events: found.map((event) => {
          const stored = shiftEvent(event, -chunk.start);
          delete stored.quoteId;
          return stored;
        }),
      });
    }
    for (const event of found) {
      const n = (counts.get(event.lemma) ?? 0) + 1;
      counts.set(event.lemma, n);
      event.id = `event:${event.lemma}:${n}`;
      events.push(event);
    }
  }
  return events;
}

/** What a chunk's events depend on besides its text, with chunk-relative offsets. */
function dependencies(chunk: Span, mentions: Mention[], dates: Mention[], quotes: Quote[], people: Mention[], descriptorsKey: string): (string | number | null)[] {
  const deps: (string | number | null)[] = [descriptorsKey];
  for (const m of mentions) deps.push(m.start - chunk.start, m.end - chunk.start, m.type, m.actorId);
  deps.push('|');
  for (const d of dates) deps.push(d.start - chunk.start, d.end - chunk.start, d.iso ?? null);
  deps.push('|');
  for (const q of quotes) deps.push(q.start - chunk.start, q.end - chunk.start, q.cue ? q.cue.start - chunk.start : null);
  deps.push('|');
  // "he", "she" and "the two leaders" can reach back to the last two people named before the chunk.
  const before: string[] = [];
  for (let i = lowerBound(people, chunk.start) - 1; i >= 0 && before.length < 2; i--) {
    const id = people[i].actorId;
    if (id && !before.includes(id)) before.push(id);
  }
  deps.push(...before);
  return deps;
}

function sameDeps(a: (string | number | null)[], b: (string | number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The quote a speech verb (its lemma, its start) introduces, if any. */
function quoteOf(lemma: string, start: number, quoteByCue: ReadonlyMap<number, Quote>): Quote | undefined {
  return SPEECH_VERBS.has(lemma) ? quoteByCue.get(start) : undefined;
}

/** A copy of a cached event with the id of the quote its speech verb introduces now, if any (the verb is the trigger). */
function withQuote(event: ArticleEvent, quoteByCue: ReadonlyMap<number, Quote>): ArticleEvent {
  const quote = quoteOf(event.lemma, event.trigger.start, quoteByCue);
  return quote ? { ...event, quoteId: quote.id } : { ...event };
}

function shiftEvent(event: ArticleEvent, by: number): ArticleEvent {
  const move = <T extends Span>(span: T): T => ({ ...span, start: span.start + by, end: span.end + by });
  return {
    ...event,
    trigger: move(event.trigger),
    agents: event.agents.map(move),
    patients: event.patients.map(move),
    ...(event.time ? { time: move(event.time) } : {}),
    sentence: move(event.sentence),
  };
}

/** The events of one sentence, without ids (numbered by the caller in text order). */
function eventsInSentence(
  finder: Finder,
  sentence: Sentence,
  chunkDates: Mention[],
  insideQuote: (offset: number) => boolean,
  quoteByCue: ReadonlyMap<number, Quote>,
): ArticleEvent[] {
  const found: ArticleEvent[] = [];
  const { span } = sentence;
  const text = finder.text;
  let sentenceDates: Mention[] | undefined;
  let places: Mention[] | undefined;
  let clauseStart = 0;
  const sentenceTokens = sentence.tokens;
  for (let k = 0; k < sentenceTokens.length; k++) {
    const token = sentenceTokens[k];
    const previous = sentenceTokens[k - 1];
    // An event noun: after a determiner, possessive, adjective, number or "of" ("the assassination",
    // "Karlov's killing", "days of protests"), or wherever the tagger did not read it as a verb.
    const nounContext = previous && (previous.tags.has('Determiner') || previous.tags.has('Possessive') || previous.tags.has('Adjective')
      || previous.tags.has('Value') || previous.lower === 'of');
    // "Rebels attacked the town, killing 12 civilians": a participle after a comma shares the clause's agent
    // (the tagger reads such words as nouns or adjectives as often as verbs, so the "-ing" form decides).
    const mainEvent = found[found.length - 1];
    // "…, killing 12 civilians and injuring 30 others": a second participle after "and" shares it too.
    const afterParticiple = previous?.lower === 'and' && mainEvent !== undefined && /ing$/u.test(mainEvent.trigger.text.toLowerCase());
    const participleLemma = previous !== undefined && (/,\s*$/u.test(previous.post) || afterParticiple) && mainEvent !== undefined
      && mainEvent.agents.length > 0 && previous.start >= mainEvent.trigger.end && !token.tags.has('Passive') ? eventLemmaOfParticiple(token.lower) : undefined;
    const participle = participleLemma !== undefined;
    const noun = participle ? undefined : nounContext || (EVENT_NOUNS[token.lower] && !token.tags.has('Verb')) ? EVENT_NOUNS[token.lower] : undefined;
    const verb = !participle && !noun && isVerb(token) && !previous?.tags.has('Determiner') && !token.tags.has('Particle')
      && !sentence.mentions.some((m) => m.start < token.start && token.end <= m.end) // "Israel Defense Forces", "Antony Blinken"
      && !STATIVE.has(token.root) && !isPluralNoun(token, previous, sentenceTokens[k + 1]) && !opensNounPhrase(token, k, sentenceTokens[k + 1]);
    if ((!verb && !noun && !participle) || insideQuote(token.start)) {
      // A new clause starts after ";" or ":", or at a conjunction after a comma (", and the two leaders agreed").
      if (token.post.includes(';') || token.post.includes(':')) clauseStart = k + 1;
      else if (token.post.includes(',') && CONJUNCTIONS.has(sentenceTokens[k + 1]?.lower ?? '')) clauseStart = k + 2;
      continue;
    }
    // A duration ("for four hours") says how long, not when: it is never an event's time.
    sentenceDates ??= chunkDates.filter((d) => d.start >= span.start && d.end <= span.end && !isDurationText(withAgo(finder.text, d)));
    places ??= sentence.mentions.filter((m) => m.type === 'PLACE' && /\b(in|at|near)\s+(?:(?:the|a|an)\s+)?$/iu.test(text.slice(Math.max(span.start, m.start - 12), m.start)));
    const lemma = noun ?? participleLemma ?? token.root;
    let agents: Participant[];
    let patients: Participant[];
    if (noun) {
      // "the assassination of X by Y", "X's assassination"
      const of = sentenceTokens[k + 1]?.lower === 'of' ? phraseStartingAt(sentenceTokens, k + 2) : null;
      const owner = k >= 1 && sentenceTokens[k - 1].tags.has('Possessive') ? phraseEndingAt(sentenceTokens, k - 1) : null;
      patients = of ? [participant(finder, sentence, sentenceTokens, of[0], of[1])] : owner ? [participant(finder, sentence, sentenceTokens, owner[0], owner[1])] : [];
      agents = byPhrase(finder, sentence, k);
    } else if (participle) {
      agents = [...mainEvent.agents];
      patients = objectOf(finder, sentence, k, lemma);
    } else if (token.tags.has('Passive') || isReducedPassive(sentenceTokens, k, lemma)) {
      // (The subject stands before the auxiliary, or right before the verb when there is none.)
      let be = k;
      if (token.tags.has('Passive')) for (be = k - 1; be > clauseStart && !sentenceTokens[be].tags.has('Auxiliary');) be--;
      patients = subjectOf(finder, sentence, be, clauseStart);
      agents = byPhrase(finder, sentence, k);
    } else {
      agents = subjectOf(finder, sentence, k, clauseStart);
      patients = objectOf(finder, sentence, k, lemma);
    }
    clauseStart = k + 1;
    patients = patients.filter((p) => !agents.some((a) => a.actorId && a.actorId === p.actorId));
    if (agents.length === 0 && patients.length === 0) continue;
    const quote = noun ? undefined : quoteOf(lemma, token.start, quoteByCue);
    const armed = MOTION.has(lemma) && agents.some((a) => /\b(?:military|troops|forces|army|soldiers|tanks|militants)$/iu.test(a.text));
    // "shot to death", "beaten to death": a killing.
    const toDeath = sentenceTokens[k + 1]?.lower === 'to' && sentenceTokens[k + 2]?.lower === 'death';
    // "fired its chief executive": a dismissal, not a shot.
    const dismissal = lemma === 'fire' && patients.some((p) => JOB_WORDS.test(p.text));
    // "The quake struck", "a storm hit the coast": a natural hazard is no attacker.
    const hazard = agents.length > 0 && agents.every((a) => HAZARDS.test(a.text));
    const type = quote ? 'statement' : armed ? 'military' : toDeath ? 'kill' : dismissal ? 'appoint' : hazard && eventTypeOf(lemma) === 'attack' ? 'other' : eventTypeOf(lemma);
    // A statement's time is its own ("said on Monday"), not that of what it reports ("said … in 1927").
    let time = nearest(sentenceDates, token.start);
    if (type === 'statement' && time) {
      const nextVerb = sentenceTokens.find((t, j) => j > k && isVerb(t));
      time = nearest(sentenceDates.filter((d) => !nextVerb || d.end <= nextVerb.start), token.start);
    }
    // Where: "in/at/near PLACE" after the trigger, or in an opening phrase before the agent.
    const firstAgent = agents.length ? Math.min(...agents.map((a) => a.start)) : token.start;
    const place = nearest(places.filter((m) => !agents.concat(patients).some((p) => p.start <= m.start && m.end <= p.end)
      && (m.start > token.end || m.end <= firstAgent)), token.start);
    const named = (list: Participant[]): number => list.filter((p) => p.actorId).length;
    const confidence = Math.round(Math.min(0.95, 0.25 + (named(agents) ? 0.25 : agents.length ? 0.15 : 0)
      + (named(patients) ? 0.2 : patients.length ? 0.1 : 0) + (type !== 'other' ? 0.15 : 0) + (verb ? 0.05 : 0)) * 100) / 100;
    const ids = (list: Participant[]): string[] => [...new Set(list.map((p) => p.actorId).filter((id): id is string => id !== null))];
    found.push({
      id: '',
      type,
      lemma,
      trigger: { start: token.start, end: token.end, text: token.text },
      agents,
      patients,
      agentActorIds: ids(agents),
      patientActorIds: ids(patients),
      ...(time ? { time: { text: time.text, start: time.start, end: time.end, ...(time.iso ? { iso: time.iso } : {}) } } : {}),
      ...(place?.actorId ? { placeActorId: place.actorId } : {}),
      sentence: { start: span.start, end: span.end },
      ...(quote ? { quoteId: quote.id } : {}),
      confidence,
    });
  }
  return found;
}

/** The span closest to an offset (after it preferred on ties). */
function nearest<T extends Span>(spans: T[], offset: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const span of spans) {
    const d = span.start >= offset ? span.start - offset : offset - span.end + 0.5;
    if (d < distance) {
      best = span;
      distance = d;
    }
  }
  return best;
}
