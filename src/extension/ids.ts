// Every id the extension contributes, defined once; a unit test checks them against package.json.

export const EXTENSION_ID = 'news-annotator-team.news-annotator';
export const SETTINGS_SECTION = 'newsAnnotator';

export const COMMANDS = {
  exportJson: 'newsAnnotator.exportJson',
  reanalyze: 'newsAnnotator.reanalyze',
  toggleDecorations: 'newsAnnotator.toggleDecorations',
  revealSpan: 'newsAnnotator.revealSpan',
  nextMention: 'newsAnnotator.nextMention',
  previousMention: 'newsAnnotator.previousMention',
  showSidebar: 'newsAnnotator.showSidebar',
  showMentions: 'newsAnnotator.showMentions',
  exportAs: 'newsAnnotator.exportAs',
  exportFolder: 'newsAnnotator.exportFolder',
  importAnnotations: 'newsAnnotator.importAnnotations',
  clearImported: 'newsAnnotator.clearImported',
  openSample: 'newsAnnotator.openSample',
  filterActors: 'newsAnnotator.filterActors',
  clearActorFilter: 'newsAnnotator.clearActorFilter',
  revealActor: 'newsAnnotator.revealActor',
} as const;

export const VIEW_CONTAINER = 'newsAnnotator';
export const VIEWS = {
  actors: 'newsAnnotator.actors',
  events: 'newsAnnotator.events',
  quotes: 'newsAnnotator.quotes',
  comparison: 'newsAnnotator.comparison',
} as const;

export const COLORS = {
  personBackground: 'newsAnnotator.personBackground',
  personBorder: 'newsAnnotator.personBorder',
  organizationBackground: 'newsAnnotator.organizationBackground',
  organizationBorder: 'newsAnnotator.organizationBorder',
  placeBackground: 'newsAnnotator.placeBackground',
  placeBorder: 'newsAnnotator.placeBorder',
  dateBackground: 'newsAnnotator.dateBackground',
  dateBorder: 'newsAnnotator.dateBorder',
  quoteBackground: 'newsAnnotator.quoteBackground',
  quoteBorder: 'newsAnnotator.quoteBorder',
  importedBorder: 'newsAnnotator.importedBorder',
} as const;

export const SETTINGS = {
  enabled: 'newsAnnotator.enabled',
  languages: 'newsAnnotator.languages',
  filePatterns: 'newsAnnotator.filePatterns',
  decorationsEnabled: 'newsAnnotator.decorations.enabled',
  decorationTypes: 'newsAnnotator.decorations.types',
  analysisDelayMs: 'newsAnnotator.analysisDelayMs',
  maxArticleLength: 'newsAnnotator.maxArticleLength',
  lexicon: 'newsAnnotator.lexicon',
  articleDate: 'newsAnnotator.articleDate',
  showLowConfidenceEvents: 'newsAnnotator.events.showLowConfidence',
  overwriteEdited: 'newsAnnotator.export.overwriteEdited',
  preloadEngine: 'newsAnnotator.preloadEngine',
} as const;

export const CONTEXT_VALUES = {
  group: 'newsAnnotator.group',
  actor: 'newsAnnotator.actor',
  mention: 'newsAnnotator.mention',
  quote: 'newsAnnotator.quote',
  event: 'newsAnnotator.event',
} as const;

/** The sample article shipped in the VSIX, opened by the walkthrough. */
export const SAMPLE_ARTICLE = 'seeds/karlov-assassination-ankara.txt';
