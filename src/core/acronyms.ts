// Acronyms that an article defines as terms, not names: "global sea surface salinity (SSS)",
// "a System Under Test (SUT)". An acronym defined by an organization's name ("Korean Central News
// Agency (KCNA)") stays a name and joins that organization (actors.ts).
import type { NameCandidate } from './entities';
import { lexiconTag } from './nlp';
import type { ActorType, LexiconEntry } from './types';
import { KNOWN_ORGS, KNOWN_PLACES, WORLD_PLACES } from './vocabulary';

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
    // (Also after the name's possessive: "the World Health Organization's (WHO) chief".)
    const gap = /(?:['’]s)?\s*$/u.exec(text.slice(Math.max(0, end - 5), end))![0].length;
    const start = longFormStart(text, end - gap, acronym);
    if (start === null) continue;
    const named = candidates.find((c) => c.type !== 'UNKNOWN' && !c.weak && c.start <= start + 1 && c.end >= end - gap - 1 && c.end <= end);
    if (!named) terms.add(acronym);
    else if (named.type !== 'UNKNOWN' && named.type !== 'PERSON') names.set(acronym, named.type);
  }
  // (Its short name after a weak organization is still a name's: "Director General, National Commission for Museums and
  // Monuments (NCMM)", where the title before it left the long form only guessed.)
  for (const short of findShortNames(text, candidates)) {
    names.set(short.aliases![0], short.type);
    // (Not a measure's: "Bank Verification Number (BVN)", "Monetary Policy Rate (MPR)".)
    const words = short.name.toLowerCase().split(/\s+/u);
    if (short.type === 'ORG' && !MEASURE_NOUNS.test(words[words.length - 1])) terms.delete(short.aliases![0]);
  }
  return { terms, names };
}

/** Last words of a term's long form that name a measure, a document or a rank ("Candidate Master (CM)"), not a body. */
const MEASURE_NOUNS = /^(?:number|rate|level|wage|ratio|index|price|prices|code|score|limit|threshold|target|allowance|benefit|tax|levy|fee|fees|card|scheme|standard|master)$/u;

/** "(Tepco)", "(Isil)", "(PML-N)": one capitalized word in parentheses, perhaps with a hyphenated letter or two. */
const SHORT_NAME = /\(([A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z]{0,3})?)\)/gu;

/**
 * Short names an article gives an organization or a place in parentheses right after its full name,
 * when the short name's letters appear in the full name in order from its first letter: "Tokyo
 * Electric Power Company (Tepco)", "the Islamic State of Iraq and the Levant (Isil)"; or, after an
 * organization's name, an acronym in capitals whatever its letters, since it often abbreviates the name in
 * another language ("Revolutionary Armed Forces of Colombia (FARC)", "Justice and Development Party (AKP)").
 * Returned as lexicon-like entries (full name, type, the short name as alias) so the two join one actor.
 */
