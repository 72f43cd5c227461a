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
