import * as path from 'path';
import * as vscode from 'vscode';
import { eventLabel, eventTimeline, eventsOf, groupActors, mentionAt, quotesBySpeaker } from '../core';
import type { Actor, ActorGroup, Analysis, ArticleEvent, Mention, Participant, Quote, QuoteGroup } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS, CONTEXT_VALUES, VIEWS } from './ids';
import { isArticle, type Settings } from './settings';

/** A node of the Actors or Events tree. */
export type TreeNode =
  | { kind: 'group'; group: ActorGroup }
  | { kind: 'actor'; actor: Actor }
  | { kind: 'mention'; mention: Mention }
  | { kind: 'event'; event: ArticleEvent }
  | { kind: 'undated'; events: ArticleEvent[] }
  | { kind: 'participant'; participant: Participant; role: 'agent' | 'patient'; eventId: string }
  | { kind: 'speaker'; group: QuoteGroup }
  | { kind: 'quote'; quote: Quote };

interface Current {
  document: vscode.TextDocument;
  analysis: Analysis;
}

const SNIPPET = 30;
/** Events below this confidence stay out of the trees unless newsAnnotator.events.showLowConfidence is on. */
const MIN_EVENT_CONFIDENCE = 0.6;

/** Serves both trees from the analysis of the active article; one refresh per finished analysis. */
class ArticleTrees {
  private current: Current | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly cache: AnalysisCache, private readonly settings: () => Settings) {}

  /** The article the trees show: the active editor's, or the last article that was active. */
  document: vscode.TextDocument | undefined;

  /** The Actors tree's filter: only actors whose name, alias or role contains it ('' shows all). */
  filter = '';

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

  currentAnalysis(): Analysis | undefined {
    return this.current?.analysis;
  }

  minConfidence(): number {
    return this.settings().showLowConfidenceEvents ? 0 : MIN_EVENT_CONFIDENCE;
  }

  private reveal(span: { start: number; end: number }): vscode.Command | undefined {
    const doc = this.current?.document;
    return doc ? { command: COMMANDS.revealSpan, title: vscode.l10n.t('Reveal in Article'), arguments: [doc.uri, span.start, span.end] } : undefined;
  }

  eventItem(event: ArticleEvent): vscode.TreeItem {
    const current = this.current;
    const label = current ? eventLabel(current.document.getText(), current.analysis, event) : event.trigger.text;
    const hasParticipants = event.agents.length + event.patients.length > 0;
    const item = new vscode.TreeItem(label, hasParticipants ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.description = `${event.type} · ${Math.round(event.confidence * 100)} %`;
    item.tooltip = `${label}\n${event.type} (${event.lemma}), confidence ${event.confidence}`;
    item.id = `${current?.document.uri.toString()}|${event.id}`;
    item.contextValue = CONTEXT_VALUES.event;
    item.iconPath = new vscode.ThemeIcon('symbol-event');
    item.command = this.reveal(event.trigger);
    return item;
  }

  participantItem(node: { participant: Participant; role: 'agent' | 'patient'; eventId: string }): vscode.TreeItem {
    const actor = this.currentActors().find((a) => a.id === node.participant.actorId);
    const item = new vscode.TreeItem(actor?.name ?? node.participant.text, vscode.TreeItemCollapsibleState.None);
    item.description = node.role;
    item.id = `${this.current?.document.uri.toString()}|${node.eventId}|${node.role}|${node.participant.start}`;
    item.iconPath = new vscode.ThemeIcon(actor ? (actor.type === 'PERSON' ? 'person' : actor.type === 'ORG' ? 'organization' : 'location') : 'symbol-field');
    item.command = this.reveal(node.participant);
    return item;
  }

  mentionItem(mention: Mention): vscode.TreeItem {
    const doc = this.current?.document;
    const text = doc?.getText() ?? '';
    const before = text.slice(Math.max(0, mention.start - SNIPPET), mention.start).replace(/\s+/gu, ' ');
    const after = text.slice(mention.end, mention.end + SNIPPET).replace(/\s+/gu, ' ');
    const item = new vscode.TreeItem(mention.text, vscode.TreeItemCollapsibleState.None);
    const position = doc?.positionAt(mention.start);
    item.description = `…${before}[${mention.text}]${after}…`;
    item.tooltip = position ? vscode.l10n.t('Line {0}, column {1}', position.line + 1, position.character + 1) : undefined;
    item.contextValue = CONTEXT_VALUES.mention;
    item.id = `${doc?.uri.toString()}|${mention.id}`;
    if (doc) item.command = { command: COMMANDS.revealSpan, title: vscode.l10n.t('Reveal in Article'), arguments: [doc.uri, mention.start, mention.end] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** What the three trees share: the article they show and its change event. */
abstract class ArticleTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  constructor(protected readonly trees: ArticleTrees) {}
  get onDidChangeTreeData(): vscode.Event<void> {
    return this.trees.onDidChange;
  }
  abstract getChildren(node?: TreeNode): Promise<TreeNode[]>;
  abstract getTreeItem(node: TreeNode): vscode.TreeItem;
}

class ActorsProvider extends ArticleTreeProvider {

  /** Parents, so the view can reveal an actor (the tree follows the cursor). */
  getParent(node: TreeNode): TreeNode | undefined {
    const analysis = this.trees.currentAnalysis();
    if (!analysis) return undefined;
    if (node.kind === 'actor') {
      const group = groupActors(analysis, this.trees.filter).find((g) => g.type === node.actor.type);
      return group ? { kind: 'group', group } : undefined;
    }
    if (node.kind === 'mention' && node.mention.actorId) {
      const actor = analysis.actors.find((a) => a.id === node.mention.actorId);
      return actor ? { kind: 'actor', actor } : undefined;
    }
    return undefined;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const current = await this.trees.analysis();
    if (!current) return [];
    const { analysis } = current;
    if (!node) return groupActors(analysis, this.trees.filter).filter((g) => g.actors.length > 0).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group') return node.group.actors.map((actor) => ({ kind: 'actor', actor }));
    if (node.kind === 'actor') {
      const ids = new Set(node.actor.mentionIds);
      const mentions: TreeNode[] = analysis.mentions.filter((m) => ids.has(m.id)).map((mention) => ({ kind: 'mention', mention }));
      const events: TreeNode[] = eventsOf(analysis, node.actor.id).filter((e) => e.confidence >= this.trees.minConfidence())
        .map((event) => ({ kind: 'event', event }));
      return [...mentions, ...events];
    }
    if (node.kind === 'event') return participantsOf(node.event);
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
      item.description = [count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', count), actor.role].filter(Boolean).join(' · ');
      item.tooltip = [actor.name, actor.role, actor.aliases.length ? vscode.l10n.t('Also: {0}', actor.aliases.join(', ')) : ''].filter(Boolean).join('\n');
      item.id = `${uri}|${actor.id}`;
      item.contextValue = CONTEXT_VALUES.actor;
      item.iconPath = new vscode.ThemeIcon(actor.type === 'PERSON' ? 'person' : actor.type === 'ORG' ? 'organization' : 'location');
      return item;
    }
    if (node.kind === 'mention') return this.trees.mentionItem(node.mention);
    if (node.kind === 'event') return this.trees.eventItem(node.event);
    if (node.kind === 'participant') return this.trees.participantItem(node);
    return new vscode.TreeItem('');
  }
}

function participantsOf(event: ArticleEvent): TreeNode[] {
  return [
    ...event.agents.map((participant): TreeNode => ({ kind: 'participant', participant, role: 'agent', eventId: event.id })),
    ...event.patients.map((participant): TreeNode => ({ kind: 'participant', participant, role: 'patient', eventId: event.id })),
  ];
}

class EventsProvider extends ArticleTreeProvider {

  /** A timeline: dated events in date order, then the undated ones under their own node. */
  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const current = await this.trees.analysis();
    if (!current) return [];
    if (!node) {
      const { dated, undated } = eventTimeline(current.analysis, this.trees.minConfidence());
      const roots: TreeNode[] = dated.map((event) => ({ kind: 'event', event }));
      return undated.length ? [...roots, { kind: 'undated', events: undated }] : roots;
    }
    if (node.kind === 'undated') return node.events.map((event) => ({ kind: 'event', event }));
    if (node.kind === 'event') return participantsOf(node.event);
    return [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'event') return this.trees.eventItem(node.event);
    if (node.kind === 'participant') return this.trees.participantItem(node);
    if (node.kind === 'undated') {
      const item = new vscode.TreeItem(vscode.l10n.t('Undated'), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.events.length}`;
      item.id = `${this.trees.document?.uri.toString()}|undated`;
      item.iconPath = new vscode.ThemeIcon('calendar');
      return item;
    }
    return new vscode.TreeItem('');
  }
}

class QuotesProvider extends ArticleTreeProvider {

  /** Speakers (then unattributed quotes, then titles and scare quotes), each with its quotes. */
  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const current = await this.trees.analysis();
    if (!current) return [];
    if (!node) return quotesBySpeaker(current.analysis).map((group) => ({ kind: 'speaker', group }));
    if (node.kind === 'speaker') return node.group.quotes.map((quote) => ({ kind: 'quote', quote }));
    return [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const uri = this.trees.document?.uri.toString();
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.group.quotes.length}`;
      item.id = `${uri}|speaker:${node.group.actorId ?? node.group.label}`;
      item.iconPath = new vscode.ThemeIcon(node.group.actorId ? 'person' : 'question');
      return item;
    }
    if (node.kind === 'quote') {
      const { quote } = node;
      const flat = quote.text.replace(/\s+/gu, ' ');
      const item = new vscode.TreeItem(flat.length > 80 ? `${flat.slice(0, 79)}…` : flat, vscode.TreeItemCollapsibleState.None);
      item.description = quote.kind === 'speech' ? quote.cue?.text ?? '' : quote.kind;
      item.tooltip = flat;
      item.id = `${uri}|${quote.id}`;
      item.contextValue = CONTEXT_VALUES.quote;
      item.iconPath = new vscode.ThemeIcon('quote');
      if (this.trees.document) item.command = { command: COMMANDS.revealSpan, title: vscode.l10n.t('Reveal in Article'), arguments: [this.trees.document.uri, quote.start, quote.end] };
      return item;
    }
    return new vscode.TreeItem('');
  }
}

/** What the trees expose to the integration tests. */
export interface Trees {
  actors: vscode.TreeDataProvider<TreeNode>;
  events: vscode.TreeDataProvider<TreeNode>;
  quotes: vscode.TreeDataProvider<TreeNode>;
}

/** Registers the Actors, Events and Quotes views and keeps them on the active article. */
export function registerTrees(cache: AnalysisCache, settings: () => Settings): { disposable: vscode.Disposable; trees: Trees; refresh(): void } {
  const trees = new ArticleTrees(cache, settings);
  const actors = new ActorsProvider(trees);
  const events = new EventsProvider(trees);
  const quotes = new QuotesProvider(trees);
  const actorsView = vscode.window.createTreeView(VIEWS.actors, { treeDataProvider: actors, showCollapseAll: true });
  const eventsView = vscode.window.createTreeView(VIEWS.events, { treeDataProvider: events, showCollapseAll: true });
  const quotesView = vscode.window.createTreeView(VIEWS.quotes, { treeDataProvider: quotes, showCollapseAll: true });
  const views = [actorsView, eventsView, quotesView];
  let analysisVersion = -1;
  const describe = (): void => {
    const doc = trees.document;
    const message = !doc ? vscode.l10n.t('Open a news article (.txt) to see its actors and events.')
      : cache.isTooLong(doc) ? vscode.l10n.t('Not analyzed: this article is longer than newsAnnotator.maxArticleLength ({0} characters).', settings().maxArticleLength)
        : undefined;
    for (const view of views) {
      view.message = message;
      view.description = doc ? path.basename(doc.uri.fsPath || doc.uri.path) : undefined;
    }
    if (trees.filter) actorsView.description = [actorsView.description, vscode.l10n.t('filter “{0}”', trees.filter)].filter(Boolean).join(' · ');
  };
  /** Sets the Actors filter (asked for when not given; empty clears it). */
  const filterActors = async (value?: string): Promise<string | undefined> => {
    const filter = typeof value === 'string' ? value : await vscode.window.showInputBox({
      title: vscode.l10n.t('News Annotator: filter actors'),
      prompt: vscode.l10n.t('Show only actors whose name, alias or role contains this text (empty shows all)'),
      value: trees.filter,
    });
    if (filter === undefined) return undefined;
    trees.filter = filter.trim();
    await vscode.commands.executeCommand('setContext', 'newsAnnotator.actorsFiltered', trees.filter !== '');
    describe();
    trees.refresh();
    return trees.filter;
  };
  trees.follow(vscode.window.activeTextEditor);
  describe();
  const disposable = vscode.Disposable.from(
    ...views,
    trees,
    vscode.commands.registerCommand(COMMANDS.filterActors, filterActors),
    vscode.commands.registerCommand(COMMANDS.clearActorFilter, () => filterActors('')),
    // From a hover card: show the actor in the Actors tree (the card's article becomes the trees' article).
    vscode.commands.registerCommand(COMMANDS.revealActor, async (uriText?: string, actorId?: string): Promise<boolean> => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriText);
      if (!document || !actorId) return false;
      if (trees.document !== document) {
        trees.document = document;
        describe();
        trees.refresh();
      }
      const actor = (await cache.get(document)).actors.find((a) => a.id === actorId);
      if (!actor) return false;
      if (trees.filter) await filterActors('');
      await vscode.commands.executeCommand(`${VIEWS.actors}.focus`);
      await trees.analysis(); // getParent answers from the current analysis
      await actorsView.reveal({ kind: 'actor', actor }, { select: true, focus: true, expand: true });
      return true;
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      trees.follow(editor);
      describe();
    }),
    cache.onDidAnalyzeInTurn('trees', ({ uri, analysis, version }) => {
      if (uri.toString() !== trees.document?.uri.toString()) return;
      analysisVersion = version;
      // The Quotes view's badge counts the speech quotes nobody is said to have said.
      const unattributed = analysis.quotes.filter((q) => q.kind === 'speech' && !q.speakerActorId).length;
      quotesView.badge = unattributed ? { value: unattributed, tooltip: unattributed === 1 ? vscode.l10n.t('1 quote without a speaker') : vscode.l10n.t('{0} quotes without a speaker', unattributed) } : undefined;
      if (views.some((view) => view.visible)) trees.refresh();
    }),
    ...views.map((view) => view.onDidChangeVisibility(() => trees.refresh())),
    // The Actors tree follows the cursor: a name under it selects its actor.
    vscode.window.onDidChangeTextEditorSelection(({ textEditor, selections }) => {
      const analysis = trees.currentAnalysis();
      if (!actorsView.visible || !analysis || textEditor.document !== trees.document || textEditor.document.version !== analysisVersion) return;
      const mention = mentionAt(analysis, textEditor.document.offsetAt(selections[0].active));
      const actor = mention?.actorId ? analysis.actors.find((a) => a.id === mention.actorId) : undefined;
      if (actor) void actorsView.reveal({ kind: 'actor', actor }, { select: true, focus: false, expand: false });
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc === trees.document) {
        trees.document = undefined;
        describe();
        trees.refresh();
      }
    }),
  );
  return { disposable, trees: { actors, events, quotes }, refresh: () => { describe(); trees.refresh(); } };
}
