// Annotations read back from our JSON export or from brat standoff, as an Analysis of the article.
import { slug } from './actors';
import type { ExportDocument } from './exportJson';
import { codePointOffsets } from './interchange';
import { SPEAKER_CONFIDENCE } from './quotes';
import { sha256Hex } from './text';
import type { Actor, ActorType, Analysis, ArticleEvent, Mention, NoSpeakerReason, Participant, Quote, QuoteKind, Span, TextSpan } from './types';

/**
 * Reads an export document back; exporting the result again gives the same document. With `text`,
 * refuses an export made for a different text (its length and SHA-256 must match).
 */
export function fromExportJson(doc: ExportDocument, text?: string): Analysis {
  const lists = [doc?.mentions, doc?.actors, doc?.quotes, doc?.events];
  if (doc?.schemaVersion !== 1 || !lists.every(Array.isArray)) throw new Error('not a News Annotator export (schemaVersion 1)');
  if (text !== undefined && (doc.source?.length !== text.length || doc.source?.sha256 !== sha256Hex(text))) {
    throw new Error('these annotations were made for a different version of the article (length or SHA-256 differ)');
  }
  const mentions: Mention[] = doc.mentions.map((m) => ({
    id: m.id, type: m.type as Mention['type'], start: m.start, end: m.end, text: m.text, actorId: m.actorId,
    ...(m.role ? { role: m.role } : {}), ...(m.iso ? { iso: m.iso } : {}),
  }));
  const startOf = new Map(mentions.map((m) => [m.id, m.start]));
  const actors: Actor[] = doc.actors.map((a) => ({
    id: a.id, type: a.type as ActorType, name: a.name, aliases: a.aliases, mentionIds: a.mentionIds,
    ...(a.role ? { role: a.role } : {}), firstStart: startOf.get(a.mentionIds[0]) ?? 0,
  }));
  const quotes: Quote[] = doc.quotes.map((q) => ({
    id: q.id, start: q.start, end: q.end, text: q.text, kind: q.kind, inner: { start: q.start + 1, end: q.end - 1 },
    speakerActorId: q.speakerActorId, cue: q.cue, speakerMentionId: q.speakerMention?.id ?? null,
    // Exports written before speakerMention and confidence existed have neither.
    confidence: q.confidence ?? (q.speakerActorId ? SPEAKER_CONFIDENCE.resolved : 0),
    noSpeakerReason: q.noSpeakerReason !== undefined ? q.noSpeakerReason : noSpeakerReasonOf(q.kind, q.speakerActorId, q.cue),
  }));
  const events: ArticleEvent[] = doc.events.map((e) => ({ ...e }));
  return {
    length: doc.source.length, ...(doc.articleDate ? { articleDate: doc.articleDate } : {}),
    mentions, actors, quotes, events, sentences: [], warnings: doc.warnings ?? [],
  };
}

interface TextBound {
  id: string;
  type: string;
  span: Span;
  text: string;
}

const CONFIDENCE: Record<string, number> = { low: 0.4, medium: 0.6, high: 0.8 };
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'PLACE']);

/**
 * Reads brat standoff (as `toBrat` writes it, or as brat and INCEpTION save it) onto the article's
 * text: T lines become mentions (offsets converted from code points to UTF-16), Equiv groups actors,
 * Statement events quotes with their speaker and cue, Event events events with their roles.
 */
