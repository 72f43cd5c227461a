import { isLexiconGivenName, lexiconTag } from './nlp';
import { isNearSpelling, isOtherSpelling, withoutMarks } from './text';
import type { NameCandidate } from './entities';
import { PLACE_TAGS } from './entities';
import { roleHead, withoutTime } from './roles';
import { FAMILIAR_NAMES, GIVEN_NAME_COUNTRIES, KNOWN_ORGS, KNOWN_PLACES, ORG_HEADS, PLACE_ACRONYMS, POST_NOMINALS, TITLE_WORDS, WORLD_PLACES } from './vocabulary';
import type { Actor, ActorType, LexiconEntry, Mention, Span } from './types';

const PLACE_EQUIVALENTS: Record<string, string> = {
  'us': 'united states', 'u.s.': 'united states', 'usa': 'united states', 'u.s.a.': 'united states', 'america': 'united states', 'united states of america': 'united states',
  'uk': 'united kingdom', 'u.k.': 'united kingdom', 'britain': 'united kingdom', 'great britain': 'united kingdom',
  'un': 'united nations', 'u.n.': 'united nations', 'fed': 'federal reserve', 'burkina': 'burkina faso', 'dr congo': 'democratic republic of the congo',
};
const ACRONYM_SKIP = new Set(['of', 'the', 'for', 'and', '&', 'de', 'la', 'on']);

interface Draft {
  type: ActorType;
  key: string;
  words: string[];
  forms: string[];
  longest: string;
  mentions: { candidate: NameCandidate; text: string }[];
  role?: string;
  /** Creation order: the later of two matching actors wins. */
  order: number;
  /** Start of the actor's latest mention so far (the merge pass runs in text order), -1 before the first. */
  lastSeen: number;
  /** Start of the name that introduced the actor. */
  introduced: number;
  /** True when the user lexicon (or a full name the article gives a short name) named this actor: its canonical name no longer changes. */
  fixedName?: boolean;
  /** True when a confidently typed full name introduced this person (the first pass). */
  named?: boolean;
  /** A person's other full names the article gives ("Jenna Marbles" for "Jenna Nicole Mourey"), as words. */
  otherNames?: string[][];
  /** "Jr" or "Sr" written after the name that introduced a person. */
  generation?: string;
}

/** A dateline-style all-caps word ("ISTANBUL"): never the canonical form when another exists. */
const shouting = (value: string): boolean => !/\p{Ll}/u.test(value) && value.length > 4 && !value.includes('.');

/** A title that says what someone is ("Foreign Minister"); bare honorifics ("Mr.", "Mrs.") say nothing. */
function actorRole(role: string | undefined): string | undefined {
  if (!role || /^(mr|mrs|ms|miss|mx|sir|dame|hon|messrs|mmes|mesdames|drs|herr|frau|signor)\.?$/iu.test(role)) return undefined;
  // ("Thaksin Shinawatra, then Prime Minister": the post without the word that dates it.)
  return withoutTime(role);
}

/**
 * Remembers a pure string function's answers across analyses (names repeat from one analysis of an
 * article to the next); forgets everything past `limit` entries so memory stays flat.
 */
function remember(fn: (text: string) => string, limit = 20000): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer = fn(text));
    }
    return answer;
  };
}

/** Lower-case slug for ids: "Andrey G. Karlov" → "andrey-g-karlov". */
export const slug = remember(slugOf);

function slugOf(text: string): string {
  // Plain ASCII names skip Unicode normalization (most of them, and this runs for every actor and date).
  const plain = /^[\x20-\x7e]*$/u.test(text);
  const value = (plain ? text.toLowerCase() : text.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/gu, ''))
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '');
  return value || 'x';
}

const normalForm = remember(normalFormOf);

function normalFormOf(text: string): string {
  // "Erdogan" finds "Erdoğan"; "Guinea Bissau" finds "Guinea-Bissau"; "the Kingdom of Tonga" finds "Tonga".
  // ("Christie’s" finds "Christie's".)
  const lower = withoutMarks(text.toLowerCase()).replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').replace(/’/gu, "'")
    .replace(/^(?:the )?(?:kingdom|state|principality|sultanate|emirate) of (?!the )/u, '');
  const form = /\s\s|[^\S ]/u.test(lower) ? lower.replace(/\s+/gu, ' ') : lower;
  return PLACE_EQUIVALENTS[form] ?? form;
}

function acronymOf(words: string[]): string {
  return words.filter((word) => !ACRONYM_SKIP.has(word)).map((word) => word[0]).join('');
}

/** The acronym with a dotted abbreviation's letters and each part of a hyphenated word ("u.s. anti-doping agency" → "usada"). */
function spelledAcronymOf(words: string[]): string {
  return words.filter((word) => !ACRONYM_SKIP.has(word))
    .map((word) => (/^(?:\p{L}\.){2,}$/u.test(word) ? word.replace(/\./gu, '') : word.split('-').filter(Boolean).map((part) => part[0]).join(''))).join('');
}

/** A word the place and organization lists or compromise's lexicon know as a place or an organization ("Jordan", "Paris"). */
function isListedName(word: string, placeElsewhere: boolean): boolean {
  const tag = lexiconTag(word);
  // (A city of the generated world list only if the article writes it as a place somewhere: "Quesada" after
  // "Gonzalo Quesada" is the coach, while "Mérida" in a guide to Mérida stays the city.)
  return KNOWN_PLACES.has(word) || KNOWN_ORGS.has(word) || (WORLD_PLACES.has(word) && placeElsewhere)
    || (tag !== undefined && (PLACE_TAGS.includes(tag) || tag === 'Organization'));
}

/** Honours and offices written after a name ("Daniel Bernoulli FRS", "Jo Cox MP"): not words of the name. */
const POSTNOMINALS = new Set([...POST_NOMINALS, 'frse', 'fba', 'gbe', 'phd', 'jr', 'sr']);

/** A person's name without the honours written after it: the canonical name ("Daniel Bernoulli"). */
function withoutPostnominals(type: ActorType, surface: string): string {
  if (type !== 'PERSON') return surface;
  let name = surface;
  for (;;) {
    const last = /^(.+\S)[\s,]+([\p{L}.]+)$/u.exec(name);
    if (!last || !POSTNOMINALS.has(last[2].toLowerCase().replace(/\./gu, ''))) return name;
    name = last[1];
  }
}

