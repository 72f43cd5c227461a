// Small text helpers shared by the engine's modules.
import { createHash } from 'crypto';

/** SHA-256 in hex of a text (as UTF-8) or of bytes: the export's source fingerprint and the export ledgers' key. */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The text without diacritics ("Erdoğan" → "Erdogan"); ASCII, most names, passes through untouched. */
export function withoutMarks(text: string): string {
  return /^[\x00-\x7f]*$/u.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Edit distance (insertions, deletions, substitutions) between two strings, or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, next[j]);
    }
    if (best > limit) return limit + 1;
    row = next;
  }
  return Math.min(row[b.length], limit + 1);
}

/**
 * True when `word` reads as a misspelling of `known` ("Bauchtman" for "Buchtmann"): both long enough
 * to tell apart (8+ letters), lengths within one, same first letter, at most two edits apart, not
 * identical. Real neighbouring surnames mostly differ in length ("Johnson"/"Johnston", "Williams"/"Williamson").
 */
export function isNearSpelling(word: string, known: string): boolean {
  return word !== known && word.length >= 8 && known.length >= 8 && Math.abs(word.length - known.length) <= 1
    && word[0] === known[0] && editDistance(word, known, 2) <= 2;
}

/**
 * The verbs an "-ing" word may come from, in the order to try them: "killing" → kill, "injuring" →
 * injure, "stabbing" → stab (the doubled consonant undone); none when the word does not end in "-ing".
 */
export function ingStems(word: string): string[] {
  const stem = /^(\p{L}{2,})ing$/u.exec(word)?.[1];
  return stem ? [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')] : [];
}
