// Sports teams named after their country or city ("Sweden defeated South Korea 1 – 0"): the team is an
// organization, not the place. Places that act in other stories ("Turkey shot down a Russian jet") stay places.
import type { NameCandidate } from './entities';
import type { Token } from './nlp';
import { POSSESSIVE } from './nlp';
import { DEMONYM_SHAPE, KNOWN_PLACES, SPORT_ROLES, SPORT_TERMS, SPORT_VERBS, TEAM_DESCRIPTORS, WORLD_PLACES } from './vocabulary';

/** A match result written between or beside two team names: "1 – 0", "3-2". */
const SCORE = /\d+\s*[–—-]\s*\d+/u;
const SCORE_AFTER = /^\s+\d+\s*[–—-]\s*\d+(?!\d)/u;
const SCORE_BEFORE = /(?<!\d)\d+\s*[–—-]\s*\d+\s+$/u;
/** Verbs a British writer puts in the plural after a club's name ("Chelsea have signed"). */
const PLURAL_VERBS = /^(?:have|are|were)$/u;
/** A story is about a match when it writes a score and uses this many distinct sport words. */
const MIN_SPORT_TERMS = 4;

/** True when the text reads as a match report: a score and several distinct sport words. */
export function isSportsStory(text: string, tokens: Token[]): boolean {
  // (A transfer story writes no score but more sport words: "striker", "winger", "signing", "loan", "club".)
  const needed = SCORE.test(text) ? MIN_SPORT_TERMS : MIN_SPORT_TERMS + 2;
  const seen = new Set<string>();
  for (const token of tokens) {
    if (SPORT_TERMS.has(token.lower)) seen.add(token.lower);
    if (seen.size >= needed) return true;
  }
  return false;
}

/** True when a score is written right after or right before the name ("Juventus 2-1", "2-1 Benfica"). */
const besideScore = (text: string, candidate: NameCandidate): boolean => SCORE_AFTER.test(text.slice(candidate.end, candidate.end + 16))
  || SCORE_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start));

/** The evidence that one place-name mention stands for a team: a score, a match verb or a team role next to it. */
function readsAsTeam(text: string, tokens: Token[], candidate: NameCandidate): boolean {
  if (besideScore(text, candidate)) return true;
  const last = tokens[candidate.lastToken];
  const next = tokens[candidate.lastToken + 1];
  const possessive = POSSESSIVE.test(last.text);
  if (next && next.sentence === last.sentence && !/[,.;:!?]/u.test(last.post)) {
    // (The tagger reads "beat" as a noun without its context.)
    // "Chelsea have signed the defender": a plural verb after a single name that is its clause's subject, as British
    // writers treat a club (not "Police in Manchester are investigating", "Firmino and Henderson were rested").
    if (PLURAL_VERBS.test(next.lower) && candidate.firstToken === candidate.lastToken && !possessive && opensClause(tokens, candidate)) return true;
    // (A player scores: "Al Horford scored 20 points", "Podkolzin scoring the first goal" is no club.)
    if (!possessive && (next.tags.has('Verb') || next.lower === 'beat') && SPORT_VERBS.has(next.root) && !(candidate.type !== 'PLACE' && next.root === 'score')) return true;
    if (SPORT_ROLES.has(next.lower)) return true;
  }
  // "Manchester City", "Leicester City": a club named after its city (not "Mexico City", a city of that name).
  if (text.endsWith(' City', candidate.end)) {
    const surface = text.slice(candidate.start, candidate.end);
    if (/^\S+ City$/u.test(surface) && !WORLD_PLACES.has(surface.toLowerCase()) && !KNOWN_PLACES.has(surface.toLowerCase())) return true;
  }
  const previous = tokens[candidate.firstToken - 1];
  if (previous && previous.sentence === last.sentence && !/[,.;:!?]/u.test(previous.post)) {
    if (/^(?:against|versus|vs|v)$/u.test(previous.bare) || TEAM_DESCRIPTORS.has(previous.lower)) return true;
    if (previous.tags.has('Verb') && SPORT_VERBS.has(previous.root) && previous.root !== 'score') return true;
  }
  return false;
}

/** Words of a game of goals (football, hockey, handball), whose reports name clubs by one word. */
const GOAL_GAME = /\b(?:goals?|goalkeeper|striker|midfielder|penalty|equali[sz]er)\b/u;
/** Past forms of a match's verbs between two sides ("Juventus beat Benfica", "Ajax edged PSV"). */
const MATCH_VERBS = /^(?:beat|defeated|edged|thrashed|eliminated|drew|routed|hammered|stunned|downed)$/u;

