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
