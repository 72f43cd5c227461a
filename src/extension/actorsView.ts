import * as path from 'path';
import * as vscode from 'vscode';
import { groupActors } from '../core';
import type { Actor, ActorGroup, Analysis, ArticleEvent, Mention } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS, CONTEXT_VALUES, VIEWS } from './ids';
import { isArticle, type Settings } from './settings';

/** A node of the Actors or Events tree. */
export type TreeNode =
  | { kind: 'group'; group: ActorGroup }
  | { kind: 'actor'; actor: Actor }
  | { kind: 'mention'; mention: Mention }
  | { kind: 'event'; event: ArticleEvent };

interface Current {
  document: vscode.TextDocument;
  analysis: Analysis;
}

const SNIPPET = 30;
const MIN_EVENT_CONFIDENCE = 0.6;

/** Serves both trees from the analysis of the active article; one refresh per finished analysis. */
class ArticleTrees {
  private current: Current | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly cache: AnalysisCache, private readonly settings: () => Settings) {}

  /** The article the trees show: the active editor's, or the last article that was active. */
  document: vscode.TextDocument | undefined;

  async analysis(): Promise<Current | undefined> {
    const document = this.document;
    if (!document || document.isClosed) return undefined;
    const analysis = await this.cache.get(document);
    this.current = { document, analysis };
    return this.current;
  }

  follow(editor: vscode.TextEditor | undefined): void {
    if (editor && isArticle(editor.document, this.settings()) && editor.document !== this.document) {
      this.document = editor.document;
      this.changed.fire();
    }
  }

  refresh(): void {
    this.changed.fire();
  }

  currentActors(): Actor[] {
    return this.current?.analysis.actors ?? [];
  }

  mentionItem(mention: Mention): vscode.TreeItem {
    const doc = this.current?.document;
    const text = doc?.getText() ?? '';
    const before = text.slice(Math.max(0, mention.start - SNIPPET), mention.start).replace(/\s+/gu, ' ');
    const after = text.slice(mention.end, mention.end + SNIPPET).replace(/\s+/gu, ' ');
    const item = new vscode.TreeItem(mention.text, vscode.TreeItemCollapsibleState.None);
    const position = doc?.positionAt(mention.start);
    item.description = `…${before}[${mention.text}]${after}…`;
    item.tooltip = position ? `Line ${position.line + 1}, column ${position.character + 1}` : undefined;
    item.contextValue = CONTEXT_VALUES.mention;
    item.id = `${doc?.uri.toString()}|${mention.id}`;
    if (doc) item.command = { command: COMMANDS.revealSpan, title: 'Reveal in Article', arguments: [doc.uri, mention.start, mention.end] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

class ActorsProvider implements vscode.TreeDataProvider<TreeNode> {
  constructor(private readonly trees: ArticleTrees) {}
  get onDidChangeTreeData(): vscode.Event<void> {
    return this.trees.onDidChange;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const current = await this.trees.analysis();
    if (!current) return [];
    const { analysis } = current;
    if (!node) return groupActors(analysis).filter((g) => g.actors.length > 0).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group') return node.group.actors.map((actor) => ({ kind: 'actor', actor }));
    if (node.kind === 'actor') {
      const ids = new Set(node.actor.mentionIds);
      return analysis.mentions.filter((m) => ids.has(m.id)).map((mention) => ({ kind: 'mention', mention }));
    }
    return [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const uri = this.trees.document?.uri.toString();
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.group.actors.length}`;
      item.id = `${uri}|group:${node.group.type}`;
      item.contextValue = CONTEXT_VALUES.group;
      return item;
    }
    if (node.kind === 'actor') {
      const { actor } = node;
      const count = actor.mentionIds.length;
      const item = new vscode.TreeItem(actor.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = [`${count} mention${count === 1 ? '' : 's'}`, actor.role].filter(Boolean).join(' · ');
      item.tooltip = [actor.name, actor.role, actor.aliases.length ? `Also: ${actor.aliases.join(', ')}` : ''].filter(Boolean).join('\n');
      item.id = `${uri}|${actor.id}`;
      item.contextValue = CONTEXT_VALUES.actor;
      item.iconPath = new vscode.ThemeIcon(actor.type === 'PERSON' ? 'person' : actor.type === 'ORG' ? 'organization' : 'location');
      return item;
    }
    if (node.kind === 'mention') return this.trees.mentionItem(node.mention);
    return new vscode.TreeItem('');
  }
}

class EventsProvider implements vscode.TreeDataProvider<TreeNode> {
  constructor(private readonly trees: ArticleTrees) {}
  get onDidChangeTreeData(): vscode.Event<void> {
    return this.trees.onDidChange;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const current = await this.trees.analysis();
    if (!current || node) return [];
    return current.analysis.events.filter((e) => e.confidence >= MIN_EVENT_CONFIDENCE).map((event) => ({ kind: 'event', event }));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind !== 'event') return new vscode.TreeItem('');
    const { event } = node;
    const names = (ids: string[]): string => ids.map((id) => this.name(id)).join(', ');
    const agent = names(event.agentActorIds) || '?';
    const patient = names(event.patientActorIds);
    const item = new vscode.TreeItem(`${agent} — ${event.trigger.text}${patient ? ` → ${patient}` : ''}`, vscode.TreeItemCollapsibleState.None);
    item.description = [event.type, event.time?.text].filter(Boolean).join(' · ');
    item.id = `${this.trees.document?.uri.toString()}|${event.id}`;
    item.contextValue = CONTEXT_VALUES.event;
    item.iconPath = new vscode.ThemeIcon('symbol-event');
    const doc = this.trees.document;
    if (doc) item.command = { command: COMMANDS.revealSpan, title: 'Reveal in Article', arguments: [doc.uri, event.trigger.start, event.trigger.end] };
    return item;
  }

  private name(id: string): string {
    return this.trees.currentActors().find((a) => a.id === id)?.name ?? id;
  }
}

/** What the trees expose to the integration tests. */
export interface Trees {
  actors: vscode.TreeDataProvider<TreeNode>;
  events: vscode.TreeDataProvider<TreeNode>;
}

/** Registers the Actors and Events views and keeps them on the active article. */
export function registerTrees(cache: AnalysisCache, settings: () => Settings): { disposable: vscode.Disposable; trees: Trees; refresh(): void } {
  const trees = new ArticleTrees(cache, settings);
  const actors = new ActorsProvider(trees);
  const events = new EventsProvider(trees);
  const actorsView = vscode.window.createTreeView(VIEWS.actors, { treeDataProvider: actors, showCollapseAll: true });
  const eventsView = vscode.window.createTreeView(VIEWS.events, { treeDataProvider: events });
  const describe = (): void => {
    const doc = trees.document;
    const message = !doc ? 'Open a news article (.txt) to see its actors and events.'
      : cache.isTooLong(doc) ? `Not analyzed: this article is longer than newsAnnotator.maxArticleLength (${settings().maxArticleLength} characters).`
        : undefined;
    for (const view of [actorsView, eventsView]) {
      view.message = message;
      view.description = doc ? path.basename(doc.uri.fsPath || doc.uri.path) : undefined;
    }
  };
  trees.follow(vscode.window.activeTextEditor);
  describe();
  const disposable = vscode.Disposable.from(
    actorsView,
    eventsView,
    trees,
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      trees.follow(editor);
      describe();
    }),
    cache.onDidAnalyze(({ uri }) => {
      if (uri.toString() === trees.document?.uri.toString() && (actorsView.visible || eventsView.visible)) trees.refresh();
    }),
    actorsView.onDidChangeVisibility(() => trees.refresh()),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc === trees.document) {
        trees.document = undefined;
        describe();
        trees.refresh();
      }
    }),
  );
  return { disposable, trees: { actors, events }, refresh: () => { describe(); trees.refresh(); } };
}
