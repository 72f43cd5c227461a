import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COLORS } from './ids';
import { toRange } from './ranges';
import { isArticle, type Settings } from './settings';

type Kind = 'PERSON' | 'ORG' | 'PLACE' | 'DATE' | 'QUOTE';

// Colour plus a second cue: each kind has its own underline style, so highlights read without colour.
function createTypes(): Record<Kind, vscode.TextEditorDecorationType> {
  const make = (background: string, border: string, borderStyle: string, extra: vscode.DecorationRenderOptions = {}): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(background),
      borderColor: new vscode.ThemeColor(border),
      borderStyle: `none none ${borderStyle} none`,
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor(border),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      ...extra,
    });
  return {
    PERSON: make(COLORS.personBackground, COLORS.personBorder, 'solid', { fontWeight: '600' }),
    ORG: make(COLORS.organizationBackground, COLORS.organizationBorder, 'dashed'),
    PLACE: make(COLORS.placeBackground, COLORS.placeBorder, 'dotted'),
    DATE: make(COLORS.dateBackground, COLORS.dateBorder, 'double'),
    QUOTE: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(COLORS.quoteBackground),
      fontStyle: 'italic',
      overviewRulerColor: new vscode.ThemeColor(COLORS.quoteBorder),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

/** Draws mention and quote highlights on every visible article editor when its analysis is ready. */
export function registerDecorations(cache: AnalysisCache, settings: () => Settings): vscode.Disposable {
  const types = createTypes();
  const apply = (editor: vscode.TextEditor, analysis: Analysis | undefined): void => {
    const current = settings();
    const on = current.decorationsEnabled && isArticle(editor.document, current);
    const byKind = new Map<Kind, vscode.Range[]>((Object.keys(types) as Kind[]).map((kind) => [kind, []]));
    if (on && analysis) {
      for (const mention of analysis.mentions) byKind.get(mention.type)!.push(toRange(editor.document, mention));
      for (const quote of analysis.quotes) byKind.get('QUOTE')!.push(toRange(editor.document, quote));
    }
    for (const kind of Object.keys(types) as Kind[]) {
      editor.setDecorations(types[kind], current.decorationTypes.includes(kind) ? byKind.get(kind)! : []);
    }
  };
  const refresh = (editor: vscode.TextEditor): void => {
    if (!isArticle(editor.document, settings())) {
      apply(editor, undefined);
      return;
    }
    const version = editor.document.version;
    cache.get(editor.document).then((analysis) => {
      if (editor.document.version === version) apply(editor, analysis);
    }, () => undefined);
  };
  const refreshAll = (): void => vscode.window.visibleTextEditors.forEach(refresh);
  refreshAll();
  return vscode.Disposable.from(
    ...Object.values(types),
    cache.onDidAnalyzeInTurn('highlights', ({ uri, version, analysis }) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.uri.toString() === uri.toString() && editor.document.version === version) apply(editor, analysis);
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors(refreshAll),
    { dispose: () => undefined },
  );
}

/** Re-applies highlights after a settings change. */
export function refreshVisibleEditors(cache: AnalysisCache): void {
  for (const editor of vscode.window.visibleTextEditors) cache.get(editor.document).catch(() => undefined);
}
