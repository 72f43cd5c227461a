// The analysis in two interchange formats: W3C Web Annotation (JSON-LD) and brat standoff.
import { sha256Hex } from './text';
import { version } from '../../package.json';
import { toExportJson } from './exportJson';
import type { Analysis, Span } from './types';

/** UTF-16 offset → Unicode code point offset, for formats that count code points (brat, W3C selectors). */
export function codePointOffsets(text: string): (offset: number) => number {
  const points: number[] = new Array(text.length + 1);
  let count = 0;
  for (let i = 0; i <= text.length; i++) {
    points[i] = count;
    const code = text.charCodeAt(i);
    // A high surrogate and its low surrogate make one code point.
    if (!(code >= 0xd800 && code <= 0xdbff && i + 1 < text.length)) count++;
  }
  return (offset) => points[offset];
}

/** What a Web Annotation export needs besides the analysis. */
export interface WebAnnotationMeta {
  /** IRI of the article (a file: URI, say): the annotations' target source. */
  source: string;
  /** SHA-256 of the text, so ids are stable per text. */
  sha256: string;
  /** ISO date-time with time zone, e.g. new Date().toISOString(). */
  created: string;
}

interface Selector {
  type: string;
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

/**
 * A W3C Web Annotation collection with an embedded page: one annotation per mention, quote and event,
 * each targeting the article with a TextPositionSelector (code points, as the model counts
 * characters) and a TextQuoteSelector (exact text with 32 characters of context either side).
 */
export function toWebAnnotation(text: string, analysis: Analysis, meta: WebAnnotationMeta): Record<string, unknown> {
  const point = codePointOffsets(text);
  const base = `urn:news-annotator:${meta.sha256}`;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const generator = { id: 'https://example.invalid/news-annotator', type: 'Software', name: `News Annotator ${version}` };
  const target = (span: Span): Record<string, unknown> => ({
    source: meta.source,
    selector: [
      { type: 'TextPositionSelector', start: point(span.start), end: point(span.end) },
      { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: text.slice(Math.max(0, span.start - 32), span.start), suffix: text.slice(span.end, span.end + 32) },
    ] satisfies Selector[],
  });
  const tag = (value: string, purpose = 'tagging'): Record<string, string> => ({ type: 'TextualBody', value, purpose, format: 'text/plain' });
  const annotation = (id: string, motivation: string, body: Record<string, string>[], span: Span): Record<string, unknown> => ({
    id: `${base}:${encodeURIComponent(id)}`, type: 'Annotation', motivation, created: meta.created, generator, body, target: target(span),
  });
  const items = [
    ...analysis.mentions.map((m) => annotation(m.id, 'identifying', [
      tag(m.type), ...(m.actorId ? [tag(`${names.get(m.actorId)} (${m.actorId})`, 'identifying')] : []), ...(m.iso ? [tag(m.iso, 'describing')] : []),
    ], m)),
    ...analysis.quotes.map((q) => annotation(q.id, 'describing', [
      tag(`quote:${q.kind}`), ...(q.speakerActorId ? [tag(`said by ${names.get(q.speakerActorId)} (${q.speakerActorId})`, 'describing')] : []),
    ], q)),
    ...analysis.events.map((e) => annotation(e.id, 'describing', [
      tag(`event:${e.type}`), tag(`lemma:${e.lemma}`, 'describing'),
      ...e.agents.map((p) => tag(`agent: ${p.actorId ? names.get(p.actorId) : p.text}`, 'describing')),
      ...e.patients.map((p) => tag(`patient: ${p.actorId ? names.get(p.actorId) : p.text}`, 'describing')),
    ], e.trigger)),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}:collection`,
    type: 'AnnotationCollection',
    label: 'News Annotator annotations',
    total: items.length,
    first: { id: `${base}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** brat standoff: the .ann file for one article and the annotation.conf that describes its types. */
export interface BratExport {
  ann: string;
  conf: string;
}

const BRAT_CONF = `# News Annotator types for brat and INCEpTION
[entities]
PERSON
ORG
PLACE
DATE
Cue
Participant

[relations]
Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive

[events]
Statement\tSpeaker?:PERSON|ORG|PLACE, Cue?:Cue
Event\tAgent*:<ENTITY>, Patient*:<ENTITY>, Time?:DATE, Place?:PLACE

[attributes]
Kind\tArg:Statement, Value:speech|scare|title
EventType\tArg:Event, Value:statement|consult|cooperate|appeal|criticize|threaten|protest|investigate|attack|kill|military|travel|appoint|other
Confidence\tArg:Event, Value:low|medium|high
`;

/**
 * brat standoff for an article: T lines for mentions, quotes (as Statement triggers), cues, event
 * triggers and unnamed participants (offsets in code points, multi-line spans split into fragments
 * at line breaks), E lines for quotes (Statement with Speaker and Cue) and events (Agent, Patient,
 * Time, Place),
 * `*` Equiv lines joining an actor's mentions, and A lines for quote kinds, event types and confidence.
 */
export function toBrat(text: string, analysis: Analysis): BratExport {
  const point = codePointOffsets(text);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  let e = 0;
  let a = 0;
  const textBound = (type: string, span: Span, key: string): string => {
    const existing = ids.get(key);
    if (existing) return existing;
    const id = `T${++t}`;
    // brat spans cannot cross a line break: split into fragments, each without newlines.
    const fragments: string[] = [];
    const parts: string[] = [];
    const re = /[^\r\n]+/gu;
    const slice = text.slice(span.start, span.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      fragments.push(`${point(span.start + m.index)} ${point(span.start + m.index + m[0].length)}`);
      parts.push(m[0]);
    }
    lines.push(`${id}\t${type} ${fragments.join(';')}\t${parts.join(' ')}`);
    ids.set(key, id);
    return id;
  };
  for (const m of analysis.mentions) textBound(m.type, m, m.id);
  for (const actor of analysis.actors) {
    if (actor.mentionIds.length > 1) lines.push(`*\tEquiv ${actor.mentionIds.map((id) => ids.get(id)).join(' ')}`);
  }
  const mentionOfActor = (actorId: string): string | undefined => {
    const actor = analysis.actors.find((x) => x.id === actorId);
    return actor ? ids.get(actor.mentionIds[0]) : undefined;
  };
  for (const q of analysis.quotes) {
    const quote = textBound('Statement', q, q.id);
    const parts = [`Statement:${quote}`];
    const speaker = q.speakerMentionId ? ids.get(q.speakerMentionId) : q.speakerActorId ? mentionOfActor(q.speakerActorId) : undefined;
    if (speaker) parts.push(`Speaker:${speaker}`);
    if (q.cue) parts.push(`Cue:${textBound('Cue', q.cue, `cue:${q.cue.start}`)}`);
    const event = `E${++e}`;
    lines.push(`${event}\t${parts.join(' ')}`);
    lines.push(`A${++a}\tKind ${event} ${q.kind}`);
  }
  for (const ev of analysis.events) {
    const trigger = textBound('Event', ev.trigger, `trigger:${ev.trigger.start}`);
    const parts = [`Event:${trigger}`];
    const role = (name: string, list: typeof ev.agents): void => {
      list.forEach((p, k) => {
        const named = analysis.mentions.find((m) => m.actorId === p.actorId && m.start >= p.start && m.end <= p.end);
        const id = named ? ids.get(named.id)! : textBound('Participant', p, `participant:${p.start}:${p.end}`);
        parts.push(`${name}${k ? k + 1 : ''}:${id}`);
      });
    };
    role('Agent', ev.agents);
    role('Patient', ev.patients);
    const time = ev.time ? analysis.mentions.find((m) => m.type === 'DATE' && m.start === ev.time!.start) : undefined;
    if (time) parts.push(`Time:${ids.get(time.id)}`);
    const place = ev.placeActorId ? analysis.mentions.find((m) => m.actorId === ev.placeActorId && m.start >= ev.sentence.start && m.end <= ev.sentence.end) : undefined;
    if (place) parts.push(`Place:${ids.get(place.id)}`);
    const event = `E${++e}`;
    lines.push(`${event}\t${parts.join(' ')}`);
    lines.push(`A${++a}\tEventType ${event} ${ev.type}`);
    lines.push(`A${++a}\tConfidence ${event} ${ev.confidence >= 0.75 ? 'high' : ev.confidence >= 0.5 ? 'medium' : 'low'}`);
  }
  return { ann: lines.length ? `${lines.join('\n')}\n` : '', conf: BRAT_CONF };
}

/** The export formats: the full JSON record, W3C Web Annotation JSON-LD, brat standoff. */
export type ExportFormat = 'json' | 'w3c' | 'brat';

/** File name endings per format (brat also needs an annotation.conf in the same folder). */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: '.annotations.json', w3c: '.annotations.jsonld', brat: '.ann' };

/** The text of an export in one format; used by the commands and the CLI alike. */
export function renderExport(
  format: ExportFormat,
  text: string,
  analysis: Analysis,
  meta: { path?: string; source: string; created: string; pretty?: boolean },
): string {
  const indent = meta.pretty === false ? undefined : 2;
  if (format === 'brat') return toBrat(text, analysis).ann;
  if (format === 'w3c') {
    const sha256 = sha256Hex(text);
    return `${JSON.stringify(toWebAnnotation(text, analysis, { source: meta.source, sha256, created: meta.created }), null, indent)}\n`;
  }
  return `${JSON.stringify(toExportJson(text, analysis, meta.path !== undefined ? { path: meta.path } : {}), null, indent)}\n`;
}

/** The annotation.conf that brat needs beside .ann files. */
export const BRAT_ANNOTATION_CONF = BRAT_CONF;
