// Acronyms that an article defines as terms, not names: "global sea surface salinity (SSS)",
// "a System Under Test (SUT)". An acronym defined by an organization's name ("Korean Central News
// Agency (KCNA)") stays a name and joins that organization (actors.ts).
import type { NameCandidate } from './entities';
import type { ActorType, LexiconEntry } from './types';

/** "(SSS)": an all-capital acronym of 2 to 6 letters in parentheses. */
const DEFINITION = /\(([A-Z]{2,6})s?\)/gu;

/** The initials of the words written right before `end` that spell `acronym`, or null. */
function longFormStart(text: string, end: number, acronym: string): number | null {
  const base = Math.max(0, end - 200);
  const words = [...text.slice(base, end).matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  // Small words may sit inside the long form without a letter of their own ("Department of State").
  const small = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'de', 'du', 'la', 'a', 'to']);
  let k = acronym.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w][0];
    if (word[0].toUpperCase() === acronym[k]) {
      k--;
      if (k < 0) return base + words[w].index!;
    } else if (!small.has(word.toLowerCase())) {
      return null;
    }
  }
  return null;
}

/**
 * Acronyms the text defines: as terms ("(ACR)" after words whose initials spell it, where those words
 * are not a name found in the text) and as names (after an organization's or place's name: "World
 * Health Organisation (WHO)" → WHO is that organization, even where WHO is also an ordinary word).
 */
export function findAcronymDefinitions(text: string, candidates: NameCandidate[]): { terms: Set<string>; names: Map<string, ActorType> } {
  const terms = new Set<string>();
  const names = new Map<string, ActorType>();
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[1];
    const end = match.index!;
    const gap = /\s*$/u.exec(text.slice(Math.max(0, end - 3), end))![0].length;
    const start = longFormStart(text, end - gap, acronym);
    if (start === null) continue;
    const named = candidates.find((c) => c.type !== 'UNKNOWN' && !c.weak && c.start <= start + 1 && c.end >= end - gap - 1 && c.end <= end);
    if (!named) terms.add(acronym);
    else if (named.type !== 'UNKNOWN' && named.type !== 'PERSON') names.set(acronym, named.type);
  }
  for (const short of findShortNames(text, candidates)) names.set(short.aliases![0], short.type);
  return { terms, names };
}

/** "(Tepco)", "(Isil)": one capitalized word in parentheses. */
const SHORT_NAME = /\(([A-Z][A-Za-z]{1,9})\)/gu;

/**
 * Short names an article gives an organization or a place in parentheses right after its full name,
 * when the short name's letters appear in the full name in order from its first letter: "Tokyo
 * Electric Power Company (Tepco)", "the Islamic State of Iraq and the Levant (Isil)". Returned as
 * lexicon-like entries (full name, type, the short name as alias) so the two join one actor.
 */
export function findShortNames(text: string, candidates: NameCandidate[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const match of text.matchAll(SHORT_NAME)) {
    const short = match[1];
    const open = match.index!;
    const named = candidates.find((c) => (c.type === 'ORG' || c.type === 'PLACE') && !c.weak && c.words.length > 1 && /^\s?$/u.test(text.slice(c.end, open)));
    if (!named) continue;
    const long = text.slice(named.start, named.end);
    if (long.toLowerCase() === short.toLowerCase() || !spellsFrom(short.toLowerCase(), long.toLowerCase())) continue;
    entries.push({ name: long, type: named.type as ActorType, aliases: [short] });
  }
  return entries;
}

/** What introduces a person's nickname after the name: ", (also, better …) known as", ", known by the nickname", ", nicknamed", ", dubbed". */
const NICKNAMED = /^,?\s+(?:(?:also|better|popularly|widely)\s+)?(?:known\s+(?:as|by\s+(?:the|his|her)\s+nickname)|nicknamed|dubbed)\s+[“"‘']?$/u;

/**
 * Nicknames the article gives a person right after the full name ("Leung Kwok-hung, known by the nickname
 * Long Hair"), as lexicon-like entries (the full name, PERSON, the nickname as alias) so both join one actor.
 */
export function findNicknames(text: string, candidates: NameCandidate[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  candidates.forEach((person, k) => {
    const nickname = candidates[k + 1];
    if (person.type !== 'PERSON' || person.words.length < 2 || !nickname || nickname.start - person.end > 48) return;
    // (Only a name of its own, closed by punctuation: not "dubbed Europe's last dictator".)
    if ((nickname.type !== 'PERSON' && nickname.type !== 'UNKNOWN') || !/^[”"’']?\s*[,.;)]/u.test(text.slice(nickname.end, nickname.end + 3))) return;
    if (!NICKNAMED.test(text.slice(person.end, nickname.start))) return;
    entries.push({ name: text.slice(person.start, person.end), type: 'PERSON', aliases: [text.slice(nickname.start, nickname.end)] });
  });
  return entries;
}

/** True when the letters of `short` appear in `long` in order, the first one first ("tepco" in "tokyo electric power company"). */
function spellsFrom(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let k = 0;
  for (const letter of long) if (letter === short[k]) k++;
  return k === short.length;
}
