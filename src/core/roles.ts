import { isLexiconGivenName, POSSESSIVE } from './nlp';
import type { Actor, Mention } from './types';
import { POST_NOMINALS } from './vocabulary';

/** Nouns that name what a person is or does; the head of a role phrase. */
const ROLE_NOUNS = new Set(`
  president vice-president president-elect minister prime premier chancellor secretary spokesman spokeswoman
  spokesperson ambassador envoy consul diplomat official officer commander general colonel captain chief
  leader head director chairman chairwoman chair founder ceo executive manager editor reporter journalist boss
  correspondent photographer columnist analyst expert economist researcher scientist professor lecturer
  teacher student author writer historian lawyer attorney prosecutor judge governor mayor senator
  lawmaker legislator politician councillor councilor representative adviser advisor aide activist
  campaigner organizer organiser coach player striker defender midfielder goalkeeper forward king queen
  prince princess emir sheikh imam priest bishop pope cardinal rabbi gunman assailant attacker suspect
  victim witness survivor resident founder member candidate mp fellow curator architect engineer doctor
  nurse surgeon pilot soldier sergeant agent inspector detective commissioner administrator owner partner
  deputy assistant undersecretary sheriff marshal negotiator mediator coordinator superintendent rapporteur
  ombudsman treasurer chairperson secretary-general director-general attorney-general governor-general speaker
  novelist poet playwright singer songwriter actor actress artist designer composer musician comedian filmmaker painter
  sculptor dancer presenter neighbour neighbor eyewitness boxer wrestler sprinter swimmer cyclist golfer jockey skier athlete
  footballer cricketer climber bowler batsman all-rounder wicketkeeper seamer spinner umpire selector retiree publisher broadcaster cook chef monk nun farmer fisherman vendor trader shopkeeper businessman businesswoman entrepreneur
  investor banker accountant consultant meteorologist hydrologist volcanologist geologist seismologist archaeologist biologist
  physicist chemist physician paediatrician pediatrician psychologist psychiatrist dentist pharmacist veterinarian paramedic
  firefighter ranger miner labourer laborer principal headteacher headmaster headmistress vice-chancellor epidemiologist
  virologist economist climatologist astronomer astrophysicist mathematician linguist anthropologist sociologist
  champion winner runner-up medallist medalist congressman congresswoman tycoon magnate mogul billionaire dictator strongman
  warlord monarch screenwriter rapper blogger jumper voivode prefect burgomaster landrat councilmember assemblyman assemblywoman
  assemblymember selectman selectwoman teammate choreographer investigator trainer debutant newcomer rookie caddie
`.trim().split(/\s+/u));

/** Words a role phrase read backwards from its noun stops at ("spoke with the Turkish president"). */
const BACKWARD_STOPS = new Set(`the a an with by to from for and or but in on at as of said says told spoke met called was is are were
  who that which whom his her their its our this these those between among against after before during while when where whereas
  if since because though although witness watch see saw including like about over into onto upon under toward towards without within
  through across behind beside near via amid despite than unlike around beyond what whatever alongside starring featuring`.split(/\s+/u));
const MAX_WORDS = 9;

/** True when the word names what a person is or does ("spokeswoman", "gunman"; with "-elect", "mayor-elect"). */
export const isRoleNoun = (word: string): boolean => ROLE_NOUNS.has(word.toLowerCase().replace(POSSESSIVE, '').replace(/-elect$/u, '').replace(/^co-/u, ''));

/** The noun a role phrase is about ("Syrian activist" → "activist", "secretary general of NATO" → "general"). */
export function roleHead(role: string): string | undefined {
  const words = role.split(/\s+(?:of|for|at|to|in)\s+/iu)[0].split(/\s+/u);
  return [...words].reverse().find(isRoleNoun)?.toLowerCase();
}

/** A post without the word that dates it: "then Prime Minister", "current Mayor" (not "current affairs editor"). */
export const withoutTime = (role: string): string => {
  const dated = /^(then|current)[- ](.+)$/iu.exec(role);
  if (!dated) return role;
  const rest = dated[2];
  return /^then$/iu.test(dated[1]) || /^\p{Lu}/u.test(rest) || isRoleNoun(rest.split(/\s+/u)[0]) ? rest.replace(/^(?:a|an|the)\s+/u, '') : role;
};

