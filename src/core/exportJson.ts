import { sha256Hex } from './text';
import { version } from '../../package.json';
import type { Analysis, AnalysisWarning, NoSpeakerReason, Participant, QuoteKind, Span } from './types';

/** Version of the export format; bump when a field changes meaning. */
export const EXPORT_SCHEMA_VERSION = 1;

/** What the caller knows about the source file. */
export interface ExportMeta {
  path?: string;
}

interface Position {
  line: number;
  character: number;
}

/** The versioned JSON export; keys appear in this order, arrays sorted by start. */
export interface ExportDocument {
  schemaVersion: number;
  generator: { name: string; version: string };
  source: { path?: string; sha256: string; length: number };
  articleDate?: { iso: string; source: 'dateline' | 'option' };
  mentions: { id: string; start: number; end: number; text: string; type: string; actorId: string | null; line: number; character: number; role?: string; iso?: string }[];
  actors: { id: string; type: string; name: string; aliases: string[]; mentionIds: string[]; role?: string }[];
  quotes: {
    id: string; start: number; end: number; text: string; kind: QuoteKind; speakerActorId: string | null;
    /** The mention that names the speaker near the quote, if any (a pronoun or descriptor speaker has none). */
    speakerMention: { id: string; start: number; end: number; text: string } | null;
    cue: { start: number; end: number; text: string } | null; confidence: number; noSpeakerReason: NoSpeakerReason | null;
    line: number; character: number;
  }[];
  events: {
    id: string; type: string; lemma: string; trigger: { start: number; end: number; text: string };
    agents: Participant[]; patients: Participant[]; agentActorIds: string[]; patientActorIds: string[]; time?: { text: string; start: number; end: number; iso?: string };
    placeActorId?: string; sentence: Span; quoteId?: string; confidence: number;
  }[];
  warnings: AnalysisWarning[];
}

/** Offsets where each line starts; line breaks are \r\n, \r or \n as in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and UTF-16 character of an offset, as `TextDocument.positionAt` gives. */
export function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Builds the export document for `text` and its analysis; used by the command and the CLI alike. */
export function toExportJson(text: string, analysis: Analysis, meta: ExportMeta = {}): ExportDocument {
  const starts = lineStarts(text);
  const mentionsById = new Map(analysis.mentions.map((m) => [m.id, m]));
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generator: { name: 'news-annotator', version },
    source: {
      ...(meta.path !== undefined ? { path: meta.path } : {}),
      sha256: sha256Hex(text),
      length: text.length,
    },
    ...(analysis.articleDate ? { articleDate: analysis.articleDate } : {}),
    mentions: analysis.mentions.map((m) => ({
      id: m.id, start: m.start, end: m.end, text: m.text, type: m.type, actorId: m.actorId,
      ...positionAt(starts, m.start), ...(m.role ? { role: m.role } : {}), ...(m.iso ? { iso: m.iso } : {}),
    })),
    actors: analysis.actors.map((a) => ({
      id: a.id, type: a.type, name: a.name, aliases: a.aliases, mentionIds: a.mentionIds, ...(a.role ? { role: a.role } : {}),
    })),
    quotes: analysis.quotes.map((q) => {
      const speaker = q.speakerMentionId ? mentionsById.get(q.speakerMentionId) : undefined;
      return {
        id: q.id, start: q.start, end: q.end, text: q.text, kind: q.kind, speakerActorId: q.speakerActorId,
        speakerMention: speaker ? { id: speaker.id, start: speaker.start, end: speaker.end, text: speaker.text } : null,
        cue: q.cue, confidence: q.confidence, noSpeakerReason: q.noSpeakerReason, ...positionAt(starts, q.start),
      };
    }),
    events: analysis.events.map((e) => ({
      id: e.id, type: e.type, lemma: e.lemma, trigger: e.trigger, agents: e.agents, patients: e.patients,
      agentActorIds: e.agentActorIds, patientActorIds: e.patientActorIds,
      ...(e.time ? { time: e.time } : {}), ...(e.placeActorId ? { placeActorId: e.placeActorId } : {}),
      sentence: e.sentence, ...(e.quoteId ? { quoteId: e.quoteId } : {}), confidence: e.confidence,
    })),
    warnings: analysis.warnings,
  };
}
