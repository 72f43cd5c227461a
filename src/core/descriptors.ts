import type { Token } from './nlp';
import { isRoleNoun, roleHead } from './roles';
import { startingIn } from './spans';
import type { Actor, Mention } from './types';

/** Descriptor nouns news uses interchangeably for one participant ("the gunman" … "the assailant"). */
const SYNONYMS: Record<string, string> = {};
for (const group of ['gunman assailant attacker shooter killer assassin bomber perpetrator', 'victim casualty', 'envoy ambassador']) {
  const words = group.split(' ');
  for (const word of words) SYNONYMS[word] = words[0];
}

/** The key a descriptor noun is linked by: its synonym group, else itself ("assailant" → "gunman"). */
export function descriptorKey(noun: string): string {
  const word = noun.toLowerCase();
  return SYNONYMS[word] ?? word;
}

/** True when the word can stand for a person as "the <word>". */
export function isDescriptor(word: string): boolean {
  return SYNONYMS[word.toLowerCase()] !== undefined || isRoleNoun(word);
}

const PRONOUNS = new Set(['he', 'she']);

/**
 * The descriptor with each word that qualifies it in a role ("Deputy Health Minister" → "deputy minister", "health minister";
 * "Minister of State for Energy" → "energy minister"), so that "the health minister told" finds its holder among ministers.
 */
function qualifiedKeys(role: string, head: string, key: string): string[] {
  const words = role.toLowerCase().split(/\s+/u);
  const of = words.findIndex((w) => /^(?:of|for)$/u.test(w));
  const at = (of < 0 ? words : words.slice(0, of)).lastIndexOf(head);
  if (at < 0) return [];
  const qualifiers = [...words.slice(Math.max(0, at - 3), at), ...(of === at + 1 ? words.slice(of + 1) : [])];
  return qualifiers.filter((w) => /^\p{Ll}+$/u.test(w) && !/^(?:the|of|for|and|state)$/u.test(w)).map((w) => `${w} ${key}`);
}

/** The descriptor a word before it qualifies ("the infrastructure minister"), as `qualifiedKeys` writes it. */
export const qualifiedKey = (qualifier: string, noun: string): string => `${qualifier.toLowerCase()} ${descriptorKey(noun)}`;

/** Abbreviated titles and the noun a later "the …" uses for their holder. */
const TITLE_NOUNS: Record<string, string> = {
  gen: 'general', dr: 'doctor', prof: 'professor', capt: 'captain', col: 'colonel', lt: 'lieutenant', sgt: 'sergeant',
  insp: 'inspector', supt: 'superintendent', gov: 'governor', sen: 'senator', adm: 'admiral', cmdr: 'commander',
};

/**
 * Links descriptor nouns to the named person they stand for, so "the gunman" can be a speaker:
 * from an actor's appositive role ("Mohammed, a Syrian activist" → activist) and from
 * "identified … as NAME" after a sentence about the descriptor ("The gunman was killed … He was
 * identified … as Mevlut Mert Altintas" → gunman). Returns descriptor key → actor id.
 */
export function linkDescriptors(tokens: Token[], mentions: Mention[], actors: Actor[]): Map<string, string> {
  const links = new Map<string, string>();
  // A role two people share ("president", "ambassador") goes to the one the article names most often.
  const mentionsOf = new Map(actors.map((a) => [a.id, a.mentionIds.length]));
  // (A post "of" an organization the article names, "the President of Petrobras"; not "the president of Ukraine".)
  const organizations = new Set(actors.filter((a) => a.type === 'ORG').flatMap((a) => [a.name, ...a.aliases].map((n) => n.toLowerCase())));
  const ofPhrase = new Set(actors.filter((a) => organizations.has(/\s(?:of|for)\s+(?:the\s+)?(.+)$/iu.exec(a.role ?? '')?.[1].toLowerCase() ?? '')).map((a) => a.id));
  // (Also from an abbreviated title: "Gen. Pablo Ruiz … The general said", "Dr. Amina Yusuf … The doctor added".)
  // (A title standing alone: not "Lt. Gov. Dan Patrick", no governor.)
  const headOf = (role: string): string | undefined => roleHead(role) ?? (/\s/u.test(role.trim()) ? undefined : TITLE_NOUNS[role.toLowerCase().replace(/\.$/u, '')]);
  for (const actor of actors) {
    const head = actor.type === 'PERSON' && actor.role ? headOf(actor.role) : undefined;
    if (!head) continue;
    const key = descriptorKey(head);
    for (const linked of [key, ...qualifiedKeys(actor.role ?? '', head, key)]) {
      const current = links.get(linked);
      // (The bare noun goes first to a title without an "of" phrase: "the president" is "President Lula", not "the President
      // of Petrobras" named more often.)
      const rank = (id: string): [number, number] => [linked === key && ofPhrase.has(id) ? 0 : 1, mentionsOf.get(id) ?? 0];
      const [ownOf, ownCount] = rank(actor.id);
      const [theirOf, theirCount] = current ? rank(current) : [-1, -1];
      if (ownOf > theirOf || (ownOf === theirOf && ownCount > theirCount)) links.set(linked, actor.id);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'identified') continue;
    const as = tokens.slice(i + 1, i + 14).find((t) => t.lower === 'as' && t.sentence === tokens[i].sentence);
    if (!as) continue;
    const person = startingIn(mentions, as.end, as.end + 3).find((m) => m.type === 'PERSON' && m.actorId);
    if (!person?.actorId) continue;
    // The identified one: a descriptor in this sentence before the verb, or, for "He was identified",
    // the last descriptor of the sentence before.
    const sentence = tokens[i].sentence;
    const subject = tokens.slice(0, i).reverse().find((t) => t.sentence >= sentence - 1 && SYNONYMS[t.lower] !== undefined);
    const pronounFirst = tokens.slice(0, i).reverse().find((t) => t.sentence === sentence && PRONOUNS.has(t.lower));
    if (subject && (subject.sentence === sentence || pronounFirst)) links.set(descriptorKey(subject.lower), person.actorId);
  }
  return links;
}
