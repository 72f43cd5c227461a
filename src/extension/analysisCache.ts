import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Analysis, LexiconEntry } from '../core';
import type { AnalysisWorker } from './analysisWorker';
import type { Settings } from './settings';

interface Entry {
  version: number;
  result: Promise<Analysis>;
}

/** Fired when an analysis for the document's current version is ready. */
export interface AnalyzedEvent {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

/**
 * Owns every engine run: one result per document version, shared by all callers. Edits restart a
 * per-document debounce; results for versions that moved on are dropped, never applied.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, { version: number; analysis: Analysis }>();
  private readonly emitter = new vscode.EventEmitter<AnalyzedEvent>();
  readonly onDidAnalyze = this.emitter.event;

  /**
   * Runs `listener` after each result in an event-loop turn of its own, timed under `name`: the
   * highlights, trees, status bar and Problems of one result never add up to one long stall.
   */
  onDidAnalyzeInTurn(name: string, listener: (event: AnalyzedEvent) => void): vscode.Disposable {
    return this.onDidAnalyze((event) => setImmediate(() => {
      const started = performance.now();
      try {
        listener(event);
      } finally {
        const ms = performance.now() - started;
        this.stats.applyMs[name] = Math.max(this.stats.applyMs[name] ?? 0, ms);
        this.stats.maxApplyMs = Math.max(this.stats.maxApplyMs, ms);
      }
    }));
  }
  /** Longest main-thread turn spent on a result's listeners, overall and per listener (ms). */
  readonly stats = { maxApplyMs: 0, applyMs: {} as Record<string, number> };

  constructor(
    private readonly worker: AnalysisWorker,
    private readonly settings: () => Settings,
    private readonly lexicon: () => LexiconEntry[],
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The analysis of the document's current version, run now if there is none yet. */
  get(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit?.version === document.version) return hit.result;
    return this.runNow(document);
  }

  /** The last finished analysis of the document's current version, if any (never starts a run). */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const done = this.latest.get(document.uri.toString());
    return done?.version === document.version ? done.analysis : undefined;
  }

  /** True when the document is over the length limit and is not analyzed. */
  isTooLong(document: vscode.TextDocument): boolean {
    return document.getText().length > this.settings().maxArticleLength;
  }

  /** Debounced analysis after an edit. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.entries.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) this.get(document).catch(() => undefined);
    }, this.settings().analysisDelayMs));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.entries.delete(key);
    this.latest.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.latest.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  dispose(): void {
    this.clear();
    this.emitter.dispose();
  }

  /** The date relative dates resolve against without a dateline: the setting, else the file's date. */
  private async articleDate(document: vscode.TextDocument): Promise<string | undefined> {
    const setting = this.settings().articleDate;
    if (setting) return setting;
    if (document.uri.scheme !== 'file') return undefined;
    try {
      // Node's own stat: the file is local to this extension host, and workspace.fs would wait for a
      // round trip to the workbench, which is busy while it opens the editor (~0.6 s in the browser test).
      return new Date((await fs.promises.stat(document.uri.fsPath)).mtimeMs).toISOString().slice(0, 10);
    } catch {
      return undefined;
    }
  }

  private runNow(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    const version = document.version;
    const requested = performance.now();
    const text = document.getText();
    const limit = this.settings().maxArticleLength;
    const result = text.length > limit
      ? Promise.resolve(tooLong(text.length, limit))
      : this.articleDate(document).then((articleDate) => this.worker.analyze(text, { lexicon: this.lexicon(), ...(articleDate ? { articleDate } : {}) }));
    const entry: Entry = { version, result };
    this.entries.set(key, entry);
    result.then((analysis) => {
      if (document.isClosed || document.version !== version) return; // stale: the document moved on
      this.latest.set(key, { version, analysis });
      const started = performance.now();
      this.log.debug(`Analyzed ${document.uri.path.split('/').pop()} (version ${version}, ${analysis.mentions.length} mentions) in ${Math.round(started - requested)} ms.`);
      this.emitter.fire({ uri: document.uri, version, analysis });
      this.stats.maxApplyMs = Math.max(this.stats.maxApplyMs, performance.now() - started);
    }, (error: Error) => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      this.log.error(`Analysis of ${document.uri.fsPath} failed: ${error.message}`);
    });
    return result;
  }
}

function tooLong(length: number, limit: number): Analysis {
  return {
    length, mentions: [], actors: [], quotes: [], events: [], sentences: [],
    warnings: [{ code: 'truncated', message: vscode.l10n.t('Not analyzed: the article has {0} characters, over the limit of {1} (setting newsAnnotator.maxArticleLength).', length.toLocaleString('en-US'), limit.toLocaleString('en-US')) }],
  };
}
