// Names whose kind only the whole article tells: match-report teams, acronyms the article defines,
// a person's affiliation, the shared type of a list, languages and names inside a work's title.
// Candidates are cached per chunk, so every change makes a new object.
import { findAcronymDefinitions } from './acronyms';
import type { NameCandidate } from './entities';
import { isWorldPlace, PERSON_WORD_TAGS } from './entities';
import type { Token } from './nlp';
import { POSSESSIVE } from './nlp';
import { findTeamNames } from './teams';
import type { LexiconEntry, Span } from './types';

/** The candidates with their kinds settled against the whole article; `titles` are the quotes that name works. */
export function settleNames(text: string, tokens: Token[], candidates: NameCandidate[], entries: LexiconEntry[], titles: Span[]): NameCandidate[] {
  // A match report's country and city teams are organizations in every mention.
  const teams = findTeamNames(text, tokens, candidates);
  // Acronyms the article defines as terms ("global sea surface salinity (SSS)") are not names, unless the lexicon says so;
  // acronyms defined by a name ("World Health Organisation (WHO)") are that name's type wherever they stand.
  const { terms, names: acronyms } = findAcronymDefinitions(text, candidates);
  for (const entry of entries) for (const name of [entry.name, ...(entry.aliases ?? [])]) terms.delete(name);
  const retype = (c: NameCandidate): NameCandidate => {
    const surface = text.slice(c.start, c.end);
    // (A team's every mention: "Sweden" and "Al Hilal" in a match report.)
    if ((c.type === 'PLACE' || c.type === 'PERSON' || (c.type === 'UNKNOWN' && c.firstToken === c.lastToken)) && teams.has(surface.toLowerCase())) {
      return { ...c, type: 'ORG', weak: false, onlyIfKnown: false, onlyIfNamed: false };
    }
    if (c.type !== 'PLACE' && c.type !== 'UNKNOWN') return c;
    const defined = c.type === 'UNKNOWN' ? acronyms.get(surface) : undefined;
    return defined ? { ...c, type: defined, weak: false, onlyIfKnown: false } : c;
  };
  let typed = typeFromContext(text, tokens, typeLists(text, tokens, typeAffiliations(tokens, teams.size === 0 && terms.size === 0 && acronyms.size === 0 ? candidates : candidates
    .filter((c) => terms.size === 0 || !terms.has(text.slice(c.start, c.end))).map(retype))));
  // A language is not an actor: a name followed by "language" or "dialect" anywhere ("the Eegimaa
  // language") is no name in the whole article.
  const languages = new Set(typed.filter((c) => /^(?:languages?|dialects?)$/u.test(tokens[c.lastToken + 1]?.lower ?? '') && /^\s+$/u.test(tokens[c.lastToken].post))
    .map((c) => text.slice(c.start, c.end)));
  if (languages.size > 0) typed = typed.filter((c) => !languages.has(text.slice(c.start, c.end)));
  // Names inside the title of a work ("an exhibition titled “Russia Through Turks’ Eyes”") are part of the title.
  return titles.length === 0 ? typed : typed.filter((c) => !titles.some((t) => t.start < c.start && c.end < t.end));
}

/**
 * A name whose kind the words around it told ("the republican party Sinn Féin", "Antrim police") has
 * that kind in every mention whose type was only read from the name's shape: "vice president of Sinn
 * Féin" is no person. Names with a word compromise knows as a person's keep their type.
 */
function typeFromContext(text: string, tokens: Token[], candidates: NameCandidate[]): NameCandidate[] {
  const kinds = new Map<string, NameCandidate['type']>();
  for (const c of candidates) if (c.kindFromContext) kinds.set(text.slice(c.start, c.end), c.type);
  if (kinds.size === 0) return candidates;
  return candidates.map((c) => {
    const kind = c.kindFromContext ? undefined : kinds.get(text.slice(c.start, c.end));
    if (!kind || kind === c.type) return c;
    if (c.type === 'PERSON' && tokens.slice(c.firstToken, c.lastToken + 1).some((t) => PERSON_WORD_TAGS.some((tag) => t.tags.has(tag)))) return c;
    return { ...c, type: kind, weak: false, onlyIfKnown: false };
  });
}

/**
 * Names in one list share a type: an unknown name listed with known organizations is one too
 * ("Ubisoft, Microsoft, and Sony"). Lists are names joined by commas and "and"/"or" only.
 */
