import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS } from './ids';
import { isArticle, type Settings } from './settings';

/** Counts for the active article, with words as well as icons; hidden for other files. */
export function statusText(analysis: Analysis): { text: string; tooltip: string } {
  const count = (type: string): number => analysis.actors.filter((a) => a.type === type).length;
  const speech = analysis.quotes.filter((q) => q.kind === 'speech');
  const unattributed = speech.filter((q) => !q.speakerActorId).length;
  return {
    text: `$(person) ${count('PERSON')} $(organization) ${count('ORG')} $(location) ${count('PLACE')} $(quote) ${speech.length}`,
    tooltip: vscode.l10n.t('News Annotator: {0} people, {1} organizations, {2} places, {3} quotes ({4} without a speaker), {5} events. Click to open the sidebar.',
      count('PERSON'), count('ORG'), count('PLACE'), speech.length, unattributed, analysis.events.length),
  };
}

/** One status bar item for the active article; click focuses the sidebar. */
export function registerStatusBar(cache: AnalysisCache, settings: () => Settings): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Annotator';
  item.command = COMMANDS.showSidebar;
  const show = (editor: vscode.TextEditor | undefined, analysis?: Analysis): void => {
    if (!editor || !isArticle(editor.document, settings())) {
      item.hide();
      return;
    }
    const current = analysis ?? cache.peek(editor.document);
    if (!current) return;
    const { text, tooltip } = statusText(current);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };
  show(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor((editor) => show(editor)),
    cache.onDidAnalyzeInTurn('status bar', ({ uri, analysis }) => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === uri.toString()) show(editor, analysis);
    }),
  );
}
