import * as vscode from 'vscode';
import { compareAnnotations } from '../core';
import type { Analysis, Comparison, Mention } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COLORS, COMMANDS, VIEWS } from './ids';
import { toRange } from './ranges';

/** Annotations imported onto one document version (a gold file, another annotator's export). */
export interface Imported {
  uri: vscode.Uri;
  version: number;
  file: string;
  analysis: Analysis;
}

/** Holds the imported annotations per document; an edit makes them stale and they are dropped. */
export class ImportedAnnotations implements vscode.Disposable {
  private readonly byUri = new Map<string, Imported>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly listeners = vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length > 0) this.clear(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)),
  );

  set(document: vscode.TextDocument, file: string, analysis: Analysis): void {
    this.byUri.set(document.uri.toString(), { uri: document.uri, version: document.version, file, analysis });
    this.emitter.fire(document.uri);
  }

  /** The imported annotations of the document's current version, if any. */
  get(document: vscode.TextDocument): Imported | undefined {
    const imported = this.byUri.get(document.uri.toString());
    return imported?.version === document.version ? imported : undefined;
  }

  clear(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.emitter.fire(uri);
  }

  dispose(): void {
    this.listeners.dispose();
    this.emitter.dispose();
  }
}

/** A node of the Comparison tree. */
export type ComparisonNode =
  | { kind: 'bucket'; label: string; icon: string; mentions: { mention: Mention; note: string }[] }
  | { kind: 'item'; mention: Mention; note: string };

/** The Comparison tree's buckets for a comparison (empty buckets left out). */
export function comparisonBuckets(comparison: Comparison, file: string): ComparisonNode[] {
  const buckets: ComparisonNode[] = [
    { kind: 'bucket', label: vscode.l10n.t('Only in {0}', file), icon: 'diff-added', mentions: comparison.onlyImported.map((m) => ({ mention: m, note: m.type })) },
    { kind: 'bucket', label: vscode.l10n.t('Only found by News Annotator'), icon: 'diff-removed', mentions: comparison.onlyEngine.map((m) => ({ mention: m, note: m.type })) },
    { kind: 'bucket', label: vscode.l10n.t('Different type'), icon: 'diff-modified', mentions: comparison.typeDiffers.map((d) => ({ mention: d.imported, note: vscode.l10n.t('{0} in {1}, {2} here', d.imported.type, file, d.engine.type) })) },
    { kind: 'bucket', label: vscode.l10n.t('Agree'), icon: 'check', mentions: comparison.agree.map((m) => ({ mention: m, note: m.type })) },
  ];
  return buckets.filter((b) => b.kind === 'bucket' && b.mentions.length > 0);
}

class ComparisonProvider implements vscode.TreeDataProvider<ComparisonNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  document: vscode.TextDocument | undefined;

  constructor(private readonly cache: AnalysisCache, private readonly imported: ImportedAnnotations) {}

  refresh(): void {
    this.emitter.fire();
  }

  async getChildren(node?: ComparisonNode): Promise<ComparisonNode[]> {
    if (node) return node.kind === 'bucket' ? node.mentions.map(({ mention, note }) => ({ kind: 'item', mention, note })) : [];
    const document = this.document;
    const imported = document && this.imported.get(document);
    if (!document || !imported) return [];
    const engine = await this.cache.get(document);
    if (this.imported.get(document) !== imported) return [];
    return comparisonBuckets(compareAnnotations(engine, imported.analysis), imported.file);
  }

  getTreeItem(node: ComparisonNode): vscode.TreeItem {
    if (node.kind === 'bucket') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.mentions.length}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
    item.description = node.note;
    if (this.document) {
      item.command = { command: COMMANDS.revealSpan, title: vscode.l10n.t('Reveal in Article'), arguments: [this.document.uri, node.mention.start, node.mention.end] };
    }
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/**
 * The comparison layer: imported mentions boxed with a dashed outline over the engine's highlights,
 * and the Comparison view listing where the two annotations agree and differ.
 */
export function registerComparison(cache: AnalysisCache, imported: ImportedAnnotations): { disposable: vscode.Disposable; tree: vscode.TreeDataProvider<ComparisonNode> } {
  const decoration = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor(COLORS.importedBorder),
    overviewRulerColor: new vscode.ThemeColor(COLORS.importedBorder),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const provider = new ComparisonProvider(cache, imported);
  const view = vscode.window.createTreeView(VIEWS.comparison, { treeDataProvider: provider, showCollapseAll: true });
  const describe = (): void => {
    const current = provider.document && imported.get(provider.document);
    view.description = current?.file;
    view.message = current ? undefined : vscode.l10n.t('Run “News Annotator: Import Annotations (JSON or brat)…” to compare a gold or another annotator’s file with this article’s annotations.');
  };
  const paint = (): void => {
    for (const editor of vscode.window.visibleTextEditors) {
      const current = imported.get(editor.document);
      editor.setDecorations(decoration, current ? current.analysis.mentions.map((m) => toRange(editor.document, m)) : []);
    }
  };
  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor && editor.document.uri.scheme !== 'output') provider.document = editor.document;
    describe();
    provider.refresh();
  };
  follow(vscode.window.activeTextEditor);
  const disposable = vscode.Disposable.from(
    decoration,
    view,
    provider,
    imported.onDidChange(() => {
      paint();
      describe();
      provider.refresh();
    }),
    cache.onDidAnalyzeInTurn('comparison', ({ uri }) => {
      if (provider.document?.uri.toString() === uri.toString() && provider.document && imported.get(provider.document)) provider.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.window.onDidChangeVisibleTextEditors(paint),
  );
  return { disposable, tree: provider };
}
