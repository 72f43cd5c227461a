import { isNearSpelling, withoutMarks } from './text';
import type { Actor, ActorType, Analysis, ArticleEvent, Mention, Quote, Span } from './types';

/** The mention covering `offset` (start inclusive, end inclusive so a cursor right after a name counts). */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  let lo = 0;
  let hi = analysis.mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = analysis.mentions[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** One group of the Actors tree. */
export interface ActorGroup {
  type: ActorType;
  label: string;
  actors: Actor[];
}

const GROUPS: [ActorType, string][] = [['PERSON', 'People'], ['ORG', 'Organizations'], ['PLACE', 'Places']];

/** Actors grouped as People / Organizations / Places, each sorted by mention count, then name. */
export function groupActors(analysis: Analysis, filter = ''): ActorGroup[] {
  const needle = fold(filter.trim());
  const matches = (a: Actor): boolean => !needle || [a.name, ...a.aliases, a.role ?? ''].some((name) => fold(name).includes(needle));
  return GROUPS.map(([type, label]) => ({
    type,
    label,
    actors: analysis.actors
      .filter((a) => a.type === type && matches(a))
      .sort((a, b) => b.mentionIds.length - a.mentionIds.length || a.name.localeCompare(b.name)),
  }));
}

/** Lower case without diacritics, for filtering ("erdogan" finds "Erdoğan"). */
function fold(text: string): string {
  return withoutMarks(text).toLowerCase();
}

/** Everything a hover card shows about an actor, as plain data. */
export interface ActorCard {
  actor: Actor;
  mentionCount: number;
  firstSentence: string;
  quotes: Quote[];
  events: ArticleEvent[];
}

/** Collects the card of an actor: mention count, first-mention sentence, quotes and events. */
export function describeActor(text: string, analysis: Analysis, actorId: string): ActorCard | undefined {
  const actor = analysis.actors.find((a) => a.id === actorId);
  if (!actor) return undefined;
  const sentence = sentenceOf(analysis.sentences, actor.firstStart);
  return {
    actor,
    mentionCount: actor.mentionIds.length,
    firstSentence: sentence ? text.slice(sentence.start, sentence.end) : '',
    quotes: analysis.quotes.filter((q) => q.speakerActorId === actorId),
    events: analysis.events.filter((e) => e.agentActorIds.includes(actorId) || e.patientActorIds.includes(actorId)),
  };
}

function sentenceOf(sentences: Span[], offset: number): Span | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.filter((s) => s.start <= offset).pop();
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A normalized date for people: "2015-11" → "Nov 2015", "2016-12-19" → "19 Dec 2016", ranges as "Sep 2015–Nov 2015". */
export function formatIsoDate(iso: string): string {
  const one = (part: string): string => {
    const [year, month, day] = part.split('-');
    if (!month) return year;
    const name = MONTH_NAMES[Number(month) - 1] ?? month;
    return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  };
  const [from, to] = iso.split('/');
  if (!to) return one(from);
  return from.slice(0, 7) === to.slice(0, 7) ? one(from.slice(0, 7)) : `${one(from.slice(0, 7))}–${one(to.slice(0, 7))}`;
}

/**
 * The label of an event: "Turkey — shot down → a Russian jet · Nov 2015" (actors by canonical name,
 * other participants as written, the trigger with its particle).
 */
export function eventLabel(text: string, analysis: Analysis, event: ArticleEvent): string {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const side = (list: ArticleEvent['agents']): string => [...new Set(list.map((p) => (p.actorId ? names.get(p.actorId) : undefined) ?? p.text))].join(', ');
  const particle = text.slice(event.trigger.end, event.trigger.end + 6).match(/^ (down|up|out|off|back|away)\b/u)?.[0] ?? '';
  const agents = side(event.agents);
  const patients = side(event.patients);
  const when = event.time?.iso ? ` · ${formatIsoDate(event.time.iso)}` : '';
  return `${agents || '?'} — ${event.trigger.text}${particle}${patients ? ` → ${patients}` : ''}${when}`;
}

/** Events for the timeline: dated ones in date order (then text order), and the undated ones. */
export function eventTimeline(analysis: Analysis, minConfidence: number): { dated: ArticleEvent[]; undated: ArticleEvent[] } {
  const shown = analysis.events.filter((e) => e.confidence >= minConfidence);
  const startOf = (e: ArticleEvent): string => {
    const iso = e.time?.iso ?? '';
    const first = iso.split('/')[0];
    return first.length === 4 ? `${first}-01-01` : first.length === 7 ? `${first}-01` : first;
  };
  const dated = shown.filter((e) => e.time?.iso).sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.trigger.start - b.trigger.start);
  return { dated, undated: shown.filter((e) => !e.time?.iso) };
}

