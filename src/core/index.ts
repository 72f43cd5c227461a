export { analyzeArticle, createAnalyzer, checkText, validateLexicon } from './analyze';
export type { Analyzer } from './analyze';
export { toExportJson, lineStarts, positionAt, EXPORT_SCHEMA_VERSION } from './exportJson';
export type { ExportDocument, ExportMeta } from './exportJson';
export {
  mentionAt, groupActors, describeActor, eventLabel, eventTimeline, eventsOf, formatIsoDate, adjacentMention, outline, editorialWarnings, quotesBySpeaker,
} from './views';
export type { ActorGroup, ActorCard, OutlineEntry, EditorialWarning, QuoteGroup } from './views';
export * from './types';
export { toWebAnnotation, toBrat, codePointOffsets, renderExport, EXPORT_EXTENSIONS, BRAT_ANNOTATION_CONF } from './interchange';
export type { WebAnnotationMeta, BratExport, ExportFormat } from './interchange';
export { fromExportJson, fromBrat } from './importing';
export { SPEAKER_CONFIDENCE } from './quotes';
export { compareAnnotations } from './compare';
export type { Comparison } from './compare';
export { sha256Hex } from './text';
