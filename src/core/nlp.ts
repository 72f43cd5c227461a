// The only module that imports compromise. It turns text into plain tokens with exact offsets,
// so no other file ever sees a compromise View.
import nlp from 'compromise/two';
import type { Span } from './types';

/** One word of the text with its compromise tags; `[start, end)` excludes surrounding punctuation. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces between this token and the next one (exact source text). */
  post: string;
  /** Punctuation written right before the token (exact source text, without spaces). */
  pre: string;
  tags: ReadonlySet<string>;
  /** The text in lower case ("Karlov’s" → "karlov’s"). */
  lower: string;
  /** Lower case without periods and apostrophes ("U.S." → "us", "Karlov’s" → "karlovs"). */
  bare: string;
  /** Lower-cased verb lemma ("shot" → "shoot") when compromise knows one, else the lower-cased text. */
  root: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** Index of this token in the whole token list. */
  index: number;
}

/** A possessive ending: "Karlov's", "Karlov’s". */
export const POSSESSIVE = /['’‘]s$/u;

/** True when the token has any of the tags. */
export const hasAny = (token: Token, tags: readonly string[]): boolean => tags.some((tag) => token.tags.has(tag));

/** True when the token starts with a capital letter. */
export const isUpperInitial = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/** Tokens and sentence spans of a text; sentence spans run from the first to the last token. */
export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  root?: string;
  offset: { start: number; length: number };
}

/** Separator between chunks tagged in one batch: compromise always ends a sentence at a blank line. */
const BATCH_SEPARATOR = '\n\n';
/** Batches stay below this size: compromise's cost per character grows on very long documents. */
const BATCH_CHARS = 12000;

/**
 * Tags several texts with one compromise call (its fixed cost per call is large next to a sentence),
 * returning each text's tokens with offsets relative to that text. A chunk's tags depend only on its
 * own sentences, so batching never changes them (the cache-equality tests check this).
 */