/** Content words by name-word list: a candidate's words are shared by its copies after an edit shifts them. */
const contentWordsOf = new WeakMap<string[], readonly string[]>();

function contentWords(words: string[]): string[] {
  let content = contentWordsOf.get(words);
  if (!content) contentWordsOf.set(words, content = Object.freeze(words.filter((word, k) => !ACRONYM_SKIP.has(word) && !(k > 0 && POSTNOMINALS.has(word))).map(withoutMarks)));
  return content as string[];
}

/** An organization's name without a legal ending ("national beverage corp." → "national beverage"). */
function withoutLegalEnding(form: string): string {
  // (Endings may stack: "Nintendo Co Ltd", "Hyundai Motor Co., Ltd.".)
  for (let bare = form; ;) {
    const next = bare.replace(/,?\s+(?:corp|corporation|inc|incorporated|ltd|limited|llc|plc|co|ag|sa|nv|gmbh|bv|ab|oyj|asa|spa)\.?$/u, '');
    if (next === bare) return bare;
    bare = next;
  }
}

function hasLegalEnding(form: string): boolean {
  return withoutLegalEnding(form) !== form;
}

/** A one-word person no full name introduced: only its shape said person ("Ericsson"). */
function isShapeOnlyPerson(draft: Draft): boolean {
  return draft.type === 'PERSON' && !draft.named && draft.words.length === 1;
}

/**
 * A company's name without its legal ending and, where it had one, the business word before it too
 * ("cisco systems inc." → "cisco", "toyota motor corp." → "toyota"): the short name it goes by; a
 * university's name with its place first ("university of auckland" → "auckland university").
 */
function companyCore(form: string): string {
  const bare = withoutLegalEnding(form);
  // "University of Auckland" and "Auckland University": one university, either way round.
  const university = /^university of (\S+(?: \S+)?)$/u.exec(bare);
  if (university) return `${university[1]} university`;
  // ("Yonhap News Agency" → "yonhap": a news agency goes by its first word too; "Labour Party" → "labour", a party by
  // its name without "Party".)
  if (bare === form) {
    if (form.endsWith(' party')) return form.replace(/^(\S+(?: \S+)?) party$/u, '$1');
    // ("Northbay Shipping Group" → "northbay shipping", "Samsung Group" → "samsung".)
    if (/\s(?:group|holdings)$/u.test(form)) return form.replace(/\s+(?:group|holdings)$/u, '');
    return form.endsWith(' news agency') ? form.replace(/^(\S+) news agency$/u, '$1') : form;
  }
  return bare.replace(/\s+(?:systems|technologies|holdings|group|industries|international|enterprises|networks|communications|motors?|company|electronics|energy|pharmaceuticals|airlines|bank)$/u, '');
}

/** Actors found so far, indexed for the lookups a new name needs. */
class ActorIndex {
  readonly drafts: Draft[] = [];

  /**
   * `aliases` maps a lexicon alias's normal form to its entry's name ("kcna" → "Korean Central News Agency");
   * `headlineEnd` is where the article's headline ends (0 when it has none).
   */
  constructor(private readonly aliases: ReadonlyMap<string, string>, private readonly headlineEnd = 0) {}

  private readonly forms = new Map<string, string>();

  /** Organizations named by "Al" and one word, by that word ("ahly" → "Al Ahly"). */
  readonly clubs = new Map<string, Draft>();

  /** The key an actor is found by: the normal form, with lexicon aliases folded into their entry. */
  formOf(text: string): string {
    let key = this.forms.get(text);
    if (key === undefined) {
      const form = normalForm(text);
      const entry = this.aliases.get(form);
      key = entry ? normalForm(entry) : form;
      this.forms.set(text, key);
    }
    return key;
  }

  /** The canonical name the lexicon gives a form, if any. */
  lexiconName(text: string): string | undefined {
    return this.aliases.get(normalForm(text));
  }
  /** The latest actor that used each surface form. */
  private readonly byForm = new Map<string, Draft>();
  /** People by every word of their name, organizations and places by acronym. */
  private readonly byWord = new Map<string, Draft[]>();
  private readonly byAcronym = new Map<string, Draft[]>();
  /** Teams by the nickname after their town ("oilers" for "Edmonton Oilers", "maple leafs" for "Toronto Maple Leafs"). */
  readonly byNickname = new Map<string, Draft[]>();
  /** Organizations by a first word that names nothing else ("centerra" for "Centerra Gold Inc", "cornell" for "Cornell University"). */
  private readonly byLeadWord = new Map<string, Draft[]>();
  /** Actors by each form without a legal ending ("national beverage" for "National Beverage Corp."). */
  private readonly byBareName = new Map<string, Draft[]>();

  add(draft: Draft): void {
    draft.order = this.drafts.length;
    this.drafts.push(draft);
    this.addForm(draft.key, draft);
    this.indexWords(draft);
  }

  /** The actor that used exactly this form (lexicon aliases folded in), if any. */
  withForm(text: string): Draft | undefined {
    return this.byForm.get(this.formOf(text));
  }

  addForm(form: string, draft: Draft): void {
    this.byForm.set(form, draft);
    // ("al ahly": the club is also found by its name without the article.)
    const club = /^al (\S+)$/u.exec(form);
    if (club) this.clubs.set(club[1], draft);
    push(this.byBareName, withoutLegalEnding(form), draft);
    push(this.byBareName, companyCore(form), draft);
  }

  /** Indexes a person by the words of another name of theirs. */
  addWords(draft: Draft, words: string[]): void {
    for (const word of words) push(this.byWord, word, draft);
  }

  setWords(draft: Draft, words: string[]): void {
    draft.words = words;
    this.indexWords(draft);
  }

