import type { Token } from './nlp';
import { isUpperInitial } from './nlp';
import type { AnalysisWarning, Mention, Quote, QuoteKind, Span, TextSpan } from './types';
import { descriptorKey, isDescriptor, qualifiedKey } from './descriptors';
import { isRoleNoun } from './roles';
import { insideSpans, lowerBound, startingIn } from './spans';
import { ORG_HEADS, PLACE_HEADS, PORTFOLIOS, SPEECH_VERBS, TITLE_WORDS } from './vocabulary';

/** A paired quotation: outer span includes the marks. */
export interface QuotePair {
  start: number;
  end: number;
  inner: Span;
}

type Family = 'double' | 'single';
interface Mark {
  at: number;
  family: Family;
  role: 'open' | 'close' | 'either';
  /** For an opening mark: true once its closing mark is found. */
  closed?: boolean;
}

const OPENERS_DOUBLE = new Set(['“', '„', '«']);
const CLOSERS_DOUBLE = new Set(['”', '»']);
const OPENERS_SINGLE = new Set(['‘', '‹']);
const CLOSERS_SINGLE = new Set(['›']);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const OPEN_CONTEXT = /[\s([{\-—–:;/“‘"']/u;

/** Classifies one character as a quotation mark, or null for apostrophes and other text. */
function markAt(text: string, i: number): Mark | null {
  const ch = text[i];
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  // ‘‘…’’ (agency copy in Nigeria and Ghana): two single marks written for one double mark, the pair's outer characters.
  // (Only with a double mark to match in the paragraph: not "‘This money belongs to the workers’’", a plural's
  // apostrophe before a single closing mark.)
  // (The paragraph is read only around a doubled mark, which is rare.)
  const paragraphStart = (): number => text.lastIndexOf('\n', i) + 1;
  const paragraphEnd = (): number => (text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
  const doubleBefore = (to: number): boolean => /“|‘‘|"/u.test(text.slice(paragraphStart(), to));
  const doubleAfter = (from: number): boolean => /”|’’|"/u.test(text.slice(from, paragraphEnd()));
  if (ch === '‘' && after === '‘' && doubleAfter(i + 2)) return { at: i, family: 'double', role: 'open' };
  if (ch === '‘' && before === '‘' && doubleAfter(i + 1)) return null;
  if (ch === '’' && after === '’' && !isSpace(before) && doubleBefore(i - 1)) return null;
  if (ch === '’' && before === '’' && i > 1 && !isSpace(text[i - 2]) && doubleBefore(i - 2)) return { at: i, family: 'double', role: 'close' };
  if (OPENERS_DOUBLE.has(ch)) return { at: i, family: 'double', role: 'open' };
  if (CLOSERS_DOUBLE.has(ch)) return { at: i, family: 'double', role: 'close' };
  if (ch === '"') return { at: i, family: 'double', role: 'either' };
  if (OPENERS_SINGLE.has(ch)) {
    if (ch === '‘' && isLetter(before)) return null;
    return { at: i, family: 'single', role: 'open' };
  }
  if (CLOSERS_SINGLE.has(ch)) return { at: i, family: 'single', role: 'close' };
  if (ch === '’' || ch === "'") {
    if (isLetter(before) && isLetter(after)) return null; // don't, Karlov's
    if ((before === undefined || OPEN_CONTEXT.test(before)) && isLetter(after)) {
      return ch === "'" ? { at: i, family: 'single', role: 'open' } : null;
    }
    if (!isSpace(before) && (isSpace(after) || /[.,;:!?)\]”"»]/u.test(after))) return { at: i, family: 'single', role: 'close' };
  }
  return null;
}

/** How many whole paragraphs without quotation marks an open quote may run through. */
const MAX_CARRIED_PARAGRAPHS = 3;

/** Paragraph ends: a line break ends a paragraph (a blank line or a single newline). */
function paragraphEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /\r\n|\r|\n/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index);
  ends.push(text.length);
  return ends;
}

/**
 * Pairs quotation marks (straight, curly, «», ‹›, „“) and returns the outermost pairs, sorted by start.
 * A paragraph that opens a double quote without closing it continues into the next paragraph when
 * that one opens with a quotation mark (newspaper style); otherwise the opener is reported, never
 * swallowing the rest of the article.
 */
export function pairQuotes(text: string): { pairs: QuotePair[]; warnings: AnalysisWarning[] } {
  // Every closed pair with the marks open around it: a pair inside a quote is part of that quote, while
  // the quotes inside a mark that never closes stand on their own (the mark is reported and ignored).
  const closed: { pair: QuotePair; around: Mark[] }[] = [];
  const warnings: AnalysisWarning[] = [];
  const ends = paragraphEnds(text);
  let paragraphStart = 0;
  let carried: Mark | null = null;
  let carriedParagraphs = 0;
  for (const paragraphEnd of ends) {
    const stack: Mark[] = [];
    let firstMark = true;
    const marks = /["“”„«»‹›‘’']/gu;
    marks.lastIndex = paragraphStart;
    for (let found = marks.exec(text); found && found.index < paragraphEnd; found = marks.exec(text)) {
      const i = found.index;
      const mark = markAt(text, i);
      if (!mark) continue;
      const leading = firstMark && /^\s*$/u.test(text.slice(paragraphStart, i));
      firstMark = false;
      if (carried) {
        // (Only right after the quote's paragraph: a paragraph of narration between them ended the quote.)
        if (leading && mark.family === 'double' && mark.role !== 'close' && carriedParagraphs === 0) {
          stack.push(carried); // the quote goes on; this mark only re-opens it
          carried = null;
          continue;
        }
        const closing = mark.role === 'close' || (mark.role === 'either' && !isSpace(text[i - 1]));
        if (mark.family === carried.family && closing && carriedParagraphs <= MAX_CARRIED_PARAGRAPHS) {
          stack.push(carried); // the quote ran on without a re-opening mark and closes here
        } else {
          warnings.push(unbalanced(carried));
        }
        carried = null;
      }
      const open = stack.findLastIndex((m) => m.family === mark.family);
      // German „…“ closes with the mark English opens with.
      const closesLow = text[i] === '“' && open >= 0 && text[stack[open].at] === '„';
      // A straight mark written like a closing one (after a word, before a space or punctuation) with nothing
      // open, and followed by a mark written like an opening one, is a stray closing mark ('When a young
      // girl," the family moved … "It was wonderful there"'), not the start of a quote.
      const strayClose = mark.role === 'either' && open < 0 && mark.family === 'double' && looksClosing(text, i)
        && !looksClosing(text, text.indexOf('"', i + 1), paragraphEnd);
      const closes = strayClose || closesLow || mark.role === 'close' || (mark.role === 'either' && open >= 0 && !(isSpace(text[i - 1]) && isLetter(text[i + 1])));
      if (closes) {
        if (open < 0) {
          if (mark.family === 'double') warnings.push({ code: 'unbalanced-quote', message: `Closing quotation mark without an opening one at offset ${i}.`, start: i });
          continue;
        }
        const opener = stack[open];
        opener.closed = true;
        stack.length = open;
        // (A doubled single mark, ‘‘ or ’’, is two characters wide.)
        const innerStart = opener.at + (text[opener.at] === '‘' && text[opener.at + 1] === '‘' ? 2 : 1);
        const innerEnd = text[i] === '’' && text[i - 1] === '’' ? i - 1 : i;
        closed.push({ pair: { start: opener.at, end: i + 1, inner: { start: innerStart, end: innerEnd } }, around: [...stack] });
      } else {
        stack.push({ ...mark, role: 'open' });
      }
    }
    const openDouble = stack.find((m) => m.family === 'double');
    if (openDouble) {
      carried = openDouble;
      carriedParagraphs = 0;
    } else if (carried && /\S/u.test(text.slice(paragraphStart, paragraphEnd))) {
      carriedParagraphs++;
    }
    paragraphStart = paragraphEnd + 1;
  }
  if (carried) warnings.push(unbalanced(carried));
  const pairs = closed.filter(({ around }) => around.every((mark) => !mark.closed)).map(({ pair }) => pair);
  pairs.sort((a, b) => a.start - b.start);
  return { pairs, warnings };
}

/** True when the straight double mark at `i` (before `limit`) is written like a closing one: after a non-space, not before a letter. */
function looksClosing(text: string, i: number, limit = text.length): boolean {
  if (i <= 0 || i >= limit) return false;
  return !isSpace(text[i - 1]) && (i + 1 >= text.length || (!isLetter(text[i + 1]) && !/[\p{Pi}'‘“(\[]/u.test(text[i + 1])));
}

function unbalanced(mark: Mark): AnalysisWarning {
  return { code: 'unbalanced-quote', message: `Quotation mark at offset ${mark.at} is never closed; it was ignored.`, start: mark.at };
}

const PRONOUNS_PERSON = new Set(['he', 'she']);
/** A quote's confidence by how its speaker was found: named next to the cue, resolved from a pronoun or descriptor, carried from the previous quote. */
export const SPEAKER_CONFIDENCE = { named: 0.9, resolved: 0.75, continued: 0.6 } as const;
const PRONOUNS_GROUP = new Set(['they', 'it']);

interface Attribution {
  cue: TextSpan | null;
  speakerMention: Mention | null;
  speakerActorId: string | null;
}

/** What attribution needs to know about the article. */
interface Context {
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Person and organization mentions that belong to an actor, sorted by start. */
  mentions: Mention[];
  insideQuote: (offset: number) => boolean;
  /** Descriptor key ("gunman") → the actor it stands for. */
  descriptors: ReadonlyMap<string, string>;
  /** Speaker of the previous speech quote, if it was found within the last two sentences. */
  recentSpeaker: string | null;
  /** The actors that are people (a recent speaker that is an organization is never "he" or "she"). */
  people: ReadonlySet<string>;
  /** What the names say of people's gender ("Mary", "Mrs."), for "he" and "she"; absent when they say nothing. */
  genders: ReadonlyMap<string, 'f' | 'm'>;
}

/**
 * Attributes quotes to speakers: a speech verb next to the quote (after it: "…,” Mr. Erdogan said /
 * said Mr. Kilic; before it: Mr. Putin said, “…”; "according to X"; "X quoted Y as saying") and the
 * nearest person or organization on the verb's side; he/she and descriptors ("the gunman") resolve
 * through the previous speaker and the descriptor links. Titles ("an exhibition titled “…”") and
 * short scare quotes are told apart from speech.
 */
export function attributeQuotes(
  text: string,
  pairs: QuotePair[],
  tokens: Token[],
  sentences: Span[],
  mentions: Mention[],
  descriptors: ReadonlyMap<string, string> = new Map(),
): Quote[] {
  const context: Context = {
    text, tokens, sentences, descriptors, recentSpeaker: null, genders: findGenders(tokens, mentions),
    people: new Set(mentions.filter((m) => m.type === 'PERSON' && m.actorId).map((m) => m.actorId as string)),
    mentions: mentions.filter((m) => m.actorId && (m.type === 'PERSON' || m.type === 'ORG' || (m.type === 'PLACE' && speaksAsSubject(text, tokens, m)))),
    insideQuote: insideSpans(pairs),
  };
  const quotes: Quote[] = [];
  let previous: Quote | null = null;
  /** The latest speech quote with a speaker so far. */
  let lastSpeech: Quote | undefined;
  // (Mentions are sorted and never overlap: the one that could hold a pair starts right before it.)
  const isNickname = (pair: QuotePair): boolean => {
    const holder = mentions[lowerBound(mentions, pair.start) - 1];
    return holder !== undefined && holder.type === 'PERSON' && holder.start < pair.start && pair.end < holder.end;
  };
  pairs.forEach((pair, n) => {
    // A nickname in quotation marks inside a person's name ("Luis ‘Toto’ Caputo") names, as a title does; nobody speaks.
    if (isNickname(pair)) {
      quotes.push({ id: `quote:${n + 1}`, start: pair.start, end: pair.end, text: text.slice(pair.start, pair.end), kind: 'title', inner: pair.inner,
        speakerActorId: null, cue: null, speakerMentionId: null, confidence: 0, noSpeakerReason: 'not-speech' });
      return;
    }
    context.recentSpeaker = lastSpeech && sentencesBetween(sentences, lastSpeech.end, pair.start) <= 2
      && !namesOtherSubject(context, lastSpeech, pair.start) ? lastSpeech.speakerActorId : null;
    // (A scare quote or a title before this one says nothing of who speaks: the clause that held it may
    // introduce this quote — "Kharge said Modi has “a habit of lying”." and a quote in the next paragraph.)
    // (A nickname inside the speaker's name after the verb does not end the attribution: "said Panupong “Mike Rayong” Jadnok".)
    let next = n + 1;
    while (next < pairs.length && isNickname(pairs[next])) next++;
    const nextPair = pairs[next];
    const attribution = findAttribution(context, pair, nextPair, previous === null || previous.kind === 'speech' ? pairs[n - 1] : undefined);
    let { speakerActorId } = attribution;
    let confidence: number = attribution.speakerMention ? SPEAKER_CONFIDENCE.named : speakerActorId ? SPEAKER_CONFIDENCE.resolved : 0;
    // A quote that directly continues the previous speaker's quote keeps that speaker:
    // “…” and “…”; “…,” she said. “…” (only that speaker is named in between).
    if (!speakerActorId && previous?.speakerActorId && previous.kind === 'speech' && continuesPrevious(context, previous, pair)) {
      speakerActorId = previous.speakerActorId;
      confidence = SPEAKER_CONFIDENCE.continued;
    }
    // “X called the ruling “dangerous” and “ideological”:” and the quote in the next paragraph: the
    // sentence that quoted X ends with a colon that hands over to this quote.
    const gap = lastSpeech ? text.slice(lastSpeech.end, pair.start) : '';
    if (!speakerActorId && lastSpeech?.speakerActorId && gap.length <= 400 && /:\s*$/u.test(gap) && !/[.!?]/u.test(gap)) {
      speakerActorId = lastSpeech.speakerActorId;
      confidence = SPEAKER_CONFIDENCE.continued;
    }
    // "Chandimal also had a good word for the selectors.¶“Thanks to the selectors as well. …”": a paragraph that is
    // only a quote, after a paragraph whose last sentence a person opens, is that person's.
    if (!speakerActorId && attribution.cue === null) {
      const opener = paragraphOpener(context, pair);
      if (opener) {
        speakerActorId = opener;
        confidence = SPEAKER_CONFIDENCE.continued;
      }
    }
    // ("conducted a “dirty war” against ETA which claimed 27 lives", "It is believed that the aim was to “persuade” the
    // French": a short phrase after an article or "to" whose only cue sits in a relative clause after it, or is a
    // passive, is the writer's marking, said by no one.)
    const cue = attribution.cue;
    const strayCue = cue !== null && pair.inner.end - pair.inner.start < 40 && ((cue.start > pair.end && /\b(?:which|who|that)\b/u.test(text.slice(pair.end, cue.start)))
      || /\b(?:is|are|was|were|be|been|being)\s+$/u.test(text.slice(Math.max(0, cue.start - 8), cue.start)));
    const marked = strayCue && text.slice(pair.inner.start, pair.inner.end).trim().split(/\s+/u).length <= 3
      && !/[.!?]\s*$/u.test(text.slice(pair.inner.start, pair.inner.end)) && /\b(?:a|an|the|to)\s*$/u.test(text.slice(Math.max(0, pair.start - 5), pair.start));
    if (marked) speakerActorId = null;
    const kind = marked ? 'scare' : classifyQuote(text, pair, cue !== null || speakerActorId !== null);
    const quote: Quote = {
      id: `quote:${n + 1}`,
      start: pair.start,
      end: pair.end,
      text: text.slice(pair.start, pair.end),
      kind,
      inner: pair.inner,
      speakerActorId: kind === 'speech' ? speakerActorId : null,
      cue: kind === 'speech' ? attribution.cue : null,
      speakerMentionId: kind === 'speech' ? attribution.speakerMention?.id ?? null : null,
      confidence: kind === 'speech' && speakerActorId ? confidence : 0,
      noSpeakerReason: kind !== 'speech' ? 'not-speech' : speakerActorId ? null : attribution.cue ? 'unnamed-subject' : 'no-cue',
    };
    quotes.push(quote);
    previous = quote;
    if (quote.kind === 'speech' && quote.speakerActorId) lastSpeech = quote;
  });
  return quotes;
}

/**
 * True when a sentence between the speaker's last quote and `to` opens with another person's name
 * ("NPR's Anthony Kuhn reports from Beijing. He says …"): "he" then follows that subject, not the speaker.
 */
function namesOtherSubject(context: Context, last: Quote, to: number): boolean {
  const { mentions, tokens, insideQuote } = context;
  const seen = new Set<number>();
  for (let k = lowerBound(mentions, last.end); k < mentions.length && mentions[k].start < to; k++) {
    const m = mentions[k];
    if (m.type !== 'PERSON' || insideQuote(m.start)) continue;
    const sentence = sentenceIndexAt(tokens, m.start);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    const sentenceStart = context.sentences[sentence]?.start ?? 0;
    if (m.actorId !== last.speakerActorId && !startingIn(mentions, sentenceStart, m.start).some((e) => e.type === 'PERSON' && e.end <= m.start)) return true;
  }
  return false;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'gov', 'sen', 'rep', 'no', 'vs', 'us', 'uk']);

/** True when the punctuation after the token ends a sentence ("said." yes, "Mr." and "G." no). */
function endsSentence(token: Token): boolean {
  // ("Ltd., said": a period with a comma after it closes an abbreviation.)
  return /[.!?]/u.test(token.post) && !/^\s*[,”"]/u.test(token.post) && !/^\.,/u.test(token.post) && !ABBREVIATIONS.has(token.bare) && !/^\p{Lu}$/u.test(token.text);
}

/** How many sentence starts lie in `[from, to)`. */
function sentencesBetween(sentences: Span[], from: number, to: number): number {
  return startingIn(sentences, from, to).length;
}

/** True when nothing but the previous speaker (and conjunctions, punctuation, their attribution) separates two quotes. */
function continuesPrevious(context: Context, previous: Quote, pair: QuotePair): boolean {
  const gap = context.text.slice(previous.end, pair.start);
  // "…Modi has “a habit of lying”.¶“We walked out because …”": a paragraph that is only a quote, right after
  // a paragraph that ended on one, goes on in the same voice.
  if (/^[.!?]?\s*\n\s*\n\s*$/u.test(gap) && endsParagraph(context.text, pair)) return true;
  if (/\n\s*\n/u.test(gap) || gap.length > 400) return false;
  if (/^[\s,.;:—–-]*(?:and|or|then)?[\s,.;:—–-]*$/u.test(gap)) return true;
  const named = startingIn(context.mentions, previous.end, pair.start).filter((m) => m.type === 'PERSON');
  // "King Charles III said the death of his “beloved mother” was “a moment of …”": one sentence, introduced before both.
  if (named.length === 0 && previous.cue !== null && previous.cue.end <= previous.start && gap.length <= 80 && !/[.!?]/u.test(gap)
    && !/[.!?]\s*$/u.test(context.text.slice(previous.inner.start, previous.inner.end))) return true;
  return named.length > 0 && named.every((m) => m.actorId === previous.speakerActorId);
}

/** True when only a full stop, if that, stands between the quote and the end of its paragraph. */
const endsParagraph = (text: string, pair: QuotePair): boolean => /^[.!?]?[^\S\n]*(?:\n|$)/u.test(text.slice(pair.end, pair.end + 3));

/**
 * The person who opens the sentence right before a paragraph that is only this quote, when that sentence
 * ends the paragraph before: "Chandimal also had a good word for the selectors.¶“…”".
 */
function paragraphOpener(context: Context, pair: QuotePair): string | null {
  const { text, tokens, mentions } = context;
  if (!/\n[^\S\n]*\n[^\S\n]*$/u.test(text.slice(Math.max(0, pair.start - 4), pair.start))) return null;
  if (!endsParagraph(text, pair)) return null;
  let k = lowerBound(tokens, pair.start) - 1;
  const last = tokens[k];
  if (!last || !/^[.!?]/u.test(last.post)) return null;
  while (k > 0 && tokens[k - 1].sentence === last.sentence) k--;
  const first = tokens[k];
  const subject = first ? mentions.find((m) => m.start === first.start && m.type === 'PERSON') : undefined;
  // ("He maintained that …" before the paragraph: the person "he" stands for.)
  if (!subject && first && /^(?:he|she)$/u.test(first.lower)) return resolvePronoun(context, first);
  return subject?.actorId ?? null;
}

/** The index of the sentence the token at (or after) `offset` belongs to, or -1. */
function sentenceIndexAt(tokens: Token[], offset: number): number {
  return tokens[lowerBound(tokens, offset)]?.sentence ?? -1;
}

function sentenceAt(sentences: Span[], offset: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return { start: 0, end: offset };
  return sentences[found];
}

const IRREGULAR_FORMS: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write', written: 'write',
  sang: 'sing', sung: 'sing', thought: 'think', began: 'begin', begun: 'begin',
};

/** The speech-verb lemma of an inflected form ("noted" → "note", "replies" → "reply"), if any. */
function speechLemma(word: string): string | undefined {
  // ("in terms of", "the term": only "termed" reports words.)
  if (word === 'term' || word === 'terms') return undefined;
  const irregular = IRREGULAR_FORMS[word];
  if (irregular) return irregular;
  const candidates: string[] = [];
  if (word.endsWith('ied') || word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return candidates.find((lemma) => SPEECH_VERBS.has(lemma));
}

const NOUN_CONTEXT = ['Determiner', 'Value', 'Cardinal', 'Adjective', 'Possessive'];
const MODALS = new Set(['will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
const GO_ON = new Set(['on', 'went', 'goes', 'go', 'continued', 'continues', 'proceeded', 'proceeds']);

/** A speech verb's base form that still reports speech: "would say", "did tell", "went on to say". */
function bareVerbCue(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous || previous.sentence !== tokens[index].sentence) return false;
  if (MODALS.has(previous.lower)) return true;
  // "Here is what he had to say:", "This is what she had to say:": the words that follow are his.
  if (previous.lower === 'to' && /^(?:had|has|have)$/u.test(tokens[index - 2]?.lower ?? '') && /^:/u.test(tokens[index].post)) return true;
  return previous.lower === 'to' && GO_ON.has(tokens[index - 2]?.lower ?? '');
}

/** True for a name in the possessive that owns a noun other than its voice ("Intel's results"; not "PC World's analysis"). */
const ownsOnly = (text: string, name: Mention, limit: number): boolean => /^['’]s?(?!\p{L})/u.test(text.slice(name.end, name.end + 3))
  && !VOICE_NOUNS.test(text.slice(name.end, Math.min(limit, name.end + 40)));

/** What speaks for its owner: "X's statement said", "X's analysis concluded", "X's office said". */
const VOICE_NOUNS = /^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:statement|analysis|report|study|office|website|blog|account|campaign|spokesperson's office|survey|review|editorial|lawsuit|complaint|filing|letter|press release)\b/u;

/** Things that "say" in writing: "…,” the statement said". */
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'document', 'letter', 'release', 'ruling', 'judgment', 'judgement', 'verdict', 'study',
  'survey', 'filing', 'complaint', 'memo', 'notice', 'communique', 'communiqué', 'post', 'tweet', 'message']);

/** Verbs that report speech with a particle after them: "went on", "shot back", "hit back". */
const PHRASAL_SPEECH = /^(?:went|goes|shot|hit|fired|snapped|shoots|hits|fires)$/u;

/**
 * A speech verb in a finite form ("said", "notes", "told"), judged by its form, since the tagger's
 * verb/noun guess is unreliable for words like "notes"; after a determiner, number or adjective it is
 * a noun ("two points", "the notes").
 */
/**
 * A country or city that speaks as its government does: the subject right before a speech verb ("China said the
 * situation was “stable”"); not a place after a preposition ("officials in China said").
 */
function speaksAsSubject(text: string, tokens: Token[], place: Mention): boolean {
  const verb = tokens[lowerBound(tokens, place.end)];
  // (Opening its clause: at the sentence's start or after a comma, "…in Geneva, and China said"; not "residents of eastern
  // Aleppo said", "officials in Washington and Beijing said".)
  // (The cheap checks first: most places are no subject of a speech verb.)
  return verb !== undefined && verb.start === place.end + 1 && text[place.end] === ' '
    && /(?:^|[.!?;:“"(]\s*|\n\s*|,\s+(?:(?:and|but)\s+)?)$/u.test(text.slice(Math.max(0, place.start - 12), place.start)) && isCue(verb, tokens);
}

function isCue(token: Token, tokens: Token[]): boolean {
  // "Hontiveros went on.", "Lopez shot back.", "he hit back that …": a verb and its particle that report speech.
  if (PHRASAL_SPEECH.test(token.lower)) {
    const particle = tokens[token.index + 1];
    if (particle !== undefined && particle.sentence === token.sentence && /^ $/u.test(token.post)
      && ((/^(?:went|goes)$/u.test(token.lower) && particle.lower === 'on') || (token.lower !== 'went' && token.lower !== 'goes' && particle.lower === 'back'))
      // (Only closing the clause or before "that" or a quotation: not "The strike went on for weeks".)
      && (/^\s*[,.:;!?”"’]/u.test(particle.post) || tokens[token.index + 2]?.lower === 'that')) return true;
  }
  const lemma = speechLemma(token.lower) ?? (token.tags.has('Verb') && token.lower !== token.root ? token.root : undefined)
    ?? (SPEECH_VERBS.has(token.lower) && bareVerbCue(tokens, token.index) ? token.lower : undefined);
  if (!lemma || !SPEECH_VERBS.has(lemma)) return false;
  // ("He was admitted to hospital": a patient taken in, no words.)
  if (lemma === 'admit' && /^(?:was|were|been|being|is|are)$/u.test(tokens[token.index - 1]?.lower ?? '')) return false;
  // ("reminded voters that “…”"; not "reminded many of the “dirty war”".)
  if (lemma === 'remind' && !tokens.slice(token.index + 1, token.index + 5).some((t) => t.lower === 'that' && t.sentence === token.sentence)) return false;
  const previous = tokens[token.index - 1];
  // ("so-called “never events”": a word of a compound, no verb.)
  if (previous !== undefined && previous.post === '-' && previous.sentence === token.sentence) return false;
  // ("Kharge later said", "she earlier said": a time adverb the tagger reads as a comparative.)
  const attached = previous !== undefined && /^\s+$/u.test(previous.post) && !/^(?:later|earlier)$/u.test(previous.lower);
  // (A capitalized word before the verb is its subject, whatever its ending suggests: "Nadal said", "Djokovic said".)
  return !(attached && NOUN_CONTEXT.some((tag) => previous.tags.has(tag)) && !previous.tags.has('Pronoun') && !isUpperInitial(previous));
}

/** Platforms a statement is posted on. */
const PLATFORMS = /^(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Telegram|WhatsApp|LinkedIn|Weibo|WeChat|Threads|Truth Social|Snapchat|Reddit|Bluesky)$/u;

/** Articles and possessives before a noun. */
const ARTICLES = /^(?:the|a|an|his|her|its|their|our|this|that)$/u;

/** Speech verbs that give something a name, the name after them its object ("calling him a “thief”"). */
const NAMING_VERBS = new Set(['call', 'term']);

/** Verbs that quote someone's words as a judgement, with "as" before the quote (lemmas). */
const JUDGING_VERBS = new Set(['characterize', 'characterise', 'dub', 'term', 'label', 'brand', 'hail', 'slam', 'blast', 'criticize',
  'criticise', 'condemn', 'decry', 'denounce', 'welcome', 'praise', 'dismiss', 'reject', 'deride', 'portray', 'depict', 'see', 'view', 'regard']);

/** A cue token as a text span. */
const span = (token: Token): TextSpan => ({ start: token.start, end: token.end, text: token.text });
/** An attribution to the mention (if any) next to a cue. */
const byMention = (cue: Token, mention: Mention | null): Attribution => ({ cue: span(cue), speakerMention: mention, speakerActorId: mention?.actorId ?? null });

function findAttribution(context: Context, pair: QuotePair, nextPair: QuotePair | undefined, previousPair: QuotePair | undefined): Attribution {
  const { text, tokens, mentions, insideQuote } = context;
  // After the quote: up to the end of its sentence (or the next quote), at most a few words away.
  const afterEnd = Math.min(nextPair?.start ?? Infinity, pair.end + 300, text.length);
  const after = startingIn(tokens, pair.end, afterEnd).filter((t) => t.end <= afterEnd && !insideQuote(t.start));
  const stopAfter = after.findIndex((_token, k) => k > 0 && endsSentence(after[k - 1]));
  const sentenceAfter = stopAfter > 0 ? after.slice(0, stopAfter) : after;
  const afterWindow = sentenceAfter.slice(0, 8);
  const innerText = text.slice(pair.inner.start, pair.inner.end);
  const continues = /[,—–-]\s*$/u.test(innerText) || /^\s*[\p{Ll},]/u.test(text.slice(pair.end, afterEnd));
  // "“So far, it's the Internet: 1.” - Matthew Ingram": a dash and a name sign the quote.
  const signed = text.slice(pair.end, pair.end + 6).match(/^\s*[-–—]\s*/u);
  if (signed) {
    const dash = pair.end + signed[0].search(/[-–—]/u);
    const signer = startingIn(mentions, pair.end + signed[0].length, pair.end + signed[0].length + 1)[0];
    if (signer?.type === 'PERSON') return { cue: { start: dash, end: dash + 1, text: text[dash] }, speakerMention: signer, speakerActorId: signer.actorId };
  }
  // "…,” Mr. Kilic quoted the assailant as saying": the one quoted is the speaker (also after a long subject
  // with no verb of its own: "the Russian news agency RIA Novosti on Monday quoted Abror Mamatov … as saying").
  const quotedAt = sentenceAfter.slice(0, 16).findIndex((t) => t.lower === 'quoted');
  const quoted = quotedAt >= 0 && hasNoVerbOfItsOwn(sentenceAfter.slice(0, quotedAt)) ? quotedAt : -1;
  if (continues && quoted >= 0) {
    const as = sentenceAfter.findIndex((t, k) => k > quoted && t.lower === 'as');
    if (as > quoted && sentenceAfter[as + 1]?.lower === 'saying') {
      // ("…,” spokeswoman Marzieh Afkham was quoted as saying by IRNA": with no one between "quoted" and "as", the
      // one quoted is the subject before the verb.)
      const between = as > quoted + 1 ? sentenceAfter.slice(quoted + 1, as) : sentenceAfter.slice(0, quoted);
      const named = between.length === 0 ? undefined : quotedOne(context, between, sentenceAfter[as].start);
      if (named) return byMention(sentenceAfter[quoted], named);
      // ("…,” he was quoted as saying", "…,” AFP quoted her as saying": a pronoun the one quoted; not "quoted her spokesman".)
      const pronoun = as > quoted + 1 ? (between.length === 1 && /^(?:him|her)$/u.test(between[0].lower) ? between[0] : undefined)
        : between.find((t) => PRONOUNS_PERSON.has(t.lower));
      if (pronoun) return { cue: span(sentenceAfter[quoted]), speakerMention: null, speakerActorId: unnamedSpeaker(context, [asSubject(pronoun)]) };
      const descriptor = between.find((t) => isDescriptor(t.lower));
      return { cue: span(sentenceAfter[quoted]), speakerMention: null, speakerActorId: descriptor ? context.descriptors.get(descriptorKey(descriptor.lower)) ?? null : null };
    }
  }
  // "Blinken said “…” when asked at a Senate hearing": a verb right before the quote introduces it, and
  // its subject is the speaker, whatever verb follows.
  const lead = startingIn(tokens, Math.max(0, pair.start - 40), pair.start).filter((t) => t.end <= pair.start && !insideQuote(t.start)).pop();
  if (lead && isCue(lead, tokens) && /^[\s,:]*$/u.test(text.slice(lead.end, pair.start))) {
    const introduced = attributionBefore(context, pair, previousPair);
    // (Even when its subject names nobody: "The lawmakers, shouting “justice for Manipur” as Mr Modi spoke".)
    if (introduced.speakerActorId || introduced.cue?.start === lead.start) return introduced;
  }
  // "…whether to raise rates,” according to Bullock.": the name after "according to" is the speaker.
  if (continues && afterWindow[0]?.lower === 'according' && afterWindow[1]?.lower === 'to') {
    const speaker = startingIn(mentions, afterWindow[1].end, afterWindow[afterWindow.length - 1].end).find((m) => m.type === 'PERSON' || m.type === 'ORG') ?? null;
    if (speaker) return { cue: { start: afterWindow[0].start, end: afterWindow[1].end, text: text.slice(afterWindow[0].start, afterWindow[1].end) }, speakerMention: speaker, speakerActorId: speaker.actorId };
  }
  let cueAfter = afterWindow.find((t) => isCue(t, tokens));
  // "…,” WHO’s Regional Director for the Western Pacific, Dr Shin Young-soo, said.": a long subject with no verb
  // of its own before the speech verb.
  // (Also a quote that opens its sentence and runs on into words of its own: "“All the six policemen were killed”
  // under fire from both sides, Tariqullah Khan, a district official in …, told AFP.")
  const opensSentence = /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(Math.max(0, pair.start - 3), pair.start));
  if (!cueAfter && (/,\s*$/u.test(innerText) || (continues && opensSentence))) {
    const far = sentenceAfter.slice(0, 24).findIndex((t) => isCue(t, tokens));
    if (far >= 0 && !text.slice(pair.end, sentenceAfter[far].start).includes('\n')
      && hasNoVerbOfItsOwn(sentenceAfter.slice(0, far))) cueAfter = sentenceAfter[far];
  }
  // "…,” Sinan Ulgen, a Turkish former diplomat who …, said": a named speaker right after the quote.
  const named = startingIn(mentions, pair.end, pair.end + 8).find((m) => /^[\s,]*$/u.test(text.slice(pair.end, m.start)));
  // (A question or an exclamation hands over to a name right after it as a comma does: "“Where shall we go?” Mary
  // Wanjiku, a vendor, asked."; not to a pronoun: "“God is great!” he shouted" may take up an earlier cue.)
  // (Not at the end of its paragraph: "…, how do we move those folks?”¶The premier and mayor also spoke …".)
  const handsOver = continues || (/[?!]\s*$/u.test(innerText) && !endsParagraph(text, pair));
  if (handsOver && !cueAfter && named?.type === 'PERSON') {
    cueAfter = sentenceAfter.find((t) => isCue(t, tokens) && t.start > named.end);
    if (cueAfter) return byMention(cueAfter, named);
  }
  const cueIndex = cueAfter ? afterWindow.indexOf(cueAfter) : -1;
  // "….” Mr. Erdogan said.": a short attribution tail closing the sentence.
  const shortTail = cueAfter !== undefined && cueIndex <= 3 && /^[.!?]/u.test(cueAfter.post);
  if (cueAfter && (continues || shortTail || (handsOver && named?.type === 'PERSON'))) {
    const cue = cueAfter;
    const between = startingIn(mentions, pair.end, cue.start).filter((m) => m.end <= cue.start);
    // (Names after the verb only up to the end of its sentence: not "…,” the Greek said. On Saturday, Aryna Sabalenka …".)
    const sentenceEnd = sentenceAfter[sentenceAfter.length - 1]?.end ?? afterEnd;
    // (Further on only across a subject with no clause of its own: "says study co-author and Maldives Marine Research
    // Institute biologist Ahmed Najeeb"; not "…, rejecting claims made by Senator Elizabeth Warren".)
    const near = startingIn(mentions, cue.end, cue.end + 40).filter((m) => m.end <= afterEnd && m.end <= sentenceEnd);
    // (Also across an organization's possessive and a role: "says the Maritime Safety Authority’s director, Pieter Vandam".)
    const far = startingIn(mentions, cue.end, cue.end + 90).filter((m) => m.end <= afterEnd && m.end <= sentenceEnd
      && (!/[,;]|\b(?:who|which|that|because|adding|after|before|while|by|through|from|to|with|met|told)\b|\b\p{Ll}+(?:ing|ed)\b/u.test(text.slice(cue.end, m.start))
        || /^\s+the\s+[^,;.]*['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+$/u.test(text.slice(cue.end, m.start))
        // ("said the Director General of the European Space Agency (ESA), Josef Aschbacher": a title "of" an organization.)
        || /^\s+the\s+(?:\p{Lu}\p{Ll}+\s+){1,3}of\s+[^,;.]*,\s+$/u.test(text.slice(cue.end, m.start))));
    const behind = near.some((m) => m.type === 'PERSON') || far.length === 0 ? near : far;
    const named = preferPerson(text, between, cue.start);
    // "Qais Abdelkarim … said talks would begin "…," the AP reported.": the agency reports what the person said
    // earlier in the sentence.
    if (named && named.type !== 'PERSON' && speechLemma(cue.lower) === 'report') {
      const said = attributionBefore(context, pair, previousPair);
      if (said.speakerMention?.type === 'PERSON' && said.cue && sentenceIndexAt(tokens, said.cue.start) === sentenceIndexAt(tokens, pair.start)) return said;
    }
    if (named) return byMention(cue, named);
    // A subject before the verb ("…,” she told the BBC) beats a name after it, which "told" makes the listener.
    // "…,” the statement said.": a document speaks, no one named (not the person an earlier sentence is about) — unless
    // a person said it earlier in the quote's own sentence ("Lavrov said the talks were “constructive,” a report said").
    const subjectWords = afterWindow.filter((t) => t.start < cue.start);
    if (subjectWords.some((t, k) => k > 0 && DOCUMENT_NOUNS.has(t.lower) && /^(?:the|a|an|its|their|his|her)$/u.test(subjectWords[k - 1].lower))) {
      const said = attributionBefore(context, pair, previousPair);
      const sameSentence = said.cue !== null && sentenceIndexAt(tokens, said.cue.start) === sentenceIndexAt(tokens, pair.start);
      return said.speakerMention?.type === 'PERSON' && sameSentence ? said : { cue: span(cue), speakerMention: null, speakerActorId: null };
    }
    const subject = unnamedSpeaker(context, subjectWords);
    if (subject) return { cue: span(cue), speakerMention: null, speakerActorId: subject };
    // "…,” the source said.": a subject the writer leaves unnamed, not a name after the verb or in an earlier sentence.
    // (Only a source the writer keeps anonymous: "the carmaker", "the club", "the congresswoman" stand for one named before.)
    if (isNounSubject(text, subjectWords, cue.start) && isAnonymous(subjectWords)) return { cue: span(cue), speakerMention: null, speakerActorId: null };
    const titled = firstNamedAfter(text, behind);
    if (titled && speechLemma(cue.lower) !== 'tell') return byMention(cue, titled);
    const unnamed = unnamedSpeaker(context, afterWindow.filter((t) => t.start < cue.end + 30));
    if (unnamed) return { cue: span(cue), speakerMention: null, speakerActorId: unnamed };
    // "…,” and told the police, …": a verb coordinated with the clause before the quote; look there.
    const before = attributionBefore(context, pair, previousPair);
    return before.speakerActorId ? before : { cue: span(cue), speakerMention: null, speakerActorId: null };
  }
  return attributionBefore(context, pair, previousPair);
}

/**
 * "Wong pushed back against Paterson saying the Coalition was …, saying “…”": a participle cue (`cue`, the
 * `k`-th word of its clause) after the clause has the clause's subject, the first person it names (`subject`:
 * the names before the cue) — not past a clause of its own ("…, where he warned …, describing"), nor when a
 * name stands right before the cue ("Minister Kelvin Davis explaining").
 */
function participleSubject(context: Context, cue: Token, k: number, subject: Mention[]): Mention | undefined {
  const [first] = subject;
  if (!/ing$/u.test(cue.lower) || k === 0 || first?.type !== 'PERSON') return undefined;
  const { text, tokens } = context;
  const ownClause = /[.;]|\b(?:he|she|they|who|which|where|when|while)\b/iu.test(text.slice(first.end, cue.start));
  const nameRightBefore = /^\s+$/u.test(text.slice(subject[subject.length - 1].end, cue.start));
  return !ownClause && !nameRightBefore && sentenceIndexAt(tokens, first.start) === cue.sentence ? first : undefined;
}

/** True when words before a verb are a subject with no verb of its own (participles and auxiliaries aside). */
function hasNoVerbOfItsOwn(words: Token[]): boolean {
  // (A capitalized word is a name's, whatever the tagger read: "…,” Bank for International Settlements head of research
  // Shin Hyun-song said".)
  return words.every((t) => !t.tags.has('Verb') || t.tags.has('Participle') || t.tags.has('Auxiliary') || t.tags.has('Copula') || /^\p{Lu}/u.test(t.text));
}

/**
 * The first of the names after a speech verb, or the person after it when the first only opens that
 * person's title: "said NTSB board member J. Todd Inman".
 */
function firstNamedAfter(text: string, names: Mention[]): Mention | undefined {
  const [first, second] = names;
  // (Only the first name right after the verb, or a person after an organization and a few lower-case words.)
  // ("says the Maritime Safety Authority’s director, Pieter Vandam": after the organization's possessive too.)
  // ("tweeted European Commission President Ursula von der Leyen": or the person's capitalized title.)
  const titleBetween = (between: string): boolean => /^\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}$/u.test(between)
    && between.trim().split(/\s+/u).every((word) => word.toLowerCase().split('-').every((part) => TITLE_WORDS.has(part)));
  if (first && first.type !== 'PERSON' && second?.type === 'PERSON' && (/^\s+(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(first.end, second.start))
    || titleBetween(text.slice(first.end, second.start))
    || /^['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,?\s+$/u.test(text.slice(first.end, second.start)))) return second;
  // ("said the Director General of the European Space Agency (ESA), Josef Aschbacher": the person after the organization a
  // capitalized title is "of", and its acronym.)
  const person = names.find((name) => name.type === 'PERSON');
  if (first && first.type !== 'PERSON' && person !== undefined && /^\)?\s*(?:\([^()]*\))?,\s+$/u.test(text.slice(names[names.indexOf(person) - 1].end, person.start))
    && /\b(?:\p{Lu}\p{Ll}+\s+){1,3}of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, first.start - 40), first.start))) return person;
  return first;
}

/**
 * The person "quoted … as saying" quotes: the one named after "quoted" (past an owner, "Navalny's lawyer Olga Mikhailova"),
 * not one an owner's noun stands for ("her spokesman", "one of her aides", "a source close to him").
 */
function quotedOne(context: Context, object: Token[], end: number): Mention | undefined {
  const { text, mentions } = context;
  const named = startingIn(mentions, object[0].start, end).filter((m) => m.end <= end && !/^['’]s?(?!\p{L})/u.test(text.slice(m.end, m.end + 2)));
  const person = named[0];
  if (person === undefined) return undefined;
  // (Only lower-case words of a role or a title's capitals between: "quoted Finance Minister Maria Lopez", "quoted Navalny's lawyer …".)
  const lead = object.filter((t) => t.end <= person.start);
  return lead.every((t) => /^\p{Lu}/u.test(t.text) || isRoleNoun(t.lower) || isDescriptor(t.lower) || /^(?:the|his|her|their|its|['’]s)$/u.test(t.lower)) ? person : undefined;
}

/** "him", "his" and "her" as the subject pronoun they stand for, to resolve like one ("AFP quoted him as saying"). */
const asSubject = (pronoun: Token): Token => {
  const lower = /^(?:him|his)$/u.test(pronoun.lower) ? 'he' : pronoun.lower === 'her' ? 'she' : pronoun.lower;
  return { ...pronoun, text: lower, lower };
};

/** The speech verb of the clause that introduces the quote, and that clause's subject. */
function attributionBefore(context: Context, pair: QuotePair, previousPair: QuotePair | undefined): Attribution {
  const { text, tokens, sentences, mentions, insideQuote } = context;
  const sentence = sentenceAt(sentences, pair.start);
  const from = Math.max(sentence.start, previousPair?.end ?? 0, pair.start - 300);
  const before = startingIn(tokens, from, pair.start).filter((t) => t.end <= pair.start && !insideQuote(t.start));
  // "He characterized the conflict as “…”", "She slammed the plan as “…”": a verb of judging is a cue
  // only for words quoted right after "as".
  // ("…slammed the budget as a “missed opportunity”": an article may stand between.)
  const lastBefore = /^(?:a|an|the)$/u.test(before[before.length - 1]?.lower ?? '') ? before.length - 2 : before.length - 1;
  const judgedAs = before[lastBefore]?.lower === 'as';
  for (let k = before.length - 1; k >= 0; k--) {
    const token = before[k];
    // "according to X" and "a quote attributed to X": the name after "to" is the speaker.
    const according = (token.lower === 'according' || token.lower === 'attributed') && before[k + 1]?.lower === 'to';
    if (!isCue(token, tokens) && !according && !(judgedAs && token.tags.has('Verb') && JUDGING_VERBS.has(token.root))) continue;
    if (according) {
      const speaker = startingIn(mentions, token.end + 1, pair.start).find((m) => m.end <= pair.start) ?? null;
      return { cue: { start: token.start, end: before[k + 1].end, text: text.slice(token.start, before[k + 1].end) }, speakerMention: speaker, speakerActorId: speaker?.actorId ?? null };
    }
    // "Reuters quoted him as saying he had been “cheated”": the one quoted speaks, not the agency.
    const quotedAt = token.lower === 'saying' && before[k - 1]?.lower === 'as' ? before.slice(Math.max(0, k - 8), k - 1).findLastIndex((t) => t.lower === 'quoted') : -1;
    // (Not "he was quoted as saying", with no one between: its subject is the speaker, as for any verb.)
    if (quotedAt >= 0 && Math.max(0, k - 8) + quotedAt + 1 < k - 1) {
      const quoted = before[Math.max(0, k - 8) + quotedAt];
      const object = before.slice(Math.max(0, k - 8) + quotedAt + 1, k - 1);
      const person = quotedOne(context, object, before[k - 1].start);
      if (person) return byMention(quoted, person);
      if (object.length === 1 && /^(?:him|her)$/u.test(object[0].lower)) return { cue: span(quoted), speakerMention: null, speakerActorId: unnamedSpeaker(context, [asSubject(object[0])]) };
      // ("The BBC quoted her husband as saying …": someone unnamed.)
      return { cue: span(quoted), speakerMention: null, speakerActorId: null };
    }
    const subject = startingIn(mentions, from, token.start).filter((m) => m.end <= token.start);
    // "…said the gunman shouted “…”": a pronoun or descriptor right before the verb is its subject,
    // not a name further back in an outer clause.
    const lastName = subject[subject.length - 1];
    const nearWords = before.slice(0, k).filter((t) => t.start >= (lastName?.end ?? from));
    // (Not the end of an appositive: "X, adviser to the minister, said".)
    const near = nearWords.slice(-3).reverse().find((t) => (PRONOUNS_PERSON.has(t.lower) || (isDescriptor(t.lower) && nearWords[nearWords.indexOf(t) - 1]?.lower === 'the'))
      && !/[,;:(—–]/u.test(text.slice(t.end, token.start)));
    if (near) return { cue: span(token), speakerMention: null, speakerActorId: unnamedSpeaker(context, [near]) };
    // ("Haines showed no emotion as the clerk announced “guilty”": an unnamed subject right before the verb.)
    // (A source or bystander the writer keeps anonymous: not "the evidence suggested", which reports what someone wrote,
    // nor "the champion screamed", the person just named.)
    // (Not an object before a participle: "Bachelet issued a statement saying “…”".)
    // (Only what its subject put out: not "Reuters obtained a memo saying", "The family received a letter saying".)
    const issued = /ing$/u.test(token.lower) && DOCUMENT_NOUNS.has(nearWords[nearWords.length - 1]?.lower ?? '')
      && nearWords.some((t) => /^(?:issued|issues|released|releases|published|publishes|posted|posts|put|sent|sends|shared|shares|tweeted)$/u.test(t.lower));
    if (isNounSubject(text, nearWords, token.start) && isAnonymous(nearWords) && !issued) {
      return { cue: span(token), speakerMention: null, speakerActorId: null };
    }
    // "The boss of Ethiopian Airlines said he …": the organization after "the <role> of", right before the verb, only
    // says whose role it is; the speaker is that role's holder, whom the quote does not name.
    const lastSubject = subject[subject.length - 1];
    const owner = lastSubject !== undefined && lastSubject.type !== 'PERSON' && /^\s+(?:\p{Ll}+\s+)*$/u.test(text.slice(lastSubject.end, token.start))
      ? before.findIndex((t) => t.start >= lastSubject.start) : -1;
    let opener = owner - 3;
    while (opener > 0 && owner - opener < 6 && /^\p{Ll}+$/u.test(before[opener].text) && !/^(?:the|a|an)$/u.test(before[opener].lower)) opener--;
    const roleOf = owner >= 2 && before[owner - 1].lower === 'of' && (isDescriptor(before[owner - 2].lower) || isRoleNoun(before[owner - 2].lower))
      && /^(?:the|a|an)$/u.test(before[opener]?.lower ?? '') ? before[owner - 2] : undefined;
    if (roleOf) return { cue: span(token), speakerMention: null, speakerActorId: null };
    // ("A statement on Facebook said: “…”": the platform a document is posted on does not speak.)
    // (Also "a statement on its Facebook page calling …".)
    // (Only a platform's page: "a post on the official White House account said" is the White House's.)
    const posted = lastSubject !== undefined && /^\s+(?:(?:page|account|feed|channel)\s+)?$/u.test(text.slice(lastSubject.end, token.start))
      ? /\b(?:statement|post|message|tweet|video|note|letter)\s+(?:on|via)\s+((?:(?:its|his|her|their|the)\s+)?(?:official\s+)?)$/iu.exec(text.slice(Math.max(0, lastSubject.start - 30), lastSubject.start))
      : null;
    if (lastSubject !== undefined && posted && (posted[1] === '' || PLATFORMS.test(lastSubject.text))) return { cue: span(token), speakerMention: null, speakerActorId: null };
    const described = describedSubject(mentions, before.slice(0, k), subject[0], from);
    if (described) return { cue: span(token), speakerMention: null, speakerActorId: unnamedSpeaker(context, [described]) };
    const speaker = participleSubject(context, token, k, subject) ?? preferPerson(text, subject, token.start);
    if (speaker) return byMention(token, speaker);
    const unnamed = unnamedSpeaker(context, before.slice(0, k));
    if (unnamed) return { cue: span(token), speakerMention: null, speakerActorId: unnamed };
    // (Not after "told": the name after it is the listener, "The 76-year-old told the BBC: “…”".)
    // (Nor after a verb that names something: "calling Mayor Milan Bandic a “thief”", "termed Smith “a liar”".)
    const following = speechLemma(token.lower) === 'tell' || NAMING_VERBS.has(speechLemma(token.lower) ?? token.root) ? undefined
      : firstNamedAfter(text, startingIn(mentions, token.end + 1, Math.min(pair.start, token.end + 40)).filter((m) => m.end <= pair.start && !ownsOnly(text, m, pair.start)));
    // "Speaking in the house earlier, opposition leader Rahul Gandhi sought “justice”": a participle opening
    // the sentence has the subject of the clause after its comma.
    const comma = /^\p{Lu}\p{Ll}+ing$/u.test(token.text) && k === 0 ? text.indexOf(',', token.end) : -1;
    const subjectAfter = comma > 0 && comma < pair.start
      ? startingIn(mentions, comma, pair.start).find((m) => m.type === 'PERSON' && m.end <= pair.start && !/[,;]/u.test(text.slice(comma + 1, m.start)))
      : undefined;
    return byMention(token, following ?? subjectAfter ?? null);
  }
  // "In his words, Russia is always bargaining …, “hucksters are sitting in the Kremlin …”".
  const words = before.findIndex((t, k) => t.lower === 'in' && /^(?:his|her)$/u.test(before[k + 1]?.lower ?? '') && before[k + 2]?.lower === 'words');
  if (words >= 0) {
    const end = before[words + 2].end;
    return { cue: { start: before[words].start, end, text: text.slice(before[words].start, end) }, speakerMention: null, speakerActorId: unnamedSpeaker(context, [asSubject(before[words + 1])]) };
  }
  return { cue: null, speakerMention: null, speakerActorId: null };
}

/**
 * "An Israeli official accompanying Netanyahu to Washington said", "a source close to Smith said": a
 * descriptor opening the clause, with a participle, "who", "familiar" or "close" after it, is the subject,
 * and the names after it are that phrase's objects. `words` run from `from` to the verb; `firstName` is the
 * first name among them.
 */
function describedSubject(mentions: Mention[], words: Token[], firstName: Mention | undefined, from: number): Token | undefined {
  if (!firstName) return undefined;
  const head = words.findIndex((t, h) => t.end <= firstName.start && isDescriptor(t.lower) && /^(?:\p{Ll}+ing|who|familiar|close)$/u.test(words[h + 1]?.text ?? ''));
  if (head < 0) return undefined;
  // (Its article may stand a word or two before it: "An Israeli official", "a senior U.S. official"; a place
  // may qualify it, no other name.)
  const article = [1, 2, 3].some((back) => /^(?:an?|the)$/u.test(words[head - back]?.lower ?? ''));
  return article && !startingIn(mentions, from, words[head].start).some((m) => m.type !== 'PLACE') ? words[head] : undefined;
}

/**
 * A speaker written without a name, nearest first: "he"/"she" (the recent speaker, else the last
 * person named), "they"/"it" (the last organization), or a descriptor ("the gunman") linked to a name.
 */
function unnamedSpeaker(context: Context, words: Token[]): string | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (PRONOUNS_PERSON.has(word.lower)) {
      const recent = context.recentSpeaker;
      return recent && context.people.has(recent) && agrees(context, recent, word) ? recent : resolvePronoun(context, word);
    }
    if (PRONOUNS_GROUP.has(word.lower)) return resolvePronoun(context, word);
    // (The head noun with "the": not "the general manager", a modifier, nor "a union representative", someone else.)
    const modifier = /^\p{Ll}+$/u.test(words[k + 1]?.text ?? '') && words[k + 1].tags.has('Noun') && !words[k + 1].tags.has('Pronoun') && !/sel(?:f|ves)$/u.test(words[k + 1].lower);
    const indefinite = /^(?:a|an)$/u.test(words[k - 1]?.lower ?? '') || /^(?:a|an)$/u.test(words[k - 2]?.lower ?? '');
    if (isDescriptor(word.lower) && !modifier && !indefinite) {
      // ("the infrastructure minister told", after a health minister and an infrastructure minister: the one a word before
      // the noun names — "the foreign affairs minister" the foreign minister; none when that word is a portfolio and only
      // other holders are so qualified; "the veteran minister" the holder the article names most.)
      const qualifiers = [words[k - 1], words[k - 2]].filter((t, n) => t !== undefined && /^\p{Ll}+$/u.test(t.text) && !ARTICLES.test(t.lower)
        && (n === 0 || !ARTICLES.test(words[k - 1].lower)));
      const qualified = qualifiers.map((t) => context.descriptors.get(qualifiedKey(t.lower, word.lower))).find((id) => id !== undefined);
      if (qualified) return qualified;
      const linked = context.descriptors.get(descriptorKey(word.lower));
      const portfolio = qualifiers.some((t) => PORTFOLIOS.has(t.lower));
      if (linked && !(portfolio && [...context.descriptors.keys()].some((key) => key.endsWith(` ${descriptorKey(word.lower)}`)))) return linked;
    }
    // "the company", "the police department", and "police" without an article.
    const determined = words[k - 1]?.lower === 'the' || (words[k - 2]?.lower === 'the' && GROUP_MODIFIERS.has(words[k - 1].lower));
    if (GROUP_NOUNS.has(word.lower) && (determined || word.lower === 'police')) {
      const group = resolveGroup(context, word);
      if (group) return group;
    }
  }
  return null;
}

/**
 * True when the words end, right before the verb at `verbStart`, with a subject the writer does not name: "the source",
 * "an industry source", "the clerk" (an article, at most one lower-case word, a lower-case noun).
 */
function isNounSubject(text: string, words: Token[], verbStart: number): boolean {
  const noun = words[words.length - 1];
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || !noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('Plural')) return false;
  // (Right before the verb: not the end of an appositive, "Claudio De Vincenti, undersecretary to the prime minister, said".)
  if (!/^\s+$/u.test(text.slice(noun.end, verbStart))) return false;
  const article = words.slice(-3, -1).findIndex((t) => /^(?:the|a|an)$/u.test(t.lower));
  if (article < 0) return false;
  const between = words.slice(-3, -1).slice(article + 1);
  return between.every((t) => /^\p{Ll}+$/u.test(t.text) && !t.tags.has('Verb'));
}

/** Nouns for someone the writer never names, whatever article they take ("the source", "the clerk"). */
const ANONYMOUS_NOUNS = new Set(['source', 'insider', 'clerk']);

/**
 * True when a noun subject names no one: an anonymous noun ("the source", "an industry source"), or another noun after
 * "a"/"an" ("a resident"); "the eyewitness" or "the neighbour" may be one the article named before ("A neighbour, Sarah
 * Jones, called the police").
 */
function isAnonymous(words: Token[]): boolean {
  const noun = words[words.length - 1];
  const indefinite = words.slice(-3, -1).some((word) => /^(?:a|an)$/u.test(word.lower));
  return ANONYMOUS_NOUNS.has(noun.lower) || (indefinite && !GROUP_NOUNS.has(noun.lower));
}

/** Nouns for a firm by its trade ("the airline said"), which stand only for a firm whose name holds a word of the trade. */
const TRADE_NOUNS = new Set(['airline', 'carrier', 'insurer', 'miner', 'automaker', 'carmaker', 'drugmaker']);
/** Nouns that stand for an organization named earlier: "the company said", "the city reasoned". */
const GROUP_NOUNS = new Set(['company', 'firm', 'ministry', 'government', 'agency', 'organization', 'organisation', 'group', 'council',
  'municipality', 'city', 'party', 'union', 'court', 'department', 'committee', 'commission', 'bank', 'university', 'club', 'team',
  'network', 'newspaper', 'paper', 'office', 'institute', 'foundation', 'association', 'campaign', 'church', 'army', 'police', 'force',
  'service', 'administration', 'embassy', 'board', ...TRADE_NOUNS]);
/** Lower-case words that qualify a group noun ("the police department", "the fire service"). */
const GROUP_MODIFIERS = new Set(['police', 'fire', 'health', 'state', 'city', 'county', 'foreign', 'defence', 'defense', 'justice', 'school', 'ambulance',
  'rights', 'aid', 'advocacy', 'opposition', 'militant', 'rebel', 'monitoring', 'campaign', 'lobby', 'industry', 'trade', 'energy', 'mining', 'tech']);
const AIRLINE_WORDS = ['airlines', 'airways', 'airline'];
const CARMAKER_WORDS = ['motor', 'motors', 'automotive'];
/** Words in an organization's name that "the <noun>" can refer to besides the noun itself. */
const GROUP_NAME_WORDS: Record<string, string[]> = {
  city: ['municipality', 'council', 'city'], company: ['inc', 'corp', 'corporation', 'company', 'ltd', 'co'], firm: ['inc', 'corp', 'corporation', 'company', 'ltd', 'co'],
  paper: ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'news'], newspaper: ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'news'],
  government: ['government', 'administration', 'cabinet'],
  police: ['police', 'constabulary'], force: ['police', 'force', 'constabulary'],
  // (A firm by a word of its trade in its name: "British Airways … the airline said", "Rio Tinto Mining … the miner said".)
  airline: AIRLINE_WORDS, carrier: AIRLINE_WORDS, insurer: ['insurance', 'assurance'], miner: ['mining'], automaker: CARMAKER_WORDS, carmaker: CARMAKER_WORDS,
  drugmaker: ['pharma', 'pharmaceuticals', 'pharmaceutical'],
};
/** Nouns general enough to stand for the last organization named, whatever its name. */
const ANY_ORGANIZATION = new Set(['company', 'firm', 'organization', 'organisation', 'group', 'agency']);

/**
 * The organization "the <noun>" stands for: the nearest one before it whose name holds the noun (or a
 * word that means it: "the city" → "Municipality of Livorno"); for "the company" or "the group", the
 * nearest organization within three sentences.
 */
function resolveGroup(context: Context, noun: Token): string | null {
  const words = GROUP_NAME_WORDS[noun.lower] ?? [noun.lower];
  const organizations = context.mentions.slice(0, lowerBound(context.mentions, noun.start)).filter((m) => m.type === 'ORG' && !context.insideQuote(m.start)).reverse();
  // (A firm by its trade is no body of government, union or trade association: not "the Irish Airline Pilots Association", "the
  // Ministry of Mining", "Airlines UK" for "the airline said".)
  const trade = TRADE_NOUNS.has(noun.lower);
  const named = organizations.find((m) => m.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.includes(w))
    && !(trade && (GOVERNING.test(m.text) || /\b(?:Association|Federation|Pilots|Workers|Industry|UK)\b/u.test(m.text))));
  if (named) return named.actorId;
  // (Not a body of government for "the rights group" or "the tech company": "Amnesty International said … The Interior Ministry
  // denied … the rights group said".)
  const nearest = organizations.find((m) => !GOVERNING.test(m.text));
  if (nearest && ANY_ORGANIZATION.has(noun.lower) && sentencesBetween(context.sentences, nearest.end, noun.start) <= 3) return nearest.actorId;
  return null;
}
/** Words that name a body of government or of nations, which "the company" or "the group" does not stand for. */
const GOVERNING = /\b(?:Ministry|Department|Commission|Government|Police|Court|Council|Parliament|Assembly|Senate|Congress|Army|Authority|Nations|Union|Agency)\b|^(?:UN|EU|U\.N\.|NATO)$/u;

/**
 * The subject among the names before a speech verb: the last one, unless it only qualifies an earlier
 * person ("Jens Stoltenberg, the secretary general of NATO, said"; "Ban of the United Nations said").
 */
function preferPerson(text: string, allNames: Mention[], cueStart: number): Mention | null {
  // ("the photo of Nawaz Sharif’s meeting …, on which the court remarked": a name in the possessive qualifies a
  // noun; it is not the subject — unless the noun is its voice: "PC World's recent analysis … concluded".)
  const names = allNames.filter((name) => !ownsOnly(text, name, cueStart));
  const last = names[names.length - 1];
  if (!last) return null;
  // "Rami Khoury, who met Antony Blinken on Monday, said": the person a relative clause describes, not a
  // name inside the clause.
  const described = names.find((name) => name.type === 'PERSON' && /^\s*,\s*(?:who|whose)\s[^;.!?“”"]*,\s*$/u.test(text.slice(name.end, cueStart)));
  if (described) return described;
  // ("Claire Mott, a neighbor of Williams, told reporters": the person an appositive describes, not a name inside it.)
  // (One appositive, no comma inside: not "Harry Kane, the England captain, Ange Postecoglou, the Tottenham manager, said".)
  const apposed = names.find((name) => name.type === 'PERSON' && name !== last && /^\s*,\s*(?:a|an|the)\s[^,;.!?“”"]*,\s*$/u.test(text.slice(name.end, cueStart))
    && name.end < last.start);
  if (apposed) return apposed;
  if (last.type === 'PERSON') return last;
  for (let k = names.length - 2; k >= 0; k--) {
    const person = names[k];
    if (person.type !== 'PERSON') continue;
    const between = text.slice(person.end, cueStart);
    // (A period inside a word, "Bankbazaar.com", does not end the appositive.)
    // ("President Lula da Silva (PT) said": a party in brackets after the person.)
    // ("Andrew Peachey of Archaeological Solutions Ltd, who led the dig, said": "of" and a relative clause too.)
    if (/^\s*,(?:[^;.!?“”"]|\.(?=\S))*,\s*$/u.test(between) || /^\s*of\s+(the\s+)?[^,;.]*(?:,\s*(?:who|whose)\s[^;.!?“”"]*,)?\s*$/u.test(between)
      || /^\s*\([^()]*\)\s*$/u.test(between)) return person;
    // "Mary Lou McDonald, vice president of Sinn Féin, said the arrest was … arguing": the organization
    // sits in an appositive of the person, whatever follows it.
    const appositive = /^\s*,(?:[^;.!?“”",]|\.(?=\S))*,/u.exec(between);
    if (appositive && person.end + appositive[0].length >= last.end) return person;
    // "Ye Zhi, a villager in Zhangzha told the agency": an appositive the writer did not close.
    if (/^\s*,\s*(?:a|an|the)\s[^,;.!?“”"]*$/u.test(between)) return person;
    break;
  }
  // ("The EU leader also paid tribute …, reiterating that she “…”": an organization before a role noun only says whose; the
  // speaker is the role's holder, not the organization.)
  // (Not a body a role word only qualifies: "the IOC executive board said", "the TUC general council said".)
  const held = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(last.end, cueStart));
  if (held && (isRoleNoun(held[1]) || isDescriptor(held[1])) && !BODY_NOUNS.test(held[2] ?? '')) return null;
  return last;
}

/** Nouns for a body of people, which a role word before them only qualifies ("executive board", "general council"). */
const BODY_NOUNS = /^(?:board|committee|council|team|office|department|panel|unit|group|commission|bureau|division|staff|secretariat|cabinet|leadership|body)$/u;

/** People's gender as their names tell it: a female or male first name, or Mrs./Ms./Miss or Mr. */
function findGenders(tokens: Token[], mentions: Mention[]): Map<string, 'f' | 'm'> {
  const genders = new Map<string, 'f' | 'm'>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.actorId || genders.has(m.actorId)) continue;
    const first = tokens[lowerBound(tokens, m.start)];
    const role = (m.role ?? '').toLowerCase().replace(/\.$/u, '');
    const gender = /^(?:mrs|ms|miss|madam|dame|lady|queen|princess)$/u.test(role) || first?.tags.has('FemaleName') ? 'f'
      : /^(?:mr|sir|lord|king|prince)$/u.test(role) || first?.tags.has('MaleName') ? 'm' : undefined;
    if (gender) genders.set(m.actorId, gender);
  }
  return genders;
}

/** False only when the actor's name says one gender and the pronoun the other. */
function agrees(context: Context, actorId: string, pronoun: Token): boolean {
  const gender = context.genders.get(actorId);
  return !gender || gender === (pronoun.lower === 'she' ? 'f' : 'm');
}

/**
 * The actor a pronoun stands for: "he"/"she" → the last person who was the subject of a sentence
 * (the first person named in it) in the pronoun's sentence or the two before, else the nearest person;
 * "they"/"it" → the nearest organization. "Byron met John Edleston. About him he wrote …" → Byron.
 */
function resolvePronoun(context: Context, pronoun: Token): string | null {
  const { mentions, insideQuote, tokens } = context;
  const wantPerson = PRONOUNS_PERSON.has(pronoun.text.toLowerCase());
  let nearest: Mention | undefined;
  // ("…to the blaring music of Bob Marley. … “…,” he said": a name after a preposition or a verb is no subject.)
  let governed: Mention | undefined;
  let seen: Mention | undefined;
  for (let k = lowerBound(mentions, pronoun.start) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (insideQuote(m.start) || (m.type === 'PERSON') !== wantPerson) continue;
    if (!wantPerson) return pluralSubjectBetween(context, m.end, pronoun) ? null : m.actorId;
    if (!m.actorId || !agrees(context, m.actorId, pronoun)) continue;
    seen ??= m;
    const at = lowerBound(tokens, m.start);
    const sentence = tokens[at]?.sentence ?? -1;
    // (Sentences inside quotes do not count: "The new champion … “… three sentences …,” he said.")
    let apart = 0;
    for (let j = at + 1; j <= pronoun.index && apart <= 2; j++) if (tokens[j].sentence !== tokens[j - 1].sentence && !insideQuote(tokens[j].start)) apart++;
    if (apart > 2) break;
    const before = tokens[at - 1];
    // (Not a title, "Judge Nathan Musa", nor the inverted subject of "said Patricia Fahy".)
    if (before && before.sentence === sentence && /^\p{Ll}/u.test(before.text)
      && (before.tags.has('Preposition') || (before.tags.has('Verb') && !before.tags.has('Copula') && !isCue(before, tokens)))) {
      governed ??= m;
      continue;
    }
    nearest ??= m;
    // "…at the request of President Gustavo Petro, said Attorney General Francisco Barbosa.": the person after
    // a speech verb (and a title) is the speaker, the sentence's subject.
    let cue = at - 1;
    while (cue >= 0 && tokens[cue].sentence === sentence && /^\p{Lu}/u.test(tokens[cue].text) && TITLE_WORDS.has(tokens[cue].bare)) cue--;
    if (cue >= 0 && tokens[cue].sentence === sentence && /^\p{Ll}/u.test(tokens[cue].text) && isCue(tokens[cue], tokens) && /[,”"’]\s*$/u.test(tokens[cue - 1]?.post ?? '')) return m.actorId;
    // The first person a sentence names, before any "he" or "she", is its subject as far as names go.
    let first = true;
    for (let j = at - 1; first && j >= 0 && tokens[j].sentence === sentence; j--) {
      if (!insideQuote(tokens[j].start) && PRONOUNS_PERSON.has(tokens[j].lower)) first = false;
    }
    for (let e = k - 1; first && e >= 0 && sentenceIndexAt(tokens, mentions[e].start) === sentence; e--) {
      if (mentions[e].type === 'PERSON' && !insideQuote(mentions[e].start)) first = false;
    }
    if (first) return m.actorId;
  }
  if (nearest) return nearest.actorId;
  // Only names governed by a preposition or a verb within reach: the person named most, else that name.
  if (governed) return mostMentioned(context, pronoun) ?? governed.actorId;
  // Nobody within reach: the nearest person further back.
  return seen?.actorId ?? null;
}

/** The person named most often before the pronoun (the earliest on a tie) who agrees with it. */
function mostMentioned(context: Context, pronoun: Token): string | null {
  const counts = new Map<string, number>();
  for (const m of context.mentions) {
    if (m.start >= pronoun.start) break;
    if (m.type === 'PERSON' && m.actorId && !context.insideQuote(m.start) && agrees(context, m.actorId, pronoun)) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [actorId, count] of counts) if (best === null || count > counts.get(best)!) best = actorId;
  return best;
}

/**
 * "…the Imola Grand Prix was cancelled, AFP reported. Organisers said they could not … “…,” they said": a
 * sentence opened by a plural noun after the organization is what "they" stands for, not the organization.
 */
function pluralSubjectBetween(context: Context, from: number, pronoun: Token): boolean {
  if (pronoun.lower !== 'they') return false;
  const { tokens, insideQuote } = context;
  // (From the start of the organization's sentence: "Analysts said much of Intel's growth … “…,” they added.")
  let first = lowerBound(tokens, from);
  while (first > 0 && first < tokens.length && tokens[first - 1].sentence === tokens[first].sentence) first--;
  for (let j = first; j < pronoun.index; j++) {
    const token = tokens[j];
    const opens = j === 0 || tokens[j - 1].sentence !== token.sentence;
    if (opens && !insideQuote(token.start) && token.tags.has('Plural') && !token.tags.has('ProperNoun') && isCue(tokens[j + 1] ?? token, tokens)) return true;
  }
  return false;
}

/** Words that announce the name of a work or event: an exhibition "titled “…”", a campaign "dubbed “…”", the film “…”,
 *  best original song for “…”. */
const TITLE_CUES = /\b(?:titled|entitled|(?<!so-|\b(?:he|she|they|we|I)\s)called|named|dubbed|headlined|nicknamed|known as|the slogan|(?:song|album|film|movie|novel|single|documentary|episode|poem|musical)s?(?:\s+for)?)\s*[:,]?\s*$/iu;

/** True when the words before a quote announce the name of a work ("an exhibition titled “…”"). */
export function announcesTitle(text: string, pair: Span): boolean {
  return TITLE_CUES.test(text.slice(Math.max(0, pair.start - 30), pair.start));
}
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from']);

/** Words before a quoted title that name a work: "won for “The Piano Lesson”", "the film “…”", "in “…”". */
const WORK_CONTEXT = new Set(['for', 'in', 'of', 'the', 'film', 'movie', 'book', 'song', 'album', 'single', 'track', 'show', 'series', 'novel',
  'play', 'opera', 'poem', 'painting', 'exhibition', 'documentary', 'hit', 'classic', 'memoir', 'programme', 'program', 'episode', 'musical',
  'website', 'site', 'blog', 'app', 'game', 'video', 'podcast', 'column', 'report', 'campaign']);

/** A quote of two to ten words, every content word capitalized, no question or exclamation: "The Piano Lesson". */
function isTitleCase(inner: string, words: string[]): boolean {
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 2 && words.length <= 10 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[!?]$/u.test(inner);
}

const wordsOf = (inner: string): string[] => inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * The name of a work quoted without a word announcing it ("for “The Piano Lesson”", "‘Mr. Tambourine Man.’"):
 * Title Case, no comma, and no speech verb right before it ("he shouted “Free Palestine”" is speech).
 */
export function isQuotedTitle(text: string, pair: QuotePair): boolean {
  // (Ten words or fewer, opening with a capital: most quotes are longer sentences.)
  if (pair.inner.end - pair.inner.start > 120 || !/^\s*[\p{Lu}\p{N}]/u.test(text.slice(pair.inner.start, pair.inner.start + 3))) return false;
  const inner = text.slice(pair.inner.start, pair.inner.end).trim();
  const words = wordsOf(inner);
  if (!isTitleCase(inner, words) || /[,;]/u.test(inner)) return false;
  // ("aka the “Turner Turnpike.”", "the “Super District Council”": a place's or an organization's name in quotes.)
  const head = words[words.length - 1].toLowerCase().replace(/[^\p{L}]+$/u, '');
  if (PLACE_HEADS.has(head) || ORG_HEADS.has(head)) return false;
  // (Only where a work is named: "for", "in", "of", "the film", "Dylan's": not "Activists from “Extinction Rebellion”",
  // "called it “Little Havana”".)
  const before = /(\p{L}+)(['’]s)?[\s,:]*$/u.exec(text.slice(Math.max(0, pair.start - 24), pair.start));
  return before !== null && speechLemma(before[1].toLowerCase()) === undefined && (before[2] !== undefined || WORK_CONTEXT.has(before[1].toLowerCase()));
}

/**
 * A title when announced as one ("titled “Russia Through Turks’ Eyes.”") or written in Title Case;
 * speech when attributed or sentence-like; a short unattributed phrase is a scare quote ("woke").
 */
function classifyQuote(text: string, pair: QuotePair, attributed: boolean): QuoteKind {
  const inner = text.slice(pair.inner.start, pair.inner.end).trim();
  const words = wordsOf(inner);
  const titleCase = isTitleCase(inner, words);
  if (announcesTitle(text, pair) && words.length <= 12) return 'title';
  if (titleCase && !/[,;]/u.test(inner)) return 'title';
  // "a so-called “traffic light coalition”": the writer marks a name others use; nobody says it here.
  if (words.length <= 4 && /\bso-called\s*$/iu.test(text.slice(Math.max(0, pair.start - 12), pair.start))) return 'scare';
  // "MDMA (“ecstasy”)": a word or two quoted in brackets glosses a term; nobody says it.
  if (words.length <= 3 && /\(\s*$/u.test(text.slice(Math.max(0, pair.start - 2), pair.start)) && /^\s*\)/u.test(text.slice(pair.end, pair.end + 2))) return 'scare';
  if (attributed) return 'speech';
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length > 0 && words.length <= 10 && capitalized >= Math.ceil(words.length * 0.6) && !/[!?]$/u.test(inner)) return 'title';
  if (words.length <= 4 && !/[.!?]$/u.test(inner)) return 'scare';
  return 'speech';
}