/** A side of a match: right beside a score, or before or after a match verb with a capitalized name on its other side. */
function sideOfMatch(text: string, tokens: Token[], candidate: NameCandidate): boolean {
  if (besideScore(text, candidate)) return true;
  const at = candidate.firstToken;
  const named = (t: Token | undefined): boolean => t !== undefined && t.sentence === tokens[at].sentence && /^\p{Lu}\p{Ll}/u.test(t.text);
  const next = tokens[at + 1];
  if (next !== undefined && next.sentence === tokens[at].sentence && /^\s+$/u.test(tokens[at].post) && MATCH_VERBS.test(next.text) && named(tokens[at + 2])) return true;
  const previous = tokens[at - 1];
  return previous !== undefined && previous.sentence === tokens[at].sentence && /^\s+$/u.test(previous.post) && MATCH_VERBS.test(previous.text) && named(tokens[at - 2]);
}

/** "Al Hilal", "Al Ahly": a club's name of "Al" and a word no list knows as a person's (not "Al Gore"). */
function arabicClub(tokens: Token[], candidate: NameCandidate): boolean {
  const [first, second] = [tokens[candidate.firstToken], tokens[candidate.firstToken + 1]];
  return candidate.type === 'PERSON' && candidate.lastToken === candidate.firstToken + 1 && first.text === 'Al' && second !== undefined
    && !second.tags.has('LastName') && !second.tags.has('FirstName');
}

/** "Chelsea have signed …": a one-word name read as a given name, before a plural verb. */
function clubAsPerson(tokens: Token[], candidate: NameCandidate): boolean {
  return candidate.type === 'PERSON' && candidate.firstToken === candidate.lastToken && PLURAL_VERBS.test(tokens[candidate.lastToken + 1]?.lower ?? '')
    && opensClause(tokens, candidate);
}

/** True when the name opens its sentence or a clause after a comma or a semicolon. */
function opensClause(tokens: Token[], candidate: NameCandidate): boolean {
  const previous = tokens[candidate.firstToken - 1];
  return previous === undefined || previous.sentence !== tokens[candidate.firstToken].sentence || /[,;:]\s*$/u.test(previous.post);
}

/**
 * In a match report, the lower-cased surfaces of place names used as teams anywhere in it; every
 * mention of such a name is then the team (one sense per story). Empty for any other story.
 */
export function findTeamNames(text: string, tokens: Token[], candidates: NameCandidate[]): Set<string> {
  const teams = new Set<string>();
  if (!candidates.some((c) => c.type === 'PLACE' || c.type === 'PERSON' || c.type === 'UNKNOWN') || !isSportsStory(text, tokens)) return teams;
  // ("Juventus beat Benfica 2-1": in a report of a game of goals, a one-word name no list knows is a club beside a score, or
  // as one side of a match verb with a name on the other — unless a person's name in the story holds it, "Harry Kane …
  // Kane beat Pickford"; a tennis player, a boxer or a cyclist who beats another is no club.)
  // (The game and the people's words read once, and only when such a name stands beside a score or a match verb.)
  let goals: boolean | undefined;
  let personWords: Set<string> | undefined;
  const unknownClub = (candidate: NameCandidate): boolean => candidate.type === 'UNKNOWN' && candidate.firstToken === candidate.lastToken
    && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[candidate.firstToken].text) && !tokens[candidate.firstToken].tags.has('Demonym') && !DEMONYM_SHAPE.test(tokens[candidate.firstToken].text)
    && sideOfMatch(text, tokens, candidate) && (goals ??= GOAL_GAME.test(text))
    && !(personWords ??= new Set(candidates.filter((c) => c.type === 'PERSON' && c.lastToken > c.firstToken)
      .flatMap((c) => text.slice(c.start, c.end).toLowerCase().split(/\s+/u)))).has(text.slice(candidate.start, candidate.end).toLowerCase());
  for (const candidate of candidates) {
    if (unknownClub(candidate) || ((candidate.type === 'PLACE' || arabicClub(tokens, candidate) || clubAsPerson(tokens, candidate)) && readsAsTeam(text, tokens, candidate))) {
      teams.add(text.slice(candidate.start, candidate.end).toLowerCase());
    }
  }
  // "Korea" after "South Korea" and "Korea Republic": a country's name without the word that qualifies it, written
  // alone in the story, is the same team (not "Manchester" after "Manchester City": the city).
  const places = new Set(candidates.filter((c) => c.type === 'PLACE').map((c) => text.slice(c.start, c.end).toLowerCase()));
  for (const team of [...teams]) {
    const [first, second, ...rest] = team.split(/\s+/u);
    if (rest.length > 0 || second === undefined) continue;
    if (/^(?:south|north|east|west|new)$/u.test(first) && places.has(second)) teams.add(second);
    if (/^(?:republic|dpr)$/u.test(second) && places.has(first)) teams.add(first);
  }
  return teams;
}