export function tagTexts(texts: string[]): Tokenized[] {
  const results: Tokenized[] = texts.map(() => ({ tokens: [], sentences: [] }));
  const bases: number[] = [];
  let joined = '';
  texts.forEach((text, k) => {
    if (k > 0) joined += BATCH_SEPARATOR;
    bases.push(joined.length);
    joined += text;
  });
  if (!/[\p{L}\p{N}]/u.test(joined)) return results;
  // compromise's tokenizer, lexicon and pre-tagger, without its contextual post-tagger: measured on the
  // gold corpus it did not improve our names (micro F1 0.739 without, 0.736 with) and cost ~75 % of the
  // tagging time. The few contextual tags the engine needs (passive, auxiliary) are added below.
  const doc = nlp.tokenize(joined);
  doc.compute(['lexicon', 'preTagger', 'contractionTwo', 'root']);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  let owner = 0;
  let cursor = 0;
  for (const sentence of json) {
    let sentenceOwner = -1;
    for (const term of sentence.terms) {
      if (!term.text) continue;
      let start = term.offset.start;
      if (joined.slice(start, start + term.text.length) !== term.text) {
        const found = joined.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      cursor = start + term.text.length;
      // compromise keeps brackets glued to a number ("(1997)", "4)"): they are punctuation, not the word.
      let text = term.text;
      const glued = /^([([]*)(.*?)([)\]]*)$/su.exec(text);
      if (glued && glued[2] && (glued[1] || glued[3])) {
        start += glued[1].length;
        text = glued[2];
      }
      while (owner + 1 < texts.length && bases[owner + 1] <= start) owner++;
      const local = results[owner];
      if (sentenceOwner !== owner) {
        local.sentences.push({ start: start - bases[owner], end: start - bases[owner] });
        sentenceOwner = owner;
      }
      const push = (from: number, word: string, tags: string[], root: string): void => {
        local.tokens.push({
          text: word,
          start: from - bases[owner],
          end: from + word.length - bases[owner],
          pre: '',
          post: '',
          tags: new Set(tags),
          lower: word.toLowerCase(),
          bare: word.toLowerCase().replace(/[.'’]/gu, ''),
          root: root.toLowerCase(),
          sentence: local.sentences.length - 1,
          index: local.tokens.length,
        });
      };
      // "1860 – 30 April": compromise reads numbers around a spaced dash as one range token; they are two
      // numbers (here a year, then a day), each read on its own.
      const range = /^(\d[\d,.]*)(\s+[-–—]\s*|\s*[-–—]\s+)(\d[\d,.]*)$/u.exec(text);
      // "Borders/Médecins", "Boston/New": capitalized words joined by a slash are two words (two names, or a name
      // and its translation: "Doctors Without Borders/Médecins Sans Frontières"); each keeps what the lexicon knows of it.
      // (Not months, "Jan/Feb 2020".)
      const slashed = range || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/u.test(text) ? null
        : /^(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)\/(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)$/u.exec(text);
      if (range) {
        const numberTags = ['Value', 'Cardinal', 'NumericValue'];
        push(start, range[1], numberTags, range[1]);
        push(start + range[1].length + range[2].length, range[3], numberTags, range[3]);
      } else if (slashed) {
        for (const [offset, word] of [[0, slashed[1]], [slashed[1].length + 1, slashed[2]]] as const) {
          const known = lexiconTag(word.toLowerCase());
          push(start + offset, word, known ? ['Noun', 'ProperNoun', known] : ['Noun', 'ProperNoun'], word);
        }
      } else {
        push(start, text, term.tags, term.root ?? text);
      }
      local.sentences[local.sentences.length - 1].end = cursor - bases[owner];
    }
  }
  results.forEach((local, k) => {
    addGaps(texts[k], local);
    splitAfterClosedQuotes(local);
    addVerbGroups(local.tokens);
    restoreDemonyms(local.tokens);
  });
  return results;
}

/**
 * "Mexican police", "Kenyan officials": compromise's pre-tagger reads a nationality before a word like
 * "police" as an organization and drops its Demonym tag; a capitalized word its lexicon lists as a
 * demonym gets the tag back.
 */
function restoreDemonyms(tokens: Token[]): void {
  for (const token of tokens) {
    if (!token.tags.has('Demonym') && /^\p{Lu}\p{Ll}/u.test(token.text) && lexiconTag(token.lower) === 'Demonym') (token.tags as Set<string>).add('Demonym');
  }
}

const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re']);
const AUXILIARIES = new Set(['have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', "'ve", '’ve', "'d", '’d']);

/**
 * Marks verb groups the way the engine reads them: a past participle after a form of "be" is
 * "Passive" ("was assassinated", "has been told"); a form of be/have/do or a modal before another
 * verb is an "Auxiliary". Adverbs may stand in between ("was also immediately shot").
 */
function addVerbGroups(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    if (!verb.tags.has('Verb') || verb.tags.has('Copula')) continue;
    let j = i - 1;
    while (j >= 0 && tokens[j].sentence === verb.sentence && (tokens[j].tags.has('Adverb') || tokens[j].tags.has('Negative'))) j--;
    const helper = tokens[j];
    if (!helper || helper.sentence !== verb.sentence) continue;
    const helperTags = helper.tags as Set<string>;
    if (BE_FORMS.has(helper.lower) && (verb.tags.has('PastTense') || verb.tags.has('Participle'))) {
      (verb.tags as Set<string>).add('Passive');
      helperTags.add('Passive');
      helperTags.add('Auxiliary');
    } else if (AUXILIARIES.has(helper.lower) || BE_FORMS.has(helper.lower)) {
      helperTags.add('Auxiliary');
    }
  }
}

/**
 * Ends a sentence where compromise ran on past a quote that closes one: 'the history of our state." Leite
 * said' is two sentences (a full stop, ! or ? before the closing mark, then a capitalized word).
 */
function splitAfterClosedQuotes({ tokens, sentences }: Tokenized): void {
  let shift = 0;
  const split: Span[] = [];
  for (let s = 0, t = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    let start = sentence.start;
    for (; t < tokens.length && tokens[t].start < sentence.end; t++) {
      tokens[t].sentence += shift;
      const next = tokens[t + 1];
      if (next && next.start < sentence.end && /^[.!?]["”’']\s+$/u.test(tokens[t].post) && isUpperInitial(next)) {
        split.push({ start, end: tokens[t].end + tokens[t].post.trimEnd().length });
        start = next.start;
        shift++;
      }
    }
    split.push({ start, end: sentence.end });
  }
  if (shift > 0) sentences.splice(0, sentences.length, ...split);
}

/** Fills each token's `post`/`pre` from the source and extends sentence ends over their final punctuation. */
function addGaps(text: string, { tokens, sentences }: Tokenized): void {
  for (let i = 0; i < tokens.length; i++) {
    const gapEnd = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
    const gap = text.slice(tokens[i].end, gapEnd);
    tokens[i].post = gap;
    if (i + 1 < tokens.length) tokens[i + 1].pre = gap.replace(/^.*\s/su, '');
  }
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t].end < sentence.end) t++;
    if (t < tokens.length && tokens[t].end === sentence.end) sentence.end += tokens[t].post.replace(/\s.*$/su, '').length;
  }
}

/** Tokenizes and tags one text; offsets relative to the text. */
export function tokenize(text: string): Tokenized {
  return tagTexts([text])[0];
}

/** compromise's lexicon tag for a lower-cased word ("andrey" → "FirstName"), if any. */
/** True when compromise's lexicon lists the lower-case word as a given name ("john", "narendra"). */
export const isLexiconGivenName = (word: string): boolean => /^(?:FirstName|MaleName|FemaleName)$/u.test(lexiconTag(word) ?? '');

export function lexiconTag(word: string): string | undefined {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } })
    .world().model.one.lexicon;
  const tag = lexicon[word];
  return typeof tag === 'string' ? tag : undefined;
}

const ABBREVIATION_BEFORE_PERIOD = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Capt|Sgt|Det|Cmdr|Brig|Prof|Rev|Gov|Sen|Rep|Ald|Coun|Mt|No|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|U\.S|U\.K|U\.N|D\.C))$/u;