export function findShortNames(text: string, candidates: NameCandidate[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const match of text.matchAll(SHORT_NAME)) {
    const short = match[1];
    const open = match.index!;
    // (A weak organization too: the acronym after it says it is a name — "Tehreek-e-Taliban Pakistan (TTP)".)
    const named = candidates.find((c) => (c.type === 'ORG' || (c.type === 'PLACE' && !c.weak)) && c.words.length > 1 && c.end <= open && /^(?:['’]s)?\s?$/u.test(text.slice(c.end, open)));
    if (!named) continue;
    const long = text.slice(named.start, named.end);
    if (long.toLowerCase() === short.toLowerCase()) continue;
    // (Not a place's code after an organization, "Oxford University (UK)"; nor another organization's, "(AP)"; nor
    // after a name that a capitalized word before it shows to be the end of a longer one, "… of Education Organization (SEAMEO)".)
    const code = short.toLowerCase();
    const foreign = named.type === 'ORG' && !named.weak && /^[A-Z]{2,6}(?:-[A-Z]{1,3})?$/u.test(short) && !KNOWN_PLACES.has(code) && !WORLD_PLACES.has(code) && !KNOWN_ORGS.has(code)
      && (!opensEarlier(text.slice(Math.max(0, named.start - 40), named.start)) || personBefore(candidates, named));
    if (!spellsFrom(short.toLowerCase(), long.toLowerCase()) && !foreign) continue;
    entries.push({ name: long, type: named.type as ActorType, aliases: [short] });
  }
  // "Comunidad Ciudadana (Civic Community)", "Movimento Sem Terra (Landless Workers' Movement)": an organization's
  // name in another language, in brackets right after it.
  candidates.forEach((named, k) => {
    const other = candidates[k + 1];
    if (named.type !== 'ORG' || !other || other.type !== 'ORG' || text[other.end] !== ')' || other.start - named.end > 2) return;
    if (named.words.length < 2 || other.words.length < 2 || !/^\s?\($/u.test(text.slice(named.end, other.start))) return;
    entries.push({ name: text.slice(named.start, named.end), type: 'ORG', aliases: [text.slice(other.start, other.end)] });
  });
  return entries;
}

/** True when a person's name ends right before the organization's, across "of (the)" ("Dissanayaka of the People's Liberation Front"). */
const personBefore = (candidates: NameCandidate[], named: NameCandidate): boolean => candidates.some((c) => c.type === 'PERSON'
  && c.end <= named.start && named.start - c.end <= 8);

/** Text before a name that ends with a capitalized content word, so the name may be the end of a longer one. */
function opensEarlier(before: string): boolean {
  const word = /(\p{Lu}[\p{L}'’-]*)\s+(?:(?:of|for|and|the)\s+)*$/u.exec(before)?.[1];
  // (Not an owner in the possessive: "Mexico's National Institute of Anthropology and History (INAH)".)
  return word !== undefined && !/^(?:The|A|An|In|On|At|By|For|From|With|And|But|Of|To|As)$/u.test(word) && !/['’]s$/u.test(word);
}

/** What introduces a person's nickname after the name (and a bracket): ", (also, better …) known as", ", known by her pseudonym", ", nicknamed", ", dubbed". */
const NICKNAMED = /^(?:\s*\([^()]{0,60}\))?(?:,|\s*(?:[—–]|--))?\s+(?:(?:also|better|popularly|widely)\s+)?(?:known\s+(?:as|by\s+(?:the|his|her|their)\s+(?:nickname|pseudonym|stage\s+name|pen\s+name|ring\s+name))|nicknamed|dubbed)\s+[“"‘']?$/u;

/**
 * Nicknames the article gives a person right after the full name ("Leung Kwok-hung, known by the nickname
 * Long Hair"), and other names it gives an organization ("the Pakistan Taliban -- known as Tehreek-e-Taliban
 * Pakistan", "the National Liberation Army or ELN"), as lexicon-like entries (the full name, its type, the
 * other name as alias) so both join one actor.
 */
export function findNicknames(text: string, candidates: NameCandidate[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  candidates.forEach((named, k) => {
    const other = candidates[k + 1];
    if ((named.type !== 'PERSON' && named.type !== 'ORG') || named.words.length < 2 || !other || other.start - named.end > 110) return;
    if (other.type !== named.type && other.type !== 'UNKNOWN') return;
    const gap = text.slice(named.end, other.start);
    const otherText = text.slice(other.start, other.end);
    // (Only a name of its own, closed by punctuation: not "dubbed Europe's last dictator".)
    const nicknamed = NICKNAMED.test(gap) && /^[”"’']?\s*(?:[,.;)(—–]|--)/u.test(text.slice(other.end, other.end + 3));
    // "Jenna Marbles (born Jenna Nicole Mourey)", "Joan Smith, née Brown,": the name the person was born with.
    const born = named.type === 'PERSON' && other.type === 'PERSON' && /^\s*(?:\(|,)\s*(?:born|née|nee)\s+$/u.test(gap)
      && /^\s*[,;)]/u.test(text.slice(other.end, other.end + 2));
    if (born) {
      entries.push({ name: text.slice(named.start, named.end), type: 'PERSON', aliases: [text.slice(other.start, other.end)] });
      return;
    }
    // ("the National Liberation Army or ELN"; not "the European Union or NATO", two organizations: the acronym is no
    // listed name and the article has not used it before.)
    // ("the Japan Aerospace Exploration Agency, or JAXA, said": after a comma only an acronym set off as an aside, its first
    // letter the name's.)
    const aside = /^,\s+or\s+$/u.test(gap) && /^[,)—–]/u.test(text.slice(other.end, other.end + 1)) && otherText[0] === text[named.start].toUpperCase();
    const orAcronym = named.type === 'ORG' && (/^\s+or\s+$/u.test(gap) || aside) && /^[A-Z]{2,6}$/u.test(otherText) && !KNOWN_ORGS.has(otherText.toLowerCase())
      && !KNOWN_PLACES.has(otherText.toLowerCase()) && text.indexOf(otherText) >= other.start;
    if (!nicknamed && !orAcronym) return;
    entries.push({ name: text.slice(named.start, named.end), type: named.type as ActorType, aliases: [otherText] });
  });
  return entries;
}

/** Words that end a firm's full name and that its short name leaves out ("Etihad Airways" → "Etihad"). */
const FIRM_SUFFIXES = new Set(['airways', 'airlines', 'airline', 'group', 'holdings', 'corporation', 'corp', 'company', 'inc', 'ltd', 'plc', 'motors',
  'telecom', 'telecoms', 'petroleum']);

/**
 * "Etihad Airways … Etihad said", "Tata Motors … Tata": a firm's full name and the one word before its suffix, which the
 * article also writes alone (not a place, "Qatar Airways" … "Qatar"; nor a people's adjective, "Ethiopian Airlines").
 */
export function findFirmShortNames(text: string, candidates: NameCandidate[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  for (const named of candidates) {
    if (named.type !== 'ORG' || named.weak || named.lastToken !== named.firstToken + 1 || !FIRM_SUFFIXES.has(named.words[named.words.length - 1])) continue;
    const short = text.slice(named.start, named.end).split(/\s+/u)[0];
    const code = short.toLowerCase();
    // (Nor a word the lexicon knows, "General Motors" … "General Mark Milley", "United Airlines".)
    if (seen.has(code) || !/^\p{Lu}\p{Ll}{2,}$/u.test(short) || KNOWN_PLACES.has(code) || WORLD_PLACES.has(code) || /(?:ian|ese|ish|an|i)$/u.test(code)
      || !['Organization', undefined].includes(lexiconTag(code))) continue;
    const suffix = text.slice(named.start, named.end).split(/\s+/u)[1].replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const alone = new RegExp(`(?<![\\p{L}-])${short}(?![\\p{L}-]| ${suffix})`, 'u');
    if (!alone.test(text)) continue;
    seen.add(code);
    entries.push({ name: text.slice(named.start, named.end), type: 'ORG', aliases: [short] });
  }
  return entries;
}

/**
 * Entries that share a name joined into one: "Pakistan Taliban" known as "Tehreek-e-Taliban Pakistan", and that
 * name shortened to "(TTP)", are one organization.
 */
export function joinEntries(entries: LexiconEntry[]): LexiconEntry[] {
  const joined: LexiconEntry[] = [];
  for (const entry of entries) {
    const forms = [entry.name, ...(entry.aliases ?? [])].map((form) => form.toLowerCase());
    const into = joined.find((e) => e.type === entry.type && [e.name, ...(e.aliases ?? [])].some((form) => forms.includes(form.toLowerCase())));
    if (!into) joined.push({ ...entry, aliases: [...(entry.aliases ?? [])] });
    else for (const form of [entry.name, ...(entry.aliases ?? [])]) if (form !== into.name && !into.aliases!.includes(form)) into.aliases!.push(form);
  }
  return joined;
}

/** True when the letters of `short` appear in `long` in order, the first one first ("tepco" in "tokyo electric power company"). */
function spellsFrom(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let k = 0;
  for (const letter of long) if (letter === short[k]) k++;
  return k === short.length;
}