  /** The earlier actor a name refers to: same form, surname or first name, or acronym. */
  find(candidate: NameCandidate, text: string, placeContext = false, placeElsewhere = false, speaks = false): Draft | undefined {
    const known = this.withForm(text);
    if (known) return known;
    const words = contentWords(candidate.words);
    if (words.length === 0) return undefined;
    // "The Oilers have won" after "the Edmonton Oilers": a team by its nickname.
    const teams = words.length <= 2 && this.byNickname.size > 0 ? this.byNickname.get(words.join(' ')) : undefined;
    const team = candidate.type !== 'PERSON' ? onlyOne(teams) : undefined;
    if (team) return team;
    // "Ten Hag had targeted …" (read as an organization from its shape) after "Erik ten Hag": the words of a
    // person's name, ending with the surname, are that person.
    if (candidate.weak && candidate.type !== 'PERSON' && candidate.type !== 'UNKNOWN' && words.length > 1) {
      const person = findSalient(this.peopleWith(words[0]).filter((draft) => draft.named && words.every((word) => draft.words.includes(word))
        && draft.words[draft.words.length - 1] === words[words.length - 1]));
      if (person) return person;
    }
    if (candidate.type === 'PERSON' || candidate.type === 'UNKNOWN') {
      // "Mr. Karlov" and "Karlov" → "Andrey G. Karlov": all words of the short form appear in the full form,
      // and its last word is the surname.
      const people = this.peopleWith(words[0]);
      const sharing = people.filter((draft) => isInsideWithSurname(words, draft.words)
        || (draft.named && (addsSecondSurname(words, draft.words) || addsChineseGivenName(words, draft.words, draft.longest)
          // ("Mo" for "Claudia Mo Man-ching": the surname before the Chinese given name.)
          || (words.length === 1 && draft.words.length >= 3 && draft.words[draft.words.length - 3] === words[0] && CHINESE_GIVEN_NAME.test(draft.longest))))
        || draft.otherNames?.some((other) => isInsideWithSurname(words, other)));
      // "President Marcos" with "First Lady Liza Araneta-Marcos" and "President Bongbong Marcos" about: the one
      // whose role the title names.
      const head = candidate.role ? roleHead(candidate.role) : undefined;
      const titled = head ? sharing.filter((draft) => draft.role !== undefined && roleHead(draft.role) === head) : [];
      const bySurname = findSalient(titled.length > 0 ? titled : sharing);
      if (bySurname) return bySurname;
      if (words.length === 1) {
        // (Several people with that given name: the one mentioned last, as for surnames — "Johann" after "Johann
        // Bernoulli" and "Johann II".)
        const byFirstName = people.filter((draft) => (draft.words.length > 1 && draft.words[0] === words[0]) || draft.otherNames?.some((other) => other[0] === words[0]));
        if (byFirstName.length > 0) return findSalient(byFirstName);
        // "Lula" for "Luiz Inácio Lula da Silva": a middle name only one person introduced before has (or, in the
        // headline, introduced anywhere: "Lula says …" above the article).
        const byMiddleName = people.filter((draft) => draft.named && (draft.introduced < candidate.start || candidate.end <= this.headlineEnd)
          && draft.words.indexOf(words[0]) > 0 && words[0].length > 2);
        if (byMiddleName.length === 1) return byMiddleName[0];
      }
    }
    // "Centerra will receive" after "Centerra Gold Inc", "at Cornell" after "Cornell University": an organization by the first
    // word of its name, when that word names nothing else (not "Gold" of "Gold Fields", "Delta" of "Delta State University"
    // beside "Delta Air Lines") and no person has it.
    // (Not where the word stands as a place, "died in Princeton", nor as a person, "Adani, who is …".)
    const led = words.length === 1 && (candidate.type === 'ORG' || (candidate.type === 'UNKNOWN' && !placeContext)) ? this.byLeadWord.get(words[0]) : undefined;
    const firm = onlyOne(led);
    if (firm && this.peopleWith(words[0]).length === 0) return firm;
    // "Leite" typed a place only by the tagger's context, after "Eduardo Leite": the person's surname.
    // ("Ward-Prowse" after "James Ward-Prowse": a hyphenated surname too.)
    // ("Andrea Messina … Messina said", "Kevin Houston … Houston said": a listed place too where it speaks.)
    if ((candidate.type === 'PLACE' || candidate.weak) && candidate.type !== 'PERSON' && (words.length === 1 || (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(text)))
      && (!isListedName(words[0], placeElsewhere) || speaks) && !placeContext) {
      // (Or, for a country's name that is also a given name, the person it is the given name of: "Chad Smith … Chad said".)
      const person = findSalient(this.peopleWith(words[0]).filter((d) => d.named && d.words.length > words.length
        && (words.every((word, k) => d.words[d.words.length - words.length + k] === word) || (GIVEN_NAME_COUNTRIES.has(words[0]) && d.words[0] === words[0]))));
      if (person) return person;
    }
    // "Cisco" and "Cisco Systems Inc.", in either order: a company by its short name (and "Ericsson" read as a
    // surname from its shape before "Ericsson AB" said what it is).
    if (candidate.type === 'ORG') {
      const form = this.formOf(text);
      const company = [...new Set([...this.byBareName.get(withoutLegalEnding(form)) ?? [], ...this.byBareName.get(companyCore(form)) ?? []])]
        .filter((d) => d.type === 'ORG' || (hasLegalEnding(form) && isShapeOnlyPerson(d)));
      if (company.length === 1) return company[0];
    } else if (candidate.weak && words.length === 1) {
      // (A one-word name read as a person's from its shape after the company: "Ericsson AB … Ericsson said".)
      const company = (this.byBareName.get(this.formOf(text)) ?? []).filter((d) => d.type === 'ORG' && d.forms.some(hasLegalEnding));
      if (company.length === 1) return company[0];
    }
    // "the Commission" after "the European Commission", "the Academy" after "the California Academy of Sciences":
    // an organization's head word alone is the one named last with that head (the last word before any "of", the
    // legal ending aside; not "the Government" after "the Government Accountability Office"; nor a word for a
    // force or a government, "the Army" after "the Irish Republican Army", nor a listed name, "Reuters").
    if (candidate.type === 'ORG' && words.length === 1 && ORG_HEADS.has(words[0]) && !KNOWN_ORGS.has(words[0]) && !GENERIC_FORCES.has(words[0])) {
      const headed = this.drafts.filter((d) => d.type === 'ORG' && d.words.length > 1 && d.forms.some((form) => organizationHead(form) === words[0]));
      const named = findSalient(headed);
      if (named) return named;
    }
    // "Ahly" after "Al Ahly": a club's name without its Arabic article.
    if (words.length === 1) {
      const club = this.clubs.get(words[0]);
      if (club && isArabicClub(club)) return club;
    }
    if (candidate.type !== 'PERSON' && words.length === 1 && /^[a-z.&]{2,8}$/u.test(words[0])) {
      return latest(this.byAcronym.get(words[0].replace(/[.&]/gu, '')) ?? []);
    }
    // "KPA" first, "Korean People's Army" later: the long form joins the acronym's actor.
    if (candidate.type !== 'PERSON' && candidate.type !== 'UNKNOWN' && words.length > 1) {
      const acronym = this.byForm.get(acronymOf(words));
      if (acronym && acronym.type !== 'PERSON' && acronym.words.length === 1) return acronym;
    }
    // "the U.S. Coast Guard" and "the Coast Guard", in either order: an organization without the country it opens with
    // (or its nationality: "the Iranian Civil Aviation Organisation" and "the Civil Aviation Organisation").
    if (candidate.type === 'ORG' && words.length > 1) {
      // (A nationality only before a name of three words or more: "the Russian Foreign Ministry" is not "Ukraine's Foreign
      // Ministry", where every country has one.)
      const placeFirst = (w: string[]): boolean => namesPlace(w[0]) || (lexiconTag(w[0]) === 'Demonym' && w.length >= 4);
      // (The long form is the short one after one word: compared in place, with no copies.)
      const sameTail = (long: readonly string[], short: readonly string[]): boolean => long.length === short.length + 1 && short.every((w, k) => long[k + 1] === w);
      const national = this.drafts.filter((d) => d.type === 'ORG' && ((sameTail(d.words, words) && placeFirst(d.words)) || (sameTail(words, d.words) && placeFirst(words))));
      if (national.length === 1) return national[0];
    }
    // "Comic Corps of Canada" and "Comic Corps", in either order: an organization without its "of" phrase.
    if (candidate.type === 'ORG' && words.length > 1) {
      const form = this.formOf(text);
      const of = form.indexOf(' of ');
      const short = of > 0 ? this.byForm.get(form.slice(0, of)) : undefined;
      if (short?.type === 'ORG' && short.words.length > 1) return short;
      const long = this.drafts.filter((d) => d.type === 'ORG' && d.forms.some((f) => f.startsWith(`${form} of `)));
      if (long.length === 1) return long[0];
    }
    return undefined;
  }