/** Posts that a relationship is not: "survivor", "colleague", "student of …" say what someone was to others. */
export const RELATIONS = /^(?:survivors?|colleagues?|students?|friends?|victims?|witness(?:es)?|residents?|neighbou?rs?|fans?|critics?|relatives?)$/iu;

/** Roles that only describe someone, which a post named elsewhere says more than ("billionaire", "champion"). */
export const DESCRIBING_ROLES = /\b(?:billionaire|millionaire|tycoon|magnate|mogul|champion|winner|runner-up|medall?ist|teammate)$/iu;

/** Nouns of kinship, whose "of" phrase names a relative ("the son of a congressman"). */
const KIN = /^(?:son|daughter|wife|husband|widow|widower|father|mother|brother|sister|niece|nephew|grandson|granddaughter|grandfather|grandmother|cousin|child|uncle|aunt)$/u;

/** A role phrase after a name: ", a Turkish photographer for the Hurriyet news organization who …" */
function roleAfter(phrase: string): string | undefined {
  // (Periods are left to clauseAfter, which keeps those of "U.S.".)
  const clause = phrase.split(/\s+(?:who|which|that|whose|said|says|told|added|when|while)\b|[,;:!?“”"()—–]/u)[0].trim();
  // ("John Smith, as chief executive, approved …": the role after "as".)
  // ("Kazunori Yoshida, 65-year-old head of …", "a 22-year-old Buddhist monk": the age is no part of the role.)
  const words = clause.replace(/^as\s+/u, '').replace(/^(?:a|an|the)\s+/iu, '').replace(/^[\p{L}\d]+-years?-old\s+/u, '').split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  // ("Mel Carnahan, the son of a Missouri congressman": a relative's role is not the person's.)
  if (words[1] === 'of' && KIN.test(words[0])) return undefined;
  // ", and MLSA-represented journalist Zeynep Kuray", ", representing journalist Eylem Nazlier": the next
  // item of a list or a participle's clause, not an appositive.
  // (Nor a phrase opened by a preposition: "as Thomas Kinkade, alongside acclaimed actor Peter O'Toole".)
  // (Nor a predicate: "His father, Anthony, was a geologist".)
  if (/^(?:and|or|but|nor|alongside|with|including|like|unlike|besides|than|was|is|are|were|has|had|have|will|would|\p{Ll}+ing)$/u.test(words[0]) && !ROLE_MODIFIERS.has(words[0])) return undefined;
  // (A capitalized role noun right after a given name is a surname, "Anna Novak, Peter Bishop and Laura Dean"; one before a
  // capitalized word that is no role is a name's word, "Cook County State's Attorney", "Trader Joe's spokeswoman".)
  // (So is one closing capitalized words with a given name and no possessive: "Isaac Bashevis Singer"; not "Joe Biden's Press
  // Secretary".)
  const given = (w: string | undefined): boolean => isLexiconGivenName((w ?? '').toLowerCase());
  const namedBefore = (k: number): boolean => words.slice(0, k).every((w) => /^\p{Lu}/u.test(w) && !/['’]s$/u.test(w)) && words.slice(0, k).some(given);
  let head = words.findIndex((w, k) => isRoleNoun(w) && !(/^\p{Lu}/u.test(w) && (given(words[k - 1]) || namedBefore(k)
    || (/^\p{Lu}/u.test(words[k + 1] ?? '') && !isRoleNoun(words[k + 1])))));
  // (Nor a title before the next name of a list: "Joe Perry, Jak Jones, former champion Michael White".)
  if (head >= 0 && /^\p{Ll}/u.test(words[head]) && /^\p{Lu}\p{Ll}/u.test(words[head + 1] ?? '') && !isRoleNoun(words[head + 1])) return undefined;
  // (Nor the next items of a list after a name: "Chris Harris, Tramaine Brock and rookie Isaac Yiadom"; "a Canadian model and
  // activist" is one person's.)
  // (Not two words one role noun follows: "the former England and Barcelona striker", "police and crime commissioner".)
  if (head < 0 || words.slice(1, head).some((w, k) => /^(?:and|or)$/u.test(w) && /^\p{Lu}\p{Ll}/u.test(words[k]) && /^\p{Ll}/u.test(words[k + 2] ?? ''))) return undefined;
  while (head + 1 < words.length && isRoleNoun(words[head + 1])) head++; // 'secretary general'
  // "poet and diplomat": two roles joined by "and".
  // ("millionaire businessman and a former governor of Katanga province": an article and a modifier may open the second.)
  if (words[head + 1] === 'and') {
    let next = head + 2;
    if (/^(?:a|an)$/u.test(words[next] ?? '')) next++;
    if (ROLE_MODIFIERS.has(words[next] ?? '')) next++;
    if (next < words.length && isRoleNoun(words[next])) head = next;
  }
  // "the mission's deputy project scientist": a role noun two or three words on still heads the phrase.
  // ("Chief Commercial Officer of Safaricom": in a capitalized title, capitalized words between.)
  const titleCase = /^\p{Lu}\p{Ll}/u.test(words[head]);
  const further = words.slice(head + 1, head + 4).findIndex((word, k, rest) => isRoleNoun(word) && (!titleCase || /^\p{Lu}/u.test(word))
    && rest.slice(0, k).every((w) => (titleCase ? /^\p{Lu}\p{Ll}+$/u : /^\p{Ll}+$/u).test(w) && !/^(?:of|for|at|to|in|and|or)$/u.test(w)));
  if (further >= 0) head += further + 1;
  // "secretary general of NATO", "photographer for the Hurriyet news organization": keep the of/for phrase.
  // (Up to a verb the writer left without its comma: "the state Commissioner of Police disclosed this".)
  let end = head + 1;
  if (head + 1 < words.length && /^(of|for|at|to|in)$/iu.test(words[head + 1])) {
    // (After a name's capitalized word only: "head of the department of applied physics" keeps its "applied".)
    // (Not after a possessive, "the WHO's neglected tropical diseases department", nor a noun, "seed"; only a verb with
    // its object after it.)
    const verb = words.findIndex((word, k) => k > head + 2 && /^\p{Ll}+[^e]ed$/u.test(word) && /^\p{Lu}/u.test(words[k - 1]) && !/['’]s$/u.test(words[k - 1])
      && (k + 1 >= words.length || /^(?:this|that|these|the|a|an|it|him|her|them|his|its|their)$/u.test(words[k + 1])));
    end = verb > 0 ? verb : words.length;
  }
  return words.slice(0, end).join(' ');
}

/**
 * True when the phrase between commas before the name at `nameStart` is an appositive of the person named before it
 * ("Britain's Tyson Fury, the WBC heavyweight champion, Usyk replied"), not a title opening an item of a list ("the
 * Minister for Agriculture, Billy Rangasamy, the Minister for Land Use and Housing, Flavien Joubert").
 */
function apposedBefore(text: string, personEndingAt: Map<number, Mention>, nameStart: number, nameEnd: number): boolean {
  // (A name set off by commas itself is the one the title introduces: "Speaking to the BBC's Laura Kuenssberg, the Chancellor,
  // Rachel Reeves, said".)
  if (text[nameEnd] === ',') return false;
  const phrase = /,\s*((?:the|a|an)\s[^,;.!?“”"]*),\s*$/u.exec(text.slice(Math.max(0, nameStart - 160), nameStart));
  if (!phrase) return false;
  const commaAt = nameStart - phrase[0].length;
  const person = personEndingAt.get(commaAt);
  return person !== undefined && !/,\s*$/u.test(text.slice(Math.max(0, person.start - 3), person.start));
}

/** A role phrase right before a name, read backwards from its noun: "… with the Turkish president, ". */
function roleBefore(phrase: string): string | undefined {
  // ("The ceremony was attended by the Minister for Agriculture, Billy Rangasamy": the phrase from its last article.)
  // (Not after "to", which ties the phrase to a noun before it: "a senior adviser to the Minister of Defence, X".)
  const lastArticle = phrase.search(/(?<!\bto)\s(?:the|a|an)\s+\p{Lu}[^,]*$/u);
  if (lastArticle > 0) {
    const fromArticle = roleBeforePhrase(phrase.slice(lastArticle + 1));
    if (fromArticle) return fromArticle;
  }
  return roleBeforePhrase(phrase);
}

/** `roleBefore` on the phrase as it stands. */
function roleBeforePhrase(phrase: string): string | undefined {
  // ("…, according to the mayor of La Paz, Luis Revilla": the clause's preposition is none of the role.)
  const words = phrase.trim().replace(/^(?:according to|by|from|with)\s+(?=(?:the|a|an)\s)/iu, '').split(/\s+/u);
  // "The Chief Executive of Safaricom, Dr Peter Ndegwa": a clause that opens with the role and its "of" phrase.
  const opening = /^(?:the|a|an)$/iu.test(words[0] ?? '') ? 1 : 0;
  let head = opening;
  while (head < words.length - 1 && (isRoleNoun(words[head]) || ROLE_MODIFIERS.has(words[head].toLowerCase()))) head++;
  if (head > opening && isRoleNoun(words[head - 1]) && /^(?:of|at|for)$/u.test(words[head]) && words.length - opening <= MAX_WORDS && head + 1 < words.length
    // ("The head of the Aviation School at Massey University, Ashok Poduval": "at" or "in" between names too.)
    && ((words.slice(head + 1).every((word) => /^(?:\p{Lu}|of$|the$|and$|for$|at$|in$)/u.test(word)) && words.slice(head + 1).some((word) => /^\p{Lu}/u.test(word)))
      // ("The director of operations, Raymond Boyce", "The leader of the opposition, Keir Starmer": a few lower-case nouns.)
      || (opening === 1 && words.length - head <= 4 && words.slice(head + 1).every((word) => /^\p{Ll}+$/u.test(word) && !/(?:ed|ing)$/u.test(word))
        && !/^(?:the|a|an|of|for|at|in|and)$/u.test(words[words.length - 1])))) {
    return words.slice(opening).join(' ');
  }
  if (words.length === 0 || !isRoleNoun(words[words.length - 1])) return undefined;
  let start = words.length - 1;
  // (An acronym is no stop word: "WHO chief".)
  // (Nor, in lower case, a verb or a phrasal verb's particle: "Hamilton beat teammate Valtteri Bottas", "knocked out
  // seven-times champion …"; a title's capitals stay: "Get Out director Jordan Peele", "Led Zeppelin guitarist Jimmy Page".)
  const stops = (word: string): boolean => (BACKWARD_STOPS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word))
    || /^(?:beat|upset|won|lost|led|hit|shot|saw|sent|took|gave|left|out|off)$/u.test(word);
  // Lower-case words before the name inside a role are only modifiers of the role ("former Labour leader"),
  // not the verb of the clause ("would phone New Zealand First leader").
  // (Nor a verb before it, past or participle: "the court jailed former deputy minister To Anh Dung",
  // "representing journalist Eylem Nazlier".)
  // (Nor a subject's verb: "Dissanayaka succeeds outgoing president Ranil Wickremesinghe".)
  // (Nor a verb in "-s" that names or thanks someone: "S. hansoni honors biologist Paul Hanson".)
  // (Nor a particle inside a name: "Two-time Tour de France winner Alberto Contador".)
  const particle = (k: number): boolean => /^(?:de|du|del|da|di|des|la|le|van|von|der)$/u.test(words[k]) && /^\p{Lu}/u.test(words[k - 1] ?? '') && /^\p{Lu}/u.test(words[k + 1] ?? '');
  const breaksName = (k: number): boolean => /^\p{Ll}+$/u.test(words[k]) && !ROLE_MODIFIERS.has(words[k]) && !particle(k)
    && (words.slice(k + 1, -1).some((w) => /^\p{Lu}/u.test(w)) || /(?:ed|ing)$/u.test(words[k]) || (/s$/u.test(words[k]) && /^\p{Lu}\p{Ll}/u.test(words[k - 1] ?? ''))
      || /^(?:honou?rs|names|calls|thanks|praises|features|includes|quotes|cites|joins|hires|appoints|credits|recalls|remembers)$/u.test(words[k]));
  // (Nor across a dash: "CARACAS, Venezuela - Jailed Venezuelan opposition leader Leopoldo Lopez".)
  while (start > 0 && words.length - start < 6 && !stops(words[start - 1]) && !/[,;:.!?)]$|^(?:[-–—]|--)$/u.test(words[start - 1]) && !breaksName(start - 1)) start--;
  return words.slice(start).join(' ');
}

/** Honorifics and styles written between a role and the name ("…, Dr Peter Ndegwa", "oil minister Sheikh Ahmad al-Sabah"). */
const STYLE = String.raw`(?:Dr|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Sheikh|Sheikha|Datuk(?: Seri)?|Dato(?: Seri)?|Tan Sri)\.?`;
const STYLE_AFTER_COMMA = new RegExp(String.raw`,\s*${STYLE}\s+$`, 'u');
const STYLE_BEFORE_NAME = new RegExp(String.raw`(?:^|\s)${STYLE} $`, 'u');

/** Post-nominal letters, a generation ("Jr.") or an age between a name and the comma of its appositive. */
const LETTERS_OR_AGE_AFTER = new RegExp(String.raw`^(?: (?:${[...POST_NOMINALS].map((letters) => letters.toUpperCase()).join('|')})|,? (?:Jr|Sr)\.| \(\d{1,3}\)|, \d{1,3}),`, 'u');

/** Lower-case words that qualify a role before the name in it ("former Labour leader", "veteran SNP politician"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'veteran', 'longtime', 'long-time', 'ex',
  'opposition', 'senior', 'deputy', 'assistant', 'chief', 'top', 'current', 'late', 'retired', 'embattled', 'disgraced', 'elected',
  'appointed', 'designated', 'newly', 'celebrated', 'acclaimed', 'seasoned', 'leading', 'ruling', 'governing', 'visiting', 'founding',
  'managing', 'presiding', 'reigning', 'serving', 'long-serving', 'sitting', 'striking', 'retiring', 'caretaker']);

const CLAUSE_MARKS = /[,;.!?“”"()—–]/u;

/** A blank line: a role never runs across a paragraph break (a headline above the lede, a caption). */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/u;

/** The text from `from` up to the next clause mark (at most 160 characters); "U.S." does not end it. */
function clauseAfter(text: string, from: number): string {
  const window = text.slice(from, from + 160).split(PARAGRAPH_BREAK)[0];
  let end = window.search(CLAUSE_MARKS);
  while (end >= 0 && window[end] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(window.slice(0, end))) {
    const next = window.slice(end + 1).search(CLAUSE_MARKS);
    end = next < 0 ? -1 : end + 1 + next;
  }
  return end < 0 ? window : window.slice(0, end);
}

/** The clause ending at the comma just before `to` (at most 120 characters back). */
function clauseBefore(text: string, to: number): string {
  const paragraph = text.slice(Math.max(0, to - 120), to).replace(/,\s*$/u, '').split(PARAGRAPH_BREAK).pop()!;
  // (Nor across a headline's line: "Gay wins 100m in Osaka⏎American sprinter Tyson Gay" — a short line with no closing mark
  // before a capital; a hard-wrapped sentence runs on.)
  // (Only the paragraph's first line, not ending in a word that leads on: not a hard-wrapped "The chief executive of⏎Qantas".)
  const lines = paragraph.split('\n');
  const headline = lines.length === 2 && /^\s*\p{Lu}/u.test(lines[1]) && !/[.!?:;,"”’)]\s*$/u.test(lines[0]) && lines[0].trim().split(/\s+/u).length <= 12
    && !/\b(?:of|the|a|an|at|by|to|for|in|and|with|from|on)\s*$/iu.test(lines[0]);
  // (An acronym in brackets is no clause mark: "the Director General of the European Space Agency (ESA), Josef Aschbacher".)
  const window = (headline ? lines[lines.length - 1] : paragraph).replace(/\s\(\p{Lu}[\p{Lu}\p{Ll}]{1,5}\)/gu, '');
  let start = window.length;
  while (start > 0 && !CLAUSE_MARKS.test(window[start - 1])) start--;
  return window.slice(start);
}

/**
 * Roles written in apposition to a person's name, before or after it:
 * "Maria Zakharova, Russia's Foreign Ministry spokeswoman," → "Russia's Foreign Ministry spokeswoman";
 * "the Turkish president, Recep Tayyip Erdogan" → "Turkish president". Returns actor id → role,
 * the first role found per actor.
 */
export function findAppositiveRoles(text: string, mentions: Mention[], actors: Actor[]): Map<string, string> {
  const people = new Set(actors.filter((a) => a.type === 'PERSON').map((a) => a.id));
  // (People's mentions by where they start and end, for the names before and after an appositive.)
  const personMentions = mentions.filter((m) => typeof m.actorId === 'string' && people.has(m.actorId));
  const personStartingAt = new Map(personMentions.map((m) => [m.start, m]));
  const personEndingAt = new Map(personMentions.map((m) => [m.end, m]));
  const roles = new Map<string, string>();
  for (const mention of mentions) {
    // (A role that only describes gives way to a post named later: "Populist billionaire Andrej Babis … its leader, Babis".)
    const found = mention.actorId ? roles.get(mention.actorId) : undefined;
    if (!mention.actorId || !people.has(mention.actorId) || (found !== undefined && !DESCRIBING_ROLES.test(found))) continue;
    // (A role the name stands in apposition to comes first: "the son of a former prime minister, Konstantinos
    // Mitsotakis, brother of a former foreign minister, …" — what follows may describe someone else.)
    // (An honorific may stand between the comma and the name: "The Chief Executive of Safaricom, Dr Peter Ndegwa".)
    const honorific = STYLE_AFTER_COMMA.exec(text.slice(Math.max(0, mention.start - 16), mention.start));
    const nameStart = honorific ? mention.start - honorific[0].length + 1 : mention.start;
    const style = STYLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 16), mention.start));
    const styled = style ? mention.start - style[0].trimStart().length : mention.start;
    // ("Andrew Mitchell MP, UK Minister of State for Development": letters after the name come before the comma; so does an
    // age, "Martin Gauss (52), CEO of airBaltic", "Rina Devi, 50, a cook".)
    const lettersAfter = LETTERS_OR_AGE_AFTER.exec(text.slice(mention.end, mention.end + 8));
    const comma = lettersAfter ? mention.end + lettersAfter[0].length - 1 : text[mention.end] === ',' ? mention.end : -1;
    /** The appositive after the name's comma — not a title that introduces the next name, set off by commas itself
     * ("Laura Kuenssberg, the Chancellor, Rachel Reeves, said"). */
    const appositiveAfter = (): string | undefined => {
      const after = clauseAfter(text, comma + 1);
      const rest = text.slice(comma + 1 + after.length);
      const introduced = /^,\s*\p{Lu}/u.test(rest) ? personStartingAt.get(comma + 1 + after.length + (/^,\s*/u.exec(rest)?.[0].length ?? 0)) : undefined;
      return introduced !== undefined && text[introduced.end] === ',' ? undefined : roleAfter(after);
    };
    const role = (/,\s*$/u.test(text.slice(Math.max(0, nameStart - 3), nameStart)) && !apposedBefore(text, personEndingAt, nameStart, mention.end)
      && roleBefore(clauseBefore(text, nameStart)))
      || (comma >= 0 && appositiveAfter())
      // "Kremlin spokesman Dmitry Peskov", "opposition leader Anna Berg": a lower-case role noun right before the name
      // (or before its honorific: "Kuwaiti oil minister Sheikh Ahmad al-Sabah").
      || (/(?:^|[\s(])\p{Ll}[\p{Ll}-]* $/u.test(text.slice(Math.max(0, styled - 80), styled)) && roleBefore(clauseBefore(text, styled)));
    // ("Thaksin Shinawatra, then Prime Minister,": the post without the word that dates it.)
    if (role && (found === undefined || !DESCRIBING_ROLES.test(role))) roles.set(mention.actorId, withoutTime(role));
  }
  return roles;
}
