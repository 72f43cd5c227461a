import * as path from 'path';
import * as vscode from 'vscode';
import { toExportJson } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS, SETTINGS_SECTION, VIEW_CONTAINER } from './ids';

/** `<article>.annotations.json` beside the article (article.txt → article.annotations.json). */
export function exportUriFor(uri: vscode.Uri): vscode.Uri {
  const base = path.posix.basename(uri.path).replace(/\.(txt|news)$/iu, '');
  return vscode.Uri.joinPath(uri, '..', `${base}.annotations.json`);
}

async function exportJson(cache: AnalysisCache, log: vscode.LogOutputChannel, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showErrorMessage('News Annotator: open an article (.txt) in the editor first, then run the export.');
    return undefined;
  }
  try {
    const analysis = await cache.get(document);
    const relative = document.uri.scheme === 'file' ? vscode.workspace.asRelativePath(document.uri, false) : undefined;
    const json = `${JSON.stringify(toExportJson(document.getText(), analysis, { path: relative }), null, 2)}\n`;
    if (document.isUntitled || document.uri.scheme !== 'file') {
      const untitled = await vscode.workspace.openTextDocument({ language: 'json', content: json });
      await vscode.window.showTextDocument(untitled, { preview: false });
      return untitled.uri;
    }
    const out = exportUriFor(document.uri);
    await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(json));
    await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(
      `News Annotator: exported ${analysis.mentions.length} mentions, ${analysis.quotes.length} quotes and ${analysis.events.length} events to ${path.posix.basename(out.path)}.`);
    return out;
  } catch (error) {
    log.error(`Export failed: ${(error as Error).message}`);
    void vscode.window.showErrorMessage(`News Annotator: the export failed: ${(error as Error).message}`);
    return undefined;
  }
}

/** Shows every mention of an actor in a peek view (the references widget). Returns how many. */
async function showMentions(cache: AnalysisCache, uriText?: string, actorId?: string): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  const uri = uriText ? vscode.Uri.parse(uriText) : editor?.document.uri;
  if (!uri) return 0;
  const document = await vscode.workspace.openTextDocument(uri);
  const analysis = await cache.get(document);
  const id = actorId ?? analysis.mentions.find((m) => editor && m.start <= document.offsetAt(editor.selection.active) && document.offsetAt(editor.selection.active) <= m.end)?.actorId;
  const mentions = analysis.mentions.filter((m) => m.actorId && m.actorId === id);
  if (mentions.length === 0) return 0;
  const locations = mentions.map((m) => new vscode.Location(uri, new vscode.Range(document.positionAt(m.start), document.positionAt(m.end))));
  await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
  await vscode.commands.executeCommand('editor.action.showReferences', uri, locations[0].range.start, locations);
  return mentions.length;
}

async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers the export, re-analyze, toggle and reveal commands. */
export function registerCommands(cache: AnalysisCache, log: vscode.LogOutputChannel, refresh: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportJson, (uri?: vscode.Uri | string) =>
      exportJson(cache, log, uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined)),
    vscode.commands.registerCommand(COMMANDS.reanalyze, () => {
      cache.clear();
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.toggleDecorations, async () => {
      const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
      await config.update('decorations.enabled', !config.get<boolean>('decorations.enabled', true), vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand(COMMANDS.revealSpan, revealSpan),
    vscode.commands.registerCommand(COMMANDS.showMentions, (uri?: string, actorId?: string) => showMentions(cache, uri, actorId)),
    vscode.commands.registerCommand(COMMANDS.showSidebar, () => vscode.commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER}`)),
  );
}