  /** People whose name contains the word. */
  peopleWith(word: string): Draft[] {
    return (this.byWord.get(word) ?? []).filter((draft) => draft.type === 'PERSON');
  }

  /** The person whose name a name of initials and a surname stands for, or the reverse (see `sharesInitials`). */
  withInitials(candidate: NameCandidate, surface: string): Draft | undefined {
    const words = contentWords(candidate.words);
    return words.length > 1 ? this.peopleWith(words[words.length - 1]).find((d) => sharesInitials(d, candidate, surface) || shortensGivenName(d, words)) : undefined;
  }

  private indexWords(draft: Draft): void {
    if (draft.type === 'PERSON') {
      for (const word of draft.words) push(this.byWord, word, draft);
    } else if (draft.words.length > 1) {
      // (Not a name with letters of its own whose acronym is another listed body: "US Navy" is no "UN"; "EU Commission" is "EC".)
      const acronym = acronymOf(draft.words);
      const lettered = draft.words.some((word) => word.length <= 3 && (KNOWN_PLACES.has(word) || KNOWN_ORGS.has(word)));
      if (!lettered || !(KNOWN_PLACES.has(acronym) || KNOWN_ORGS.has(acronym))) push(this.byAcronym, acronym, draft);
      // ("U.S. Anti-Doping Agency" → "USADA", "U.S. Olympic Committee" → "USOC": a country's letters and each part of a
      // hyphenated word give a letter of their own.)
      const spelled = spelledAcronymOf(draft.words);
      // (Not letters that name a place or a body of their own: "U.S. Army" is no "USA".)
      if (spelled !== acronym && spelled.length >= 3 && !KNOWN_PLACES.has(spelled) && !KNOWN_ORGS.has(spelled) && !WORLD_PLACES.has(spelled)) push(this.byAcronym, spelled, draft);
      if (draft.type === 'ORG' && (KIND_TAILS.test(draft.key) || hasLegalEnding(draft.key)) && isLeadName(draft.words[0])) push(this.byLeadWord, draft.words[0], draft);
      const nickname = draft.type === 'ORG' && /s$/u.test(draft.words[draft.words.length - 1]) ? teamNickname(draft.words) : undefined;
      if (nickname) push(this.byNickname, nickname, draft);
      // "NSW Rural Fire Service" → "RFS": the acronym may leave out the place the name opens with.
      if (draft.words.length > 2 && namesPlace(draft.words[0])) {
        push(this.byAcronym, acronymOf(draft.words.slice(1)), draft);
      }
    }
  }
}

function push(map: Map<string, Draft[]>, key: string, draft: Draft): void {
  const list = map.get(key);
  if (!list) map.set(key, [draft]);
  else if (!list.includes(draft)) list.push(draft);
}

/** A word (lower case) that names a place by itself: a listed place, a world city or region, or a place's acronym. */
const namesPlace = (word: string): boolean => KNOWN_PLACES.has(word) || WORLD_PLACES.has(word) || PLACE_ACRONYMS.has(word);

/** Words for a force or a government that name different ones in one article ("the Army" after "the Salvation Army"). */
const GENERIC_FORCES = new Set(['army', 'navy', 'police', 'government', 'force', 'forces', 'guard', 'military']);

/** The word that says what kind of organization a name is: its last word before any "of", the legal ending aside. */
function organizationHead(form: string): string {
  const core = withoutLegalEnding(form);
  const of = core.indexOf(' of ');
  const name = of > 0 ? core.slice(0, of) : core;
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** The end of the article's first line when it is a headline: short, with no full stop, a blank line after it. */
function headlineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end > 0 && end <= 200 && /^\s*\n/u.test(text.slice(end + 1)) && !/[.:;]\s*$/u.test(text.slice(0, end)) ? end : 0;
}

/**
 * The one of several people sharing a name that a short mention means: the one mentioned most
 * recently, else (none mentioned yet, as in a headline) the one the article introduces first.
 */
function findSalient(drafts: Draft[]): Draft | undefined {
  let best: Draft | undefined;
  for (const draft of drafts) {
    if (!best) best = draft;
    else if (draft.lastSeen !== best.lastSeen ? draft.lastSeen > best.lastSeen : draft.introduced < best.introduced) best = draft;
  }
  return best;
}

/** "Al Ahly", "Al Hilal": an organization named by "Al" and one word (whose words leave the article out). */
function isArabicClub(draft: Draft): boolean {
  return draft.type === 'ORG' && draft.words.length === 1 && draft.forms.some((form) => /^al \S+$/u.test(form));
}

/** Members of a party, named in the plural. */
const PARTY_MEMBERS = /^(?:democrats|republicans|liberals|conservatives|tories|greens|socialists|social democrats|christian democrats|nationals|libertarians|communists)$/u;

