import * as fs from 'fs';
import * as path from 'path';

/** Repository root (tests run from out/test/unit). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED_PATH = path.join(ROOT, 'seeds', 'karlov-assassination-ankara.txt');
export const SEED = fs.readFileSync(SEED_PATH, 'utf8');

/** The nth (0-based) occurrence of `needle` in `text` as a half-open span; throws when missing. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in text`);
  }
  return { start: at, end: at + needle.length };
}
