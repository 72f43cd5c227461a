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
 * Two transliterations of one given name (five letters or more): the same once "ks" is written "x", "y" "i",
 * "kh" "h" and doubled letters single, or but for one vowel inside the word ("Sergei"/"Sergey",
 * "Aleksandr"/"Alexander", "Dmitry"/"Dmitri"); not two names a vowel tells apart ("Maria"/"Marie"), nor a
 * man's and a woman's name ("Daniel"/"Danielle", "Louis"/"Louise": a vowel at the end).
 */
export function isOtherSpelling(word: string, known: string): boolean {
  const norm = (w: string): string => w.replace(/ks/gu, 'x').replace(/y/gu, 'i').replace(/kh/gu, 'h').replace(/(\p{L})\1/gu, '$1');
  const [a, b] = [norm(word), norm(known)].sort((x, y) => y.length - x.length);
  if (word === known || Math.min(word.length, known.length) < 5 || a[0] !== b[0]) return false;
  if (a === b) return true;
  if (a.length !== b.length + 1) return false;
  const k = [...b].findIndex((ch, j) => ch !== a[j]);
  const at = k < 0 ? b.length : k;
  return at < b.length && /[aeiou]/u.test(a[at]) && a.slice(0, at) + a.slice(at + 1) === b;
}

/**
 * The verbs an "-ing" word may come from, in the order to try them: "killing" → kill, "injuring" →
 * injure, "stabbing" → stab (the doubled consonant undone); none when the word does not end in "-ing".
 */
export function ingStems(word: string): string[] {
  const stem = /^(\p{L}{2,})ing$/u.exec(word)?.[1];
  return stem ? [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')] : [];
}