/** FNV-1a hash of a string, for content-defined chunk boundaries. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const CHUNK_SPREAD = 2;
const CHUNK_MAX = 4000;

/**
 * Splits text into independently tagged chunks of a few sentences. Boundaries are content-defined
 * (a sentence whose hash is divisible by CHUNK_SPREAD ends a chunk), so they depend only on nearby
 * text: an edit changes the chunk around it and leaves the others, and their cached tags, alone.
 */
export function splitChunks(text: string): Span[] {
  const units: Span[] = [];
  const push = (start: number, end: number): void => {
    if (end > start) units.push({ start, end });
  };
  const paragraph = /(?:\r\n|\r|\n)+/gu;
  let from = 0;
  for (let m = paragraph.exec(text); ; m = paragraph.exec(text)) {
    const to = m ? m.index + m[0].length : text.length;
    splitSentences(text, from, to, push);
    if (!m) break;
    from = to;
  }
  const chunks: Span[] = [];
  let start = 0;
  for (const unit of units) {
    if (hash(text.slice(unit.start, unit.end)) % CHUNK_SPREAD === 0 || unit.end - start >= CHUNK_MAX) {
      chunks.push({ start, end: unit.end });
      start = unit.end;
    }
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

function splitSentences(text: string, from: number, to: number, push: (start: number, end: number) => void): void {
  const boundary = /[.!?]['"’”)\]]*\s+(?=['"‘“(\[]*\p{Lu})/gu;
  boundary.lastIndex = from;
  let start = from;
  for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
    if (text[m.index] === '.' && ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(from, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    if (end >= to) break;
    push(start, end);
    start = end;
  }
  push(start, to);
}

/** One chunk's tags plus whatever later passes memoized for it (they own the keys of `memo`). */
export interface ChunkEntry {
  tokenized: Tokenized;
  memo: Map<string, unknown>;
}

/** Memo of tagged chunks by their text, owned by one analyzer (no module-level state). */
export type ChunkCache = Map<string, ChunkEntry>;

/** A chunk of the text with its chunk-local tokens and where they start in the whole token list. */
export interface TextChunk extends Span {
  entry: ChunkEntry;
  tokenBase: number;
  sentenceBase: number;
}

/** The whole text's tokens and sentences, and the chunks they came from. */
export interface ChunkedText extends Tokenized {
  chunks: TextChunk[];
}

/**
 * Tokenizes the whole text chunk by chunk, reusing chunks already in `cache`.
 * The result equals the result without a cache: chunk tagging depends only on the chunk's text.
 */
export function tokenizeText(text: string, cache?: ChunkCache): ChunkedText {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const chunks: TextChunk[] = [];
  const used = cache ? new Set<string>() : undefined;
  const spans = splitChunks(text);
  const sources = spans.map((chunk) => text.slice(chunk.start, chunk.end));
  const fresh = new Map<string, ChunkEntry>();
  const missing = [...new Set(sources.filter((source) => !cache?.has(source)))];
  for (let from = 0; from < missing.length;) {
    let to = from;
    let size = 0;
    while (to < missing.length && (to === from || size + missing[to].length <= BATCH_CHARS)) size += missing[to++].length;
    const batch = missing.slice(from, to);
    tagTexts(batch).forEach((tokenized, k) => {
      const entry: ChunkEntry = { tokenized, memo: new Map() };
      fresh.set(batch[k], entry);
      cache?.set(batch[k], entry);
    });
    from = to;
  }
  spans.forEach((span, n) => {
    const source = sources[n];
    const entry = cache?.get(source) ?? fresh.get(source)!;
    used?.add(source);
    const local = entry.tokenized;
    chunks.push({ ...span, entry, tokenBase: tokens.length, sentenceBase: sentences.length });
    const sentenceBase = sentences.length;
    for (const sentence of local.sentences) sentences.push({ start: sentence.start + span.start, end: sentence.end + span.start });
    // Tokens placed at the same offsets as last time (chunks before an edit) are reused as they are.
    const placed = entry.memo.get('placed') as { start: number; tokenBase: number; sentenceBase: number; tokens: Token[] } | undefined;
    if (placed && placed.start === span.start && placed.tokenBase === tokens.length && placed.sentenceBase === sentenceBase) {
      for (const token of placed.tokens) tokens.push(token);
      return;
    }
    const tokenBase = tokens.length;
    for (const token of local.tokens) {
      // Field by field, not a spread: this runs for every token after an edit.
      tokens.push({
        text: token.text, start: token.start + span.start, end: token.end + span.start, post: token.post, pre: token.pre,
        tags: token.tags, lower: token.lower, bare: token.bare, root: token.root,
        sentence: token.sentence + sentenceBase, index: tokens.length,
      });
    }
    entry.memo.set('placed', { start: span.start, tokenBase, sentenceBase, tokens: tokens.slice(tokenBase) });
  });
  if (cache && used) {
    for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  }
  return { tokens, sentences, chunks };
}
