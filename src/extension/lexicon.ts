import * as vscode from 'vscode';
import { validateLexicon } from '../core';
import type { AnalysisWarning, LexiconEntry } from '../core';
import { SETTINGS_SECTION } from './ids';

/** Where a workspace keeps its lexicon, relative to each workspace folder. */
export const LEXICON_FILE = '.news-annotator/lexicon.json';

/** The loaded lexicon and the problems found in it. */
export interface LoadedLexicon {
  entries: LexiconEntry[];
  warnings: string[];
}

/**
 * The user lexicon: the `newsAnnotator.lexicon` setting plus `.news-annotator/lexicon.json` in each
 * workspace folder. Bad entries are skipped with a warning; a broken file never stops the analysis.
 */
export class LexiconSource implements vscode.Disposable {
  private loaded: LoadedLexicon = { entries: [], warnings: [] };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${LEXICON_FILE}`);
    const reload = (): void => void this.reload();
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
  }

  entries(): LexiconEntry[] {
    return this.loaded.entries;
  }

  /** Reads the setting and the workspace files again; fires onDidChange and reports problems once. */
  async reload(): Promise<LoadedLexicon> {
    const warnings: string[] = [];
    const add = (source: string, raw: unknown, into: LexiconEntry[]): void => {
      const { entries, warnings: problems } = validateLexicon(raw);
      into.push(...entries);
      warnings.push(...problems.map((w: AnalysisWarning) => `${source}: ${w.message}`));
    };
    const entries: LexiconEntry[] = [];
    add(`setting ${SETTINGS_SECTION}.lexicon`, vscode.workspace.getConfiguration(SETTINGS_SECTION).get('lexicon', []), entries);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, LEXICON_FILE);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // no lexicon file in this folder
      }
      try {
        add(vscode.workspace.asRelativePath(uri), JSON.parse(new TextDecoder().decode(bytes)), entries);
      } catch (error) {
        warnings.push(vscode.l10n.t('{0}: not valid JSON ({1}); the file was ignored.', vscode.workspace.asRelativePath(uri), (error as Error).message));
      }
    }
    const same = JSON.stringify(entries) === JSON.stringify(this.loaded.entries);
    this.loaded = { entries, warnings };
    for (const warning of warnings) this.log.warn(`Lexicon: ${warning}`);
    if (warnings.length > 0) {
      void vscode.window.showWarningMessage(warnings.length === 1
        ? vscode.l10n.t('News Annotator: 1 lexicon problem: {0}', warnings[0])
        : vscode.l10n.t('News Annotator: {0} lexicon problems: {1}', warnings.length, warnings[0]));
    }
    if (!same) this.changed.fire(); // only a real change re-analyzes the open articles
    return this.loaded;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
