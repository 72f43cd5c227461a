// The composition root: builds the cache and the features, registers them, returns the test API.
import * as vscode from 'vscode';
import type { Analysis } from './core';
import { AnalysisCache } from './extension/analysisCache';
import { AnalysisWorker } from './extension/analysisWorker';
import { registerCommands } from './extension/commands';
import { ImportedAnnotations, registerComparison, type ComparisonNode } from './extension/comparison';
import { ExportLedger } from './extension/exportLedger';
import { registerDecorations, refreshVisibleEditors } from './extension/decorations';
import { registerHover } from './extension/hover';
import { registerNavigation } from './extension/navigation';
import { registerProblems } from './extension/problems';
import { registerStatusBar } from './extension/statusBar';
import { registerTrees, type Trees } from './extension/actorsView';
import { COMMANDS, SAMPLE_ARTICLE, SETTINGS, SETTINGS_SECTION } from './extension/ids';
import { LexiconSource, type LoadedLexicon } from './extension/lexicon';
import { isArticle, readSettings, type Settings } from './extension/settings';

/** What `activate` returns; the integration tests use it to wait for real analysis results. */
export interface NewsAnnotatorApi {
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
  actorsTree: Trees['actors'];
  eventsTree: Trees['events'];
  quotesTree: Trees['quotes'];
  /** The Comparison view (imported annotations against the article's own). */
  comparisonTree: vscode.TreeDataProvider<ComparisonNode>;
  /** How long `activate` took, in milliseconds (reported by the integration run). */
  activationMs: number;
  /** The longest main-thread work per analysis result: parsing it, and applying it to the editors. */
  mainThreadStats(): { maxParseMs: number; maxApplyMs: number; applyMs: Record<string, number> };
  /** Reads the lexicon setting and files again (what the file watcher does) and returns the result. */
  reloadLexicon(): Promise<LoadedLexicon>;
  /** True once the analysis worker has been started (see `newsAnnotator.preloadEngine`). */
  engineStarted(): boolean;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const started = performance.now();
  let settings: Settings = readSettings();
  const current = (): Settings => settings;
  const log = vscode.window.createOutputChannel('News Annotator', { log: true });
  const worker = new AnalysisWorker(context.asAbsolutePath('dist/worker.js'));
  // The worker (and the engine in it) starts right after activation returns — spawning a thread is not
  // free, so it stays off the activation path — when an article is open or `preloadEngine` is on (the
  // extension activates at startup in a workspace with .txt files, so the first article a reader opens
  // need not wait for the engine to load); otherwise when the first article opens.
  const warmFor = (document: vscode.TextDocument): void => {
    if (isArticle(document, settings)) worker.warm();
  };
  setImmediate(() => {
    if (settings.preloadEngine && settings.enabled) worker.warm();
    else vscode.workspace.textDocuments.forEach(warmFor);
  });
  const lexicon = new LexiconSource(log);
  const cache = new AnalysisCache(worker, current, () => lexicon.entries(), log);
  const trees = registerTrees(cache, current);
  const imported = new ImportedAnnotations();
  const comparison = registerComparison(cache, imported);
  const reanalyzeAll = (): void => {
    cache.clear();
    trees.refresh();
    refreshVisibleEditors(cache);
  };
  context.subscriptions.push(
    log,
    { dispose: () => worker.dispose() },
    cache,
    lexicon,
    lexicon.onDidChange(reanalyzeAll),
    registerDecorations(cache, current),
    registerHover(cache, current),
    registerNavigation(cache, current),
    registerProblems(cache),
    registerStatusBar(cache, current),
    trees.disposable,
    imported,
    comparison.disposable,
    registerCommands(cache, worker, () => lexicon.entries(), log, trees.refresh, { ledger: new ExportLedger(context.workspaceState), policy: () => settings.overwriteEdited }, imported),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !isArticle(event.document, settings)) return;
      // Background analysis only for articles on screen; others are analyzed when asked for.
      if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) cache.schedule(event.document);
      else cache.forget(event.document);
    }),
    vscode.workspace.onDidOpenTextDocument(warmFor),
    vscode.workspace.onDidCloseTextDocument((document) => cache.forget(document)),
    // The walkthrough's sample: an untitled copy, so the installed extension is never edited.
    vscode.commands.registerCommand(COMMANDS.openSample, async () => {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, SAMPLE_ARTICLE)));
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
      await vscode.window.showTextDocument(document, { preview: false });
      return document.uri;
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
      settings = readSettings();
      if (event.affectsConfiguration(SETTINGS.lexicon)) void lexicon.reload();
      else reanalyzeAll();
    }),
  );
  void lexicon.reload(); // reads the workspace file off the activation path
  log.debug(`Activated in ${Math.round(performance.now() - started)} ms.`);
  return {
    whenAnalyzed: async (uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri);
      return cache.get(document);
    },
    actorsTree: trees.trees.actors,
    eventsTree: trees.trees.events,
    quotesTree: trees.trees.quotes,
    comparisonTree: comparison.tree,
    activationMs: performance.now() - started,
    mainThreadStats: () => ({ ...worker.stats, ...cache.stats }),
    reloadLexicon: () => lexicon.reload(),
    engineStarted: () => worker.started,
  };
}

export function deactivate(): void {}