/** The plural nickname after a team's town ("oilers" of "Edmonton Oilers", "maple leafs" of "Toronto Maple Leafs"), if any. */
export function teamNickname(words: readonly string[]): string | undefined {
  for (const townWords of [1, 2]) {
    if (words.length <= townWords || words.length > townWords + 2) continue;
    const town = words.slice(0, townWords).join(' ');
    const rest = words.slice(townWords);
    // (A town or a state, not a country: "US Paralympics" is no team.)
    // (Nor a party's members by state: "Texas Democrats" are not the Democrats.)
    if ((namesPlace(town) || WORLD_PLACES.has(town)) && !PLACE_ACRONYMS.has(town) && lexiconTag(town) !== 'Country' && /\p{L}{3,}s$/u.test(rest[rest.length - 1])
      && !ORG_HEADS.has(rest[rest.length - 1]) && !PARTY_MEMBERS.test(rest.join(' '))) return rest.join(' ');
  }
  return undefined;
}

/** Last words that say what kind of body a name is, so that its first word alone may stand for it ("Cornell University", "Altyn Mining"). */
const KIND_TAILS = /\s(?:university|college|institute|polytechnic|airlines|air lines|airways|mining|resources|minerals|energy|petroleum|oil|motors?|pharmaceuticals?|holdings|group|bank|insurance|telecom|communications|technologies|systems|industries|electronics|chemicals?|steel|semiconductors?|shipping|logistics|securities|automotive)$/u;

/** A word that can stand alone for the organization it opens: no ordinary word, place, given name or title ("Centerra", "Cornell"). */
function isLeadName(word: string): boolean {
  const tag = word.length > 2 && /^\p{L}+$/u.test(word) ? lexiconTag(word) : 'short';
  return (tag === undefined || tag === 'Organization') && !isLexiconGivenName(word)
    && !namesPlace(word) && !WORLD_PLACES.has(word) && !ORG_HEADS.has(word) && !TITLE_WORDS.has(word);
}

/** The one actor a list holds (an index lists an actor once per name it was indexed by), if only one. */
function onlyOne(drafts: Draft[] | undefined): Draft | undefined {
  return drafts !== undefined && drafts.every((d) => d === drafts[0]) ? drafts[0] : undefined;
}

/** The most recently introduced of several actors. */
function latest(drafts: Draft[]): Draft | undefined {
  let best: Draft | undefined;
  for (const draft of drafts) if (!best || draft.order > best.order) best = draft;
  return best;
}

/** True when two full names share first and last name and one's words contain the other's ("Brock Holt", "Brock Wyatt Holt"). */
function hasSameFirstAndLast(draft: Draft, candidate: NameCandidate): boolean {
  const words = contentWords(candidate.words);
  if (draft.type !== 'PERSON' || draft.words.length < 2 || words.length < 2) return false;
  if (addsSecondSurname(words, draft.words) || addsSecondSurname(draft.words, words)) return true;
  if (draft.words[0] !== words[0] || draft.words[draft.words.length - 1] !== words[words.length - 1]) return false;
  const [short, long] = draft.words.length <= words.length ? [draft.words, words] : [words, draft.words];
  return short.every((word) => long.includes(word));
}

/** Ranks and posts written as capitals before a name. */
const RANK_ACRONYMS = new Set(['pc', 'dc', 'ds', 'di', 'ps', 'dci', 'dsi', 'dsp', 'sp', 'asp', 'mp', 'qc', 'kc', 'dj', 'mc', 'cid']);

/**
 * "PJ Okafor" and "Peter James Okafor", "AS Byatt" and "Antonia Susan Byatt": one name gives the other's given names
 * by their initials (all of them, two or three), with the same surname.
 */
function sharesInitials(draft: Draft, candidate: NameCandidate, surface: string): boolean {
  const words = contentWords(candidate.words);
  if (draft.type !== 'PERSON' || candidate.type !== 'PERSON' || draft.words[draft.words.length - 1] !== words[words.length - 1]) return false;
  // (Initials are written in capitals: "Ed Smith" is no "Eric David Smith".)
  // (Nor a police rank or a post, "DS Smith", "PC Jones", "MP", which the tagger may leave in the name.)
  const initialsFor = (short: readonly string[], shortSurface: string, long: readonly string[]): boolean => short.length === 2 && long.length >= 3
    && long.length <= 4 && /^\p{Lu}{2,3}\s/u.test(shortSurface) && !RANK_ACRONYMS.has(short[0]) && short[0] === long.slice(0, -1).map((word) => word[0]).join('');
  return initialsFor(words, surface, draft.words) || initialsFor(draft.words, draft.longest, words);
}

/**
 * "Ash Barty" and "Ashleigh Barty", "Alex Salmond" and "Alexander Salmond": one given name shortens the other, same surname.
 * ("Bob Ray" and "Robert D. Ray": a familiar form of the given name, before the surname alone, the full name's middle names aside.)
 */
function shortensGivenName(draft: Draft, words: readonly string[]): boolean {
  if (draft.type !== 'PERSON' || draft.words.length < 2 || words.length < 2 || draft.words[draft.words.length - 1] !== words[words.length - 1]
    || draft.words[0] === words[0]) return false;
  const familiar = (two: readonly string[], full: readonly string[]): boolean => two.length === 2 && (FAMILIAR_NAMES.get(full[0])?.includes(two[0]) ?? false);
  if (familiar(words, draft.words) || familiar(draft.words, words)) return true;
  if (draft.words.length !== 2 || words.length !== 2) return false;
  const [short, long] = draft.words[0].length < words[0].length ? [draft.words[0], words[0]] : [words[0], draft.words[0]];
  // (Not a man's and a woman's form of one name: "Daniel" and "Danielle", "Paul" and "Paula".)
  return short.length >= 3 && long.startsWith(short) && !/^(?:a|e|ne|le|la|na|ia|ie|ine|ina|elle|ette)$/u.test(long.slice(short.length));
}

/** True when a later, longer name is the full form of an earlier short one ("Kilic" then "Hasim Kilic"). */
function extendsDraft(draft: Draft, candidate: NameCandidate, surface: string): boolean {
  if (draft.type !== 'PERSON' || candidate.type !== 'PERSON') return false;
  const words = contentWords(candidate.words);
  return (draft.words.length < words.length && isInsideWithSurname(draft.words, words)) || addsSecondSurname(draft.words, words)
    || addsChineseGivenName(draft.words, words, surface);
}

