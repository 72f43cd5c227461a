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
export function groupActors(analysis: Analysis): ActorGroup[] {
  return GROUPS.map(([type, label]) => ({
    type,
    label,
    actors: analysis.actors
      .filter((a) => a.type === type)
      .sort((a, b) => b.mentionIds.length - a.mentionIds.length || a.name.localeCompare(b.name)),
  }));
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
