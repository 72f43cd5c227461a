import * as vscode from 'vscode';
import { adjacentMention, outline } from '../core';
import type { OutlineEntry } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS } from './ids';
import { toRange } from './ranges';
import { isArticle, registerForArticles, type Settings } from './settings';

const SYMBOL_KINDS: Record<OutlineEntry['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  place: vscode.SymbolKind.Field,
  quote: vscode.SymbolKind.String,
};

function toSymbol(document: vscode.TextDocument, entry: OutlineEntry): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(entry.name, entry.detail, SYMBOL_KINDS[entry.kind], toRange(document, entry.range), toRange(document, entry.selection));
  symbol.children = entry.children.map((child) => toSymbol(document, child));
  return symbol;
}

/** Moves the cursor to the next or previous mention of the actor under it. */
async function jumpToMention(cache: AnalysisCache, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const analysis = await cache.get(editor.document);
  const target = adjacentMention(analysis, editor.document.offsetAt(editor.selection.active), direction);
  if (!target) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('News Annotator: put the cursor on a name to jump between its mentions.'), 3000);
    return false;
  }
  const range = toRange(editor.document, target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Outline, breadcrumbs and Go to Symbol for articles, and next/previous mention commands. */
export function registerNavigation(cache: AnalysisCache, settings: () => Settings): vscode.Disposable {
  return vscode.Disposable.from(
    registerForArticles((selector) => vscode.languages.registerDocumentSymbolProvider(selector, {
      async provideDocumentSymbols(document, token) {
        if (!isArticle(document, settings())) return [];
        const analysis = await cache.get(document);
        if (token.isCancellationRequested) return [];
        return outline(analysis).map((entry) => toSymbol(document, entry));
      },
    }, { label: 'News Annotator' })),
    vscode.commands.registerCommand(COMMANDS.nextMention, () => jumpToMention(cache, 1)),
    vscode.commands.registerCommand(COMMANDS.previousMention, () => jumpToMention(cache, -1)),
  );
}