function typeLists(text: string, tokens: Token[], candidates: NameCandidate[]): NameCandidate[] {
  let result = candidates;
  const joined = (k: number): boolean => /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.test(text.slice(candidates[k].end, candidates[k + 1].start));
  let done = -1;
  // A person's name read from the shape alone (no word compromise knows as a name's) may be the odd one out.
  const shapeOnly = (c: NameCandidate): boolean => !tokens.slice(c.firstToken, c.lastToken + 1).some((t) => t.tags.has('Person') || PERSON_WORD_TAGS.some((tag) => t.tags.has(tag)));
  // ("Houston, Dallas, San Antonio, Austin and El Paso": a one-word person only guessed, or a city of the world.)
  const open = (c: NameCandidate): boolean => c.type === 'UNKNOWN' || (c.type === 'PERSON' && !c.role
    && (shapeOnly(c) || (c.firstToken === c.lastToken && (c.weak || isWorldPlace([tokens[c.firstToken]])))));
  for (let k = 0; k < candidates.length; k++) {
    if (!open(candidates[k]) || k <= done) continue;
    let first = k;
    let last = k;
    while (first > 0 && joined(first - 1)) first--;
    while (last < candidates.length - 1 && joined(last)) last++;
    done = last;
    const list = candidates.slice(first, last + 1);
    const types = new Set(list.filter((c) => !open(c) && !c.weak).map((c) => c.type));
    if (list.length < 3 || types.size !== 1) continue;
    const [type] = types;
    // ("Consulate General of Ghana, Houston, Texas, Ama Boateng, said": after names joined by commas alone, a full
    // name last is the person the address leads to; a list ends with "and" or "or".)
    const conjoined = /\b(?:and|or)\s+$/u.test(text.slice(candidates[last - 1].end, candidates[last].start));
    if (result === candidates) result = candidates.slice();
    // (Only before the verb the person governs: not the last of a plain list, "hotels in Bali, Phuket, Koh Samui".)
    const address = (j: number): boolean => !conjoined && j === last && result[j].type === 'PERSON' && result[j].lastToken > result[j].firstToken
      && /^,\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|noted|explained|stated|announced|confirmed)\b/u.test(text.slice(result[j].end, result[j].end + 40));
    for (let j = first; j <= last; j++) if (open(result[j]) && !address(j)) result[j] = { ...result[j], type: type as NameCandidate['type'], weak: false, onlyIfKnown: false };
  }
  return result;
}

/**
 * An unknown word a person is affiliated with is an organization: "Demosisto's Nathan Law",
 * "Nathan Law of Demosisto" (new objects: candidates are cached).
 */
function typeAffiliations(tokens: Token[], candidates: NameCandidate[]): NameCandidate[] {
  return candidates.map((c, k) => {
    if (c.type !== 'UNKNOWN') return c;
    const next = candidates[k + 1];
    const previous = candidates[k - 1];
    const owner = POSSESSIVE.test(tokens[c.lastToken].text) && next?.type === 'PERSON' && next.firstToken === c.lastToken + 1;
    const after = tokens[c.lastToken + 1];
    const member = previous?.type === 'PERSON' && previous.lastToken + 2 === c.firstToken && tokens[c.firstToken - 1].lower === 'of'
      && (!after || after.sentence !== tokens[c.lastToken].sentence || /[,.;:]/u.test(tokens[c.lastToken].post));
    return owner || member ? { ...c, type: 'ORG' as const, weak: false, onlyIfKnown: false } : c;
  });
}

/**
 * Names and dates that overlap keep the longer of the two (a date on a tie): "Johnnie Christmas" is a
 * name, not a date inside one; "Seven Days" found as both is a date. Mentions never overlap.
 */
export function separateDates(names: NameCandidate[], dates: Span[]): { names: NameCandidate[]; dates: Span[] } {
  if (names.length === 0 || dates.length === 0) return { names, dates };
  const length = (s: Span): number => s.end - s.start;
  const droppedNames = new Set<NameCandidate>();
  const keptDates: Span[] = [];
  let k = 0;
  for (const date of dates) {
    while (k < names.length && names[k].end <= date.start) k++;
    let keepDate = true;
    for (let j = k; j < names.length && names[j].start < date.end; j++) {
      if (length(names[j]) > length(date)) keepDate = false;
    }
    if (!keepDate) continue;
    keptDates.push(date);
    for (let j = k; j < names.length && names[j].start < date.end; j++) droppedNames.add(names[j]);
  }
  return { names: droppedNames.size === 0 ? names : names.filter((name) => !droppedNames.has(name)), dates: keptDates };
}