/** The events an actor takes part in, in text order. */
export function eventsOf(analysis: Analysis, actorId: string): ArticleEvent[] {
  return analysis.events.filter((e) => e.agentActorIds.includes(actorId) || e.patientActorIds.includes(actorId));
}

/**
 * The next (or previous) mention of the actor named at `offset`, wrapping around the article; undefined
 * when no actor's mention is at the offset.
 */
export function adjacentMention(analysis: Analysis, offset: number, direction: 1 | -1): Mention | undefined {
  const here = mentionAt(analysis, offset);
  if (!here?.actorId) return undefined;
  const same = analysis.mentions.filter((m) => m.actorId === here.actorId);
  const index = same.indexOf(here);
  return same[(index + direction + same.length) % same.length];
}

/** An Outline entry: plain data the editor maps to a DocumentSymbol. */
export interface OutlineEntry {
  name: string;
  detail: string;
  kind: 'person' | 'organization' | 'place' | 'quote';
  /** The whole stretch the entry covers and the part to select. */
  range: Span;
  selection: Span;
  children: OutlineEntry[];
}

/** Outline of an article: actors (with their mentions) in order of first mention, then speech quotes. */
export function outline(analysis: Analysis): OutlineEntry[] {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const kinds = { PERSON: 'person', ORG: 'organization', PLACE: 'place' } as const;
  const actors = analysis.actors.map((actor): OutlineEntry => {
    const ids = new Set(actor.mentionIds);
    const mentions = analysis.mentions.filter((m) => ids.has(m.id));
    const first = mentions[0];
    const last = mentions[mentions.length - 1];
    return {
      name: actor.name,
      detail: [actor.role, `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
      kind: kinds[actor.type],
      range: { start: first.start, end: last.end },
      selection: { start: first.start, end: first.end },
      children: mentions.map((m) => ({ name: m.text, detail: '', kind: kinds[actor.type], range: m, selection: m, children: [] })),
    };
  });
  const quotes = analysis.quotes.filter((q) => q.kind === 'speech').map((quote): OutlineEntry => ({
    name: quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text,
    detail: names.get(quote.speakerActorId ?? '') ?? 'unattributed',
    kind: 'quote',
    range: { start: quote.start, end: quote.end },
    selection: { start: quote.start, end: quote.end },
    children: [],
  }));
  return [...actors, ...quotes];
}

/** An editorial warning for the Problems panel. */
export interface EditorialWarning extends Span {
  code: 'unbalanced-quote' | 'unattributed-quote' | 'spelling-variant';
  message: string;
  /** For a spelling variant: the article's usual spelling, the obvious fix. */
  replacement?: string;
}

/**
 * Names spelled two ways that differ only in diacritics ("Erdoğan" / "Erdogan"): every occurrence of
 * a less frequent spelling is flagged, with the most frequent one (the first on a tie) as the fix.
 * A person's surname misspelled in a mention merged into that person is flagged too, with the
 * spelling of the person's full name as the fix.
 */
function spellingVariants(analysis: Analysis): EditorialWarning[] {
  const byKey = new Map<string, { word: string; start: number }[]>();
  for (const mention of analysis.mentions) {
    if (mention.type === 'DATE') continue;
    for (const m of mention.text.matchAll(/[\p{L}\p{M}]{3,}/gu)) {
      const key = withoutMarks(m[0]);
      const list = byKey.get(key);
      if (list) list.push({ word: m[0], start: mention.start + m.index! });
      else byKey.set(key, [{ word: m[0], start: mention.start + m.index! }]);
    }
  }
  const warnings: EditorialWarning[] = [];
  for (const occurrences of byKey.values()) {
    const counts = new Map<string, number>();
    for (const { word } of occurrences) counts.set(word, (counts.get(word) ?? 0) + 1);
    if (counts.size < 2) continue;
    const usual = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    for (const { word, start } of occurrences) {
      if (word === usual) continue;
      warnings.push({
        code: 'spelling-variant', start, end: start + word.length, replacement: usual,
        message: `"${word}" is spelled "${usual}" elsewhere in this article (${counts.get(usual)}×).`,
      });
    }
  }
  // A surname misspelled in a mention that was merged into its person ("Ms Bauchtman" for "Lydia Buchtmann").
  const mentionsById = new Map(analysis.mentions.map((m) => [m.id, m]));
  for (const actor of analysis.actors) {
    if (actor.type !== 'PERSON') continue;
    const nameWords: string[] = actor.name.match(/[\p{L}\p{M}]{3,}/gu) ?? [];
    for (const id of actor.mentionIds) {
      const mention = mentionsById.get(id);
      if (!mention) continue;
      for (const m of mention.text.matchAll(/[\p{L}\p{M}]{3,}/gu)) {
        const usual = nameWords.find((n) => withoutMarks(n) !== withoutMarks(m[0]) && isNearSpelling(m[0], n));
        if (!usual || nameWords.includes(m[0])) continue;
        const start = mention.start + m.index!;
        warnings.push({
          code: 'spelling-variant', start, end: start + m[0].length, replacement: usual,
          message: `"${m[0]}" looks like a misspelling of "${usual}" (${actor.name}), the name it is merged with.`,
        });
      }
    }
  }
  return warnings;
}

/**
 * Problems an editor would flag: unbalanced quotation marks, speech quotes nobody is said to have
 * said, and a name spelled two ways.
 */
export function editorialWarnings(analysis: Analysis): EditorialWarning[] {
  const warnings: EditorialWarning[] = spellingVariants(analysis);
  for (const w of analysis.warnings) {
    if (w.code === 'unbalanced-quote' && w.start !== undefined) {
      warnings.push({ code: 'unbalanced-quote', start: w.start, end: w.start + 1, message: w.message });
    }
  }
  for (const q of analysis.quotes) {
    if (q.kind === 'speech' && !q.speakerActorId) {
      warnings.push({ code: 'unattributed-quote', start: q.start, end: q.end, message: 'Quotation without a speaker: nobody in the article is said to have said it.' });
    }
  }
  return warnings.sort((a, b) => a.start - b.start);
}

/** Quotes grouped for the Quotes tree: by speaker (in order of their first quote), then the rest. */
export interface QuoteGroup {
  label: string;
  actorId: string | null;
  quotes: Quote[];
}

/** Speech quotes by speaker, then "Unattributed" speech, then "Titles and scare quotes". Empty groups are left out. */
export function quotesBySpeaker(analysis: Analysis): QuoteGroup[] {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const groups = new Map<string, QuoteGroup>();
  const unattributed: Quote[] = [];
  const other: Quote[] = [];
  for (const quote of analysis.quotes) {
    if (quote.kind !== 'speech') other.push(quote);
    else if (!quote.speakerActorId) unattributed.push(quote);
    else {
      const group = groups.get(quote.speakerActorId) ?? { label: names.get(quote.speakerActorId) ?? quote.speakerActorId, actorId: quote.speakerActorId, quotes: [] };
      group.quotes.push(quote);
      groups.set(quote.speakerActorId, group);
    }
  }
  return [
    ...groups.values(),
    ...(unattributed.length ? [{ label: 'Unattributed', actorId: null, quotes: unattributed }] : []),
    ...(other.length ? [{ label: 'Titles and scare quotes', actorId: null, quotes: other }] : []),
  ];
}
