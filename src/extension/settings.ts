import * as vscode from 'vscode';
import type { OverwritePolicy } from './exportLedger';
import { SETTINGS_SECTION } from './ids';

const POLICIES: readonly OverwritePolicy[] = ['ask', 'never', 'always'];

/** Typed, defaulted, frozen view of the extension's settings. */
export interface Settings {
  enabled: boolean;
  languages: readonly string[];
  /** Glob patterns of files annotated whatever their language ("**\/*.md"). */
  filePatterns: readonly string[];
  decorationsEnabled: boolean;
  decorationTypes: readonly string[];
  analysisDelayMs: number;
  maxArticleLength: number;
  /** YYYY-MM-DD for relative dates in articles without a dateline, or '' for the file's date. */
  articleDate: string;
  showLowConfidenceEvents: boolean;
  /** Exports that changed since we wrote them: ask before overwriting, never overwrite, or always. */
  overwriteEdited: OverwritePolicy;
  /** Start the analysis worker when the extension activates, before the first article opens. */
  preloadEngine: boolean;
}

/** Reads the settings for a scope (a document's URI or the window). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return Object.freeze({
    enabled: config.get<boolean>('enabled', true),
    languages: Object.freeze([...config.get<string[]>('languages', ['plaintext', 'news'])]),
    filePatterns: Object.freeze([...config.get<string[]>('filePatterns', [])].filter((p) => typeof p === 'string' && p.trim() !== '')),
    decorationsEnabled: config.get<boolean>('decorations.enabled', true),
    decorationTypes: Object.freeze([...config.get<string[]>('decorations.types', ['PERSON', 'ORG', 'PLACE', 'DATE', 'QUOTE'])]),
    analysisDelayMs: Math.max(0, config.get<number>('analysisDelayMs', 300)),
    maxArticleLength: Math.max(1000, config.get<number>('maxArticleLength', 500000)),
    articleDate: /^\d{4}-\d{2}-\d{2}$/u.test(config.get<string>('articleDate', '')) ? config.get<string>('articleDate', '') : '',
    showLowConfidenceEvents: config.get<boolean>('events.showLowConfidence', false),
    preloadEngine: config.get<boolean>('preloadEngine', true),
    overwriteEdited: POLICIES.find((p) => p === config.get<string>('export.overwriteEdited', 'ask')) ?? 'ask',
  });
}

/** The documents the extension annotates: its languages, and files matching its patterns. */
export function articleSelector(settings: Settings): vscode.DocumentFilter[] {
  return [...settings.languages.map((language) => ({ language })), ...settings.filePatterns.map((pattern) => ({ pattern }))];
}

/** True when the document is one the extension annotates under the current settings. */
export function isArticle(document: vscode.TextDocument, settings: Settings): boolean {
  if (!settings.enabled || document.uri.scheme === 'output') return false;
  return settings.languages.includes(document.languageId)
    || (settings.filePatterns.length > 0 && vscode.languages.match(settings.filePatterns.map((pattern) => ({ pattern })), document) > 0);
}

/** Registers a language feature for the article selector, again whenever the languages or patterns change. */
export function registerForArticles(register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): vscode.Disposable {
  let current = register(articleSelector(readSettings()));
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(`${SETTINGS_SECTION}.languages`) && !event.affectsConfiguration(`${SETTINGS_SECTION}.filePatterns`)) return;
    current.dispose();
    current = register(articleSelector(readSettings()));
  });
  return { dispose: () => { listener.dispose(); current.dispose(); } };
}