/** True when every word of a short form is in the long one and the short form has the long one's surname (its last word). */
function isInsideWithSurname(short: readonly string[], long: readonly string[]): boolean {
  return short.every((word) => long.includes(word)) && short.includes(long[long.length - 1]);
}

/**
 * "Edmundo Gonzalez Urrutia" for "Edmundo Gonzalez": a full name that is the short one (at least a first
 * name and a surname) with one more word after it, as Spanish and Portuguese names add a second surname.
 */
function addsSecondSurname(short: readonly string[], long: readonly string[]): boolean {
  return short.length >= 2 && long.length === short.length + 1 && short.every((word, k) => long[k] === word);
}

/**
 * "Avery Ng Man-yuen" for "Avery Ng": a Hong Kong name, an English given name and the surname before the Chinese given
 * name, which is written with a hyphen and a lower-case second syllable.
 */
function addsChineseGivenName(short: readonly string[], long: readonly string[], longSurface: string): boolean {
  return short.length >= 2 && long.length === short.length + 2 && short.every((word, k) => long[k] === word) && CHINESE_GIVEN_NAME.test(longSurface);
}
/** A Chinese given name closing a name, hyphenated with a lower-case second syllable ("… Man-yuen"). */
const CHINESE_GIVEN_NAME = /\s\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The one person whose surname a lone surname misspells ("Ms Bauchtman" after "Lydia Buchtmann"), if
 * exactly one fits; the Problems panel then flags the spelling (views.ts).
 */
