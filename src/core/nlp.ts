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
  /** Lower-cased verb lemma ("shot" → "shoot") when compromise knows one, else the lower-cased text. */
  root: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** Index of this token in the whole token list. */
  index: number;
}

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

/**
 * Tokenizes and tags `text` with compromise, offsets relative to `base`.
 * Offsets are re-aligned against the source with a running cursor, so they are exact even where
 * compromise normalizes a term's text.
 */
export function tokenize(text: string, base = 0): Tokenized {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  if (!/[\p{L}\p{N}]/u.test(text)) return { tokens, sentences };
  const doc = nlp(text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  let cursor = 0;
  for (const sentence of json) {
    const first = tokens.length;
    for (const term of sentence.terms) {
      if (!term.text) continue;
      let start = term.offset.start;
      if (text.slice(start, start + term.text.length) !== term.text) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end;
      tokens.push({
        text: term.text,
        start: start + base,
        end: end + base,
        pre: '',
        post: '',
        tags: new Set(term.tags),
        root: (term.root ?? term.text).toLowerCase(),
        sentence: sentences.length,
        index: tokens.length,
      });
    }
    if (tokens.length > first) {
      sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const gapStart = tokens[i].end - base;
    const gapEnd = i + 1 < tokens.length ? tokens[i + 1].start - base : text.length;
    const gap = text.slice(gapStart, gapEnd);
    tokens[i].post = gap;
    if (i + 1 < tokens.length) tokens[i + 1].pre = gap.replace(/^.*\s/su, '');
  }
  for (const sentence of sentences) {
    const lastToken = tokens.find((t) => t.end === sentence.end + base);
    if (lastToken) sentence.end += lastToken.post.replace(/\s.*$/su, '').length;
  }
  return { tokens, sentences };
}

/** compromise's lexicon tag for a lower-cased word ("andrey" → "FirstName"), if any. */
export function lexiconTag(word: string): string | undefined {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } })
    .world().model.one.lexicon;
  const tag = lexicon[word];
  return typeof tag === 'string' ? tag : undefined;
}

const ABBREVIATION_BEFORE_PERIOD = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Gov|Sen|Rep|Mt|No|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|U\.S|U\.K|U\.N|D\.C))$/u;

/** FNV-1a hash of a string, for content-defined chunk boundaries. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const CHUNK_SPREAD = 5;
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

/** Memo of tagged chunks by their text, owned by one analyzer (no module-level state). */
export type ChunkCache = Map<string, Tokenized>;

/**
 * Tokenizes the whole text chunk by chunk, reusing chunks already in `cache`.
 * The result equals the result without a cache: chunk tagging depends only on the chunk's text.
 */
export function tokenizeText(text: string, cache?: ChunkCache): Tokenized {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const used = cache ? new Set<string>() : undefined;
  for (const chunk of splitChunks(text)) {
    const source = text.slice(chunk.start, chunk.end);
    let local = cache?.get(source);
    if (!local) {
      local = tokenize(source);
      cache?.set(source, local);
    }
    used?.add(source);
    const sentenceBase = sentences.length;
    for (const sentence of local.sentences) sentences.push({ start: sentence.start + chunk.start, end: sentence.end + chunk.start });
    for (const token of local.tokens) {
      tokens.push({
        ...token,
        start: token.start + chunk.start,
        end: token.end + chunk.start,
        sentence: token.sentence + sentenceBase,
        index: tokens.length,
      });
    }
  }
  if (cache && used) {
    for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  }
  return { tokens, sentences };
}