export function fromBrat(text: string, ann: string): Analysis {
  const toUnit = codeUnitOffsets(text);
  const bounds = new Map<string, TextBound>();
  const equivs: string[][] = [];
  const eventLines: { id: string; type: string; trigger: string; args: [string, string][] }[] = [];
  const attributes = new Map<string, Map<string, string>>();
  for (const line of ann.split(/\r?\n/u)) {
    if (!line.trim()) continue;
    const [id, body, shown] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.trim().split(' ').map(Number));
      const start = toUnit(fragments[0][0]);
      const end = toUnit(fragments[fragments.length - 1][1]);
      if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) throw new Error(`brat: bad offsets in "${line}"`);
      if (fragments.length === 1 && shown !== undefined && shown !== text.slice(start, end)) {
        throw new Error(`brat: ${id} says "${shown}" but the article has "${text.slice(start, end)}" there (annotations for a different text?)`);
      }
      bounds.set(id, { id, type, span: { start, end }, text: shown ?? text.slice(start, end) });
    } else if (id === '*' || id.startsWith('*')) {
      const [relation, ...members] = body.split(' ');
      if (relation === 'Equiv') equivs.push(members);
    } else if (id.startsWith('E')) {
      const [head, ...args] = body.split(' ');
      const [type, trigger] = head.split(':');
      eventLines.push({ id, type, trigger, args: args.map((a) => a.split(':') as [string, string]) });
    } else if (id.startsWith('A')) {
      const [name, target, value] = body.split(' ');
      const map = attributes.get(target) ?? new Map<string, string>();
      map.set(name, value ?? 'true');
      attributes.set(target, map);
    }
  }
  const mentions: Mention[] = [];
  const mentionOf = new Map<string, Mention>();
  const counts = new Map<string, number>();
  const actorIdOf = new Map<string, string>();
  const actors: Actor[] = [];
  const sorted = [...bounds.values()].filter((b) => ACTOR_TYPES.has(b.type) || b.type === 'DATE').sort((a, b) => a.span.start - b.span.start);
  // Actors: Equiv groups, and every other name on its own; named by the longest form, as the engine does.
  const groups = new Map<string, string[]>();
  for (const members of equivs) for (const member of members) groups.set(member, members);
  for (const bound of sorted) {
    if (bound.type === 'DATE' || actorIdOf.has(bound.id)) continue;
    const members = (groups.get(bound.id) ?? [bound.id]).map((id) => bounds.get(id)!).filter(Boolean).sort((a, b) => a.span.start - b.span.start);
    const name = members.reduce((best, m) => (m.text.length > best.length ? m.text : best), members[0].text);
    const base = `actor:${bound.type.toLowerCase()}:${slug(name)}`;
    let id = base;
    for (let n = 2; actors.some((a) => a.id === id); n++) id = `${base}-${n}`;
    for (const member of members) actorIdOf.set(member.id, id);
    actors.push({ id, type: bound.type as ActorType, name, aliases: [...new Set(members.map((m) => m.text).filter((t) => t !== name))], mentionIds: [], firstStart: members[0].span.start });
  }
  for (const bound of sorted) {
    const actorId = actorIdOf.get(bound.id) ?? null;
    const key = actorId ? actorId.replace(/^actor:/u, 'mention:') : `mention:date:${slug(bound.text)}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const mention: Mention = { id: `${key}#${n}`, type: bound.type as Mention['type'], start: bound.span.start, end: bound.span.end, text: text.slice(bound.span.start, bound.span.end), actorId };
    mentions.push(mention);
    mentionOf.set(bound.id, mention);
    if (actorId) actors.find((a) => a.id === actorId)!.mentionIds.push(mention.id);
  }
  const span = (id: string | undefined): TextSpan | null => {
    const bound = id ? bounds.get(id) : undefined;
    return bound ? { start: bound.span.start, end: bound.span.end, text: text.slice(bound.span.start, bound.span.end) } : null;
  };
  const quotes: Quote[] = [];
  const events: ArticleEvent[] = [];
  const eventCounts = new Map<string, number>();
  for (const line of eventLines) {
    const trigger = span(line.trigger);
    if (!trigger) continue;
    const arg = (role: string): string[] => line.args.filter(([name]) => name.replace(/\d+$/u, '') === role).map(([, id]) => id);
    const attrs = attributes.get(line.id) ?? new Map<string, string>();
    if (line.type === 'Statement') {
      const speaker = arg('Speaker')[0];
      quotes.push({
        id: `quote:${quotes.length + 1}`, ...trigger, kind: (attrs.get('Kind') as QuoteKind) ?? 'speech', inner: { start: trigger.start + 1, end: trigger.end - 1 },
        speakerActorId: speaker ? mentionOf.get(speaker)?.actorId ?? null : null, cue: span(arg('Cue')[0]), speakerMentionId: speaker ? mentionOf.get(speaker)?.id ?? null : null,
        confidence: speaker ? SPEAKER_CONFIDENCE.named : 0,
        noSpeakerReason: noSpeakerReasonOf((attrs.get('Kind') as QuoteKind) ?? 'speech', speaker ? mentionOf.get(speaker)?.actorId ?? null : null, span(arg('Cue')[0])),
      });
    } else {
      const participants = (role: string): Participant[] => arg(role).map((id) => ({ ...span(id)!, actorId: mentionOf.get(id)?.actorId ?? null }));
      const agents = participants('Agent');
      const patients = participants('Patient');
      const lemma = trigger.text.toLowerCase();
      const n = (eventCounts.get(lemma) ?? 0) + 1;
      eventCounts.set(lemma, n);
      const time = span(arg('Time')[0]);
      const place = mentionOf.get(arg('Place')[0] ?? '');
      const ids = (list: Participant[]): string[] => [...new Set(list.map((p) => p.actorId).filter((x): x is string => x !== null))];
      events.push({
        id: `event:${lemma}:${n}`, type: attrs.get('EventType') ?? 'other', lemma, trigger, agents, patients,
        agentActorIds: ids(agents), patientActorIds: ids(patients),
        ...(time ? { time } : {}), ...(place?.actorId ? { placeActorId: place.actorId } : {}),
        sentence: cover([trigger, ...agents, ...patients, ...(time ? [time] : []), ...(place ? [place] : [])]), confidence: CONFIDENCE[attrs.get('Confidence') ?? ''] ?? 0.5,
      });
    }
  }
  return { length: text.length, mentions, actors, quotes, events, sentences: [], warnings: [] };
}

/** The smallest span holding all of `spans` (brat keeps no sentence; this stands in for it). */
function cover(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Code point offset → UTF-16 offset (the inverse of codePointOffsets). */
function codeUnitOffsets(text: string): (point: number) => number {
  const toPoint = codePointOffsets(text);
  const units: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const p = toPoint(i);
    if (units[p] === undefined) units[p] = i;
  }
  return (point) => units[point] ?? NaN;
}

/** Why a quote read from a file has no speaker, as the engine would say (null when it has one). */
function noSpeakerReasonOf(kind: QuoteKind, speakerActorId: string | null, cue: unknown): NoSpeakerReason | null {
  if (kind !== 'speech') return 'not-speech';
  if (speakerActorId) return null;
  return cue ? 'unnamed-subject' : 'no-cue';
}