function findMisspelled(drafts: Draft[], candidate: NameCandidate): Draft | undefined {
  const words = contentWords(candidate.words);
  // "Sergei Lavrov" after "Sergey Lavrov", "Aleksandr Dugin" after "Alexander Dugin": the same surname and the given
  // name in another transliteration.
  // ("Maria Kalesnikava" after "Maria Kolesnikova", "Volodymyr Zelenskyy" after "Volodymyr Zelensky": the same given names and the
  // surname in another transliteration.)
  const last = words.length - 1;
  const sameMiddle = (d: Draft): boolean => d.words.every((word, k) => k === 0 || k === last || word === words[k]);
  const transliterated = (d: Draft): boolean => d.words.length === words.length && (d.words[last] === words[last] || d.words[0] === words[0]) && sameMiddle(d)
    && ((d.words[last] === words[last] && isOtherSpelling(words[0], d.words[0]))
      // (A long surname only, and only a transliteration's letters: "Smith" and "Smyth", "Andersen" and "Anderson", "Gonzalez" and
      // "Gonzales" are two names.)
      || (d.words[0] === words[0] && words[last].length >= 7 && isOtherSpelling(words[last], d.words[last])));
  if (words.length === 0) return undefined;
  const fits = words.length === 1
    ? drafts.filter((d) => d.type === 'PERSON' && d.words.length > 1 && isNearSpelling(words[0], d.words[d.words.length - 1]))
    : drafts.filter((d) => d.type === 'PERSON' && transliterated(d));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * How the words around a name use it, when they tell: as a person ("Maduro's government", "Galois
 * himself"), as an organization ("Huawei, a privately held company", "Exxaro's shares", "Qantas chief
 * executive Alan Joyce") or as a speaker, which people and organizations both are ("Montalvo said").
 */
export type UseOfName = (candidate: NameCandidate) => 'PERSON' | 'ORG' | 'SPEAKER' | undefined;

/**
 * Merges name candidates into actors and returns the mentions (with actor ids) and the actors,
 * both sorted by start. "Andrey G. Karlov", "Mr. Karlov" and "Karlov" become one actor whose
 * canonical name is the longest form.
 */
export function buildActors(
  text: string,
  candidates: NameCandidate[],
  useOf: UseOfName,
  dates: Span[],
  lexicon: LexiconEntry[] = [],
): { mentions: Mention[]; actors: Actor[] } {
  const aliases = new Map<string, string>();
  for (const entry of lexicon) for (const name of [entry.name, ...(entry.aliases ?? [])]) aliases.set(normalForm(name), entry.name);
  const index = new ActorIndex(aliases, headlineEnd(text));
  const drafts = index.drafts;
  const register = (candidate: NameCandidate, type: ActorType, surface: string): Draft => {
    const draft: Draft = {
      type, key: index.formOf(surface), words: contentWords(candidate.words), forms: [index.formOf(surface)], longest: index.lexiconName(surface) ?? withoutPostnominals(type, surface), mentions: [], role: actorRole(candidate.role), order: 0,
      lastSeen: -1, introduced: candidate.start,
      fixedName: index.lexiconName(surface) !== undefined, generation: generationOf(candidate),
    };
    index.add(draft);
    return draft;
  };
  /** "Jr" or "Sr" written after a name (the mention leaves it out). */
  const generationOf = (candidate: NameCandidate): string | undefined => {
    const after = text.charCodeAt(candidate.end);
    return after === 32 || after === 44 ? /^,?\s+([JS]r)\b/u.exec(text.slice(candidate.end, candidate.end + 6))?.[1] : undefined; // " " or ","
  };
  // "Ken Griffey Jr." and "Ken Griffey Sr.", "Edward M. Kennedy" and "Ted Kennedy Jr.": a full name with another generation,
  // or with one only on one side and other words, is another person (the same words without "Jr." are the same one).
  const otherGeneration = (draft: Draft, candidate: NameCandidate): boolean => {
    if (draft.type !== 'PERSON' || contentWords(candidate.words).length < 2) return false;
    const generation = generationOf(candidate);
    if (draft.generation === generation) return false;
    return (draft.generation !== undefined && generation !== undefined) || contentWords(candidate.words).join(' ') !== draft.words.join(' ');
  };
  /** The actor a full name finds, unless it is of another generation: then the one of its own, if any. */
  const sameGeneration = (draft: Draft | undefined, candidate: NameCandidate, surface: string): Draft | undefined => draft === undefined || !otherGeneration(draft, candidate) ? draft
    : drafts.find((d) => d.type === 'PERSON' && d.forms.includes(index.formOf(surface)) && !otherGeneration(d, candidate));
  // Full names seen anywhere introduce their actor, so a surname in the headline finds it too.
  for (const candidate of candidates) {
    if (candidate.type === 'PERSON' && contentWords(candidate.words).length > 1 && !candidate.weak && !candidate.onlyIfKnown) {
      const surface = text.slice(candidate.start, candidate.end);
      // (A hyphenated surname alone is no full name: "Nugent-Hopkins" in the headline above "Ryan Nugent-Hopkins".)
      if (!/\s/u.test(surface)) continue;
      // "Brock Wyatt Holt" after "Brock Holt": the same first and last name with a middle name is the same person.
      const known = index.find(candidate, surface) ?? index.peopleWith(contentWords(candidate.words)[0]).find((d) => hasSameFirstAndLast(d, candidate))
        ?? findMisspelled(drafts, candidate) ?? index.withInitials(candidate, surface)
        // ("Jimmy Lai Chee-ying" below a headline's "Jimmy Lai".)
        ?? (CHINESE_GIVEN_NAME.test(surface) ? drafts.find((d) => d.named && addsChineseGivenName(d.words, contentWords(candidate.words), surface)) : undefined);
      if (!sameGeneration(known, candidate, surface)) register(candidate, 'PERSON', surface).named = true;
    }
  }
  // Words that act as a person somewhere in the article do so everywhere in it.
  const personForms = new Set<string>();
  const organizationForms = new Set<string>();
  const speakerForms = new Set<string>();
  for (const candidate of candidates) {
    if ((candidate.type === 'UNKNOWN' || candidate.onlyIfKnown) && !candidate.onlyIfNamed) {
      const use = useOf(candidate);
      const form = index.formOf(text.slice(candidate.start, candidate.end));
      if (use === 'PERSON') personForms.add(form);
      else if (use === 'ORG') organizationForms.add(form);
      else if (use === 'SPEAKER') speakerForms.add(form);
    }
  }
  // A speaker is a person unless the article also uses the name as an organization ("Qantas denies …" and
  // "Qantas chief executive Alan Joyce").
  for (const form of speakerForms) if (!organizationForms.has(form)) personForms.add(form);
  // A word no list knows, written after "in" or "near" twice or more, is a place ("in Coron", "near Coron"):
  // once is as often a work, a group or a person (measured on the corpus).
  /** The word right before a candidate, in lower case ("in" of "in Jordan"; at most 11 letters are read). */
  const readWordBefore = (candidate: NameCandidate): string | undefined => {
    let end = candidate.start;
    while (end > 0 && /\s/u.test(text[end - 1])) end--;
    if (end === candidate.start || candidate.start - end > 11) return undefined;
    let start = end;
    while (start > 0 && end - start < 11 && candidate.start - start < 12 && /\p{L}/u.test(text[start - 1])) start--;
    return start < end ? text.slice(start, end).toLowerCase() : undefined;
  };
  // (Read once per name: the "in" counts, the lists after "in" and the place context below all ask for it.)
  const wordsBefore = new Map(candidates.map((candidate) => [candidate, readWordBefore(candidate)]));
  const wordBefore = (candidate: NameCandidate): string | undefined => wordsBefore.get(candidate);
  const inCounts = new Map<string, number>();
  for (const candidate of candidates) {
    const surface = text.slice(candidate.start, candidate.end);
    if (candidate.type !== 'UNKNOWN' || candidate.onlyIfNamed || !/^\p{Lu}\p{Ll}+$/u.test(surface) || lexiconTag(surface.toLowerCase()) !== undefined) continue;
    if (/^(?:in|near)$/u.test(wordBefore(candidate) ?? '')) inCounts.set(surface, (inCounts.get(surface) ?? 0) + 1);
  }
  const placesByUse = new Set([...inCounts].filter(([, count]) => count >= 2).map(([surface]) => index.formOf(surface)));
  // "in Tabulam, Tingha and Wallangarra": three names or more listed after "in" or "near" are places, when the list
  // holds only unknown words and places (two are as often authors, parties to a case or subjects: "in Carrano and
  // Biewener", "in Linguistics and Philosophy" — measured on the genres).
  for (let k = 0; k < candidates.length; k++) {
    if ((candidates[k].type !== 'UNKNOWN' && candidates[k].type !== 'PLACE') || !/^(?:in|near)$/u.test(wordBefore(candidates[k]) ?? '')) continue;
    let end = k;
    while (end + 1 < candidates.length && /^(?:,\s*|,?\s+(?:and|or)\s+)$/u.test(text.slice(candidates[end].end, candidates[end + 1].start))) end++;
    const list = candidates.slice(k, end + 1);
    const joinedByAnd = end > k && /\b(?:and|or)\s+$/u.test(text.slice(candidates[end - 1].end, candidates[end].start));
    // (Not "shares in Zoom, Slack and Peloton", "starred in Jaws, Alien and Titanic": holdings and works.)
    const holder = /\b(?:shares?|stakes?|interests?|invest(?:ed|ing|ments?)?|holdings|starred|appeared|roles?|parts?)\s+(?:in|near)\s+$/iu.test(text.slice(Math.max(0, candidates[k].start - 24), candidates[k].start));
    if (!joinedByAnd || holder || list.length < 3 || /^['’]/u.test(text.slice(list[list.length - 1].end)) || !list.every((c) => c.type === 'PLACE' || (c.type === 'UNKNOWN' && !c.onlyIfNamed && /^\p{Lu}\p{Ll}+$/u.test(text.slice(c.start, c.end))))) continue;
    for (const c of list) if (c.type === 'UNKNOWN') placesByUse.add(index.formOf(text.slice(c.start, c.end)));
    k = end;
  }
  /**
   * The type of a single capitalized word no rule could type and no earlier actor explains: how the article
   * uses it anywhere (one sense per article); otherwise none, and it is dropped, since such words are as often
   * products, events or groups as organizations (measured on the dev corpus).
   */
  const useInArticle = (surface: string): ActorType | undefined => {
    const form = index.formOf(surface);
    return personForms.has(form) ? 'PERSON' : organizationForms.has(form) ? 'ORG' : placesByUse.has(form) ? 'PLACE' : undefined;
  };
  /** Adds a mention to its actor, growing the actor's forms, words, canonical name and role. */
  const attach = (candidate: NameCandidate, surface: string, draft: Draft): void => {
    const form = index.formOf(surface);
    if (!draft.forms.includes(form)) draft.forms.push(form);
    index.addForm(form, draft);
    const words = contentWords(candidate.words);
    if (words.length > draft.words.length && (draft.type !== 'PERSON' || extendsDraft(draft, { ...candidate, type: 'PERSON' }, surface)
      || sharesInitials(draft, { ...candidate, type: 'PERSON' }, surface))) {
      index.setWords(draft, words);
    } else if (draft.type === 'PERSON' && words.length > 1
      && (!words.every((word) => draft.words.includes(word)) || words[words.length - 1] !== draft.words[draft.words.length - 1])) {
      // Another full name of the person (a pseudonym, a birth name; or a shorter one ending in another word, "Avery Ng" of
      // "Avery Ng Man-yuen"): its surname finds the person too.
      (draft.otherNames ??= []).push(words);
      index.addWords(draft, words);
    }
    const lexiconName = index.lexiconName(surface);
    if (lexiconName && !draft.fixedName) {
      draft.longest = lexiconName;
      draft.fixedName = true;
    } else if (!draft.fixedName) {
      const name = withoutPostnominals(draft.type, surface);
      if ((name.length > draft.longest.length && words.length >= draft.words.length && !shouting(surface)) || (shouting(draft.longest) && !shouting(surface))) {
        draft.longest = name;
      }
    }
    if (!draft.role) draft.role = actorRole(candidate.role);
    draft.mentions.push({ candidate, text: surface });
    draft.lastSeen = Math.max(draft.lastSeen, candidate.start);
  };
  // "in Jordan", "to Leite": a name after a preposition of place is read as the place it names; the forms
  // written so anywhere in the article.
  // ("according to Mnangagwa" cites a source.)
  const inPlaceContext = (candidate: NameCandidate): boolean =>
    /^(?:in|at|from|to|near|into|across|around|outside)$/u.test(wordBefore(candidate) ?? '')
    && !/\baccording\s+to\s+$/iu.test(text.slice(Math.max(0, candidate.start - 14), candidate.start));
  const inPlace = new Set(candidates.filter(inPlaceContext));
  const placeForms = new Set([...inPlace].map((candidate) => index.formOf(text.slice(candidate.start, candidate.end))));
  const deferred: NameCandidate[] = [];
  for (const candidate of candidates) {
    const surface = text.slice(candidate.start, candidate.end);
    const placeContext = inPlace.has(candidate);
    // (Not an institution that speaks of itself: "Washington said it was seeking consular access", "Houston said its fine …".)
    const speaks = candidate.type === 'PLACE' && candidate.firstToken === candidate.lastToken && index.peopleWith(contentWords(candidate.words)[0] ?? '').length > 0
      && useOf(candidate) === 'SPEAKER' && !/^[^.!?"“”]{0,60}?\b(?:it|its)\b/u.test(text.slice(candidate.end, candidate.end + 60));
    let draft = sameGeneration(index.find(candidate, surface, placeContext, placeForms.has(index.formOf(surface)), speaks), candidate, surface);
    // "Ericsson AB" joining "Ericsson": the legal ending says what the shape guessed wrong.
    if (draft && isShapeOnlyPerson(draft) && candidate.type === 'ORG' && hasLegalEnding(index.formOf(surface))) draft.type = 'ORG';
    if (!draft && candidate.type === 'PERSON') {
      draft = sameGeneration(drafts.find((d) => extendsDraft(d, candidate, surface)) ?? findMisspelled(drafts, candidate) ?? index.withInitials(candidate, surface), candidate, surface);
    }
    if (!draft && candidate.onlyIfKnown && (candidate.onlyIfNamed || !useInArticle(surface))) {
      if (!candidate.onlyIfNamed) deferred.push(candidate);
      continue;
    }
    // An acronym's type was a guess; the long form that joins it says what it is ("NSW" → "New South Wales").
    if (draft && draft.type !== 'PERSON' && draft.words.length === 1 && (candidate.type === 'ORG' || candidate.type === 'PLACE')
      && !candidate.weak && contentWords(candidate.words).length > 1) draft.type = candidate.type;
    // An ordinary noun is a surname only of a person introduced by a full name ("Bos" after "Nick Bos").
    // (Or a club by its name without the Arabic article: "Ahly have won" after "Al Ahly".)
    // (Or a team by its nickname: "The Oilers have won".)
    if (candidate.onlyIfNamed && !(draft?.type === 'PERSON' && draft.named) && !(draft !== undefined && (isArabicClub(draft) || index.byNickname.get(contentWords(candidate.words).join(' '))?.includes(draft)))) continue;
    if (!draft) {
      const type = candidate.type === 'UNKNOWN' ? useInArticle(surface) : candidate.type;
      if (!type) continue;
      draft = register(candidate, type, surface);
    }
    attach(candidate, surface, draft);
  }
  // A sentence-initial word that a later mention names in the same form ("Zorbagrad is small." before
  // "ferries sail to Zorbagrad, Denmark"): the actor is known by the end of the article.
  for (const candidate of deferred) {
    const surface = text.slice(candidate.start, candidate.end);
    const draft = index.withForm(surface);
    if (draft) attach(candidate, surface, draft);
  }

  const used = new Set<string>();
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const live = drafts.filter((draft) => draft.mentions.length > 0);
  for (const draft of live) {
    draft.mentions.sort((a, b) => a.candidate.start - b.candidate.start);
    const base = `actor:${draft.type.toLowerCase()}:${slug(draft.longest)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const aliases: string[] = [];
    const mentionIds: string[] = [];
    draft.mentions.forEach(({ candidate, text: surface }, n) => {
      const mentionId = `${id.replace(/^actor:/u, 'mention:')}#${n + 1}`;
      mentionIds.push(mentionId);
      if (surface !== draft.longest && !aliases.includes(surface)) aliases.push(surface);
      mentions.push({
        id: mentionId, type: draft.type, start: candidate.start, end: candidate.end, text: surface, actorId: id,
        ...(candidate.role ? { role: candidate.role } : {}),
      });
    });
    actors.push({
      id, type: draft.type, name: draft.longest, aliases, mentionIds, firstStart: draft.mentions[0].candidate.start,
      ...(draft.role ? { role: draft.role } : {}),
    });
  }
  const dateCounts = new Map<string, number>();
  for (const date of dates) {
    const surface = text.slice(date.start, date.end);
    const key = slug(surface);
    const n = (dateCounts.get(key) ?? 0) + 1;
    dateCounts.set(key, n);
    mentions.push({ id: `mention:date:${key}#${n}`, type: 'DATE', start: date.start, end: date.end, text: surface, actorId: null });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  actors.sort((a, b) => a.firstStart - b.firstStart);
  return { mentions, actors };
}
