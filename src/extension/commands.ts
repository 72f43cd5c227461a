import * as path from 'path';
import * as vscode from 'vscode';
import { BRAT_ANNOTATION_CONF, EXPORT_EXTENSIONS, fromBrat, fromExportJson, renderExport } from '../core';
import type { Analysis, ExportFormat, LexiconEntry } from '../core';
import type { AnalysisWorker } from './analysisWorker';
import type { AnalysisCache } from './analysisCache';
import type { ImportedAnnotations } from './comparison';
import type { ExportLedger, OverwritePolicy } from './exportLedger';
import { COMMANDS, SETTINGS_SECTION, VIEW_CONTAINER } from './ids';

/** How exports write: through the ledger, under the overwrite policy. */
interface Writer {
  ledger: ExportLedger;
  policy: () => OverwritePolicy;
}

const notOverwritten = (file: string): string =>
  vscode.l10n.t('News Annotator: {0} changed since the last export; not overwritten (setting newsAnnotator.export.overwriteEdited).', file);

/** Writes an export unless it would overwrite an edited file without leave; returns whether it wrote. */
async function writeExportFile(writer: Writer, target: vscode.Uri, content: string, policy = writer.policy()): Promise<boolean> {
  if (!(await writer.ledger.mayOverwrite(target, policy))) return false;
  await writeAtomically(target, content);
  await writer.ledger.record(target, content);
  return true;
}

async function exportJson(cache: AnalysisCache, writer: Writer, log: vscode.LogOutputChannel, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: open an article (.txt) in the editor first, then run the export.'));
    return undefined;
  }
  try {
    const analysis = await cache.get(document);
    if (document.isUntitled || document.uri.scheme !== 'file') {
      const json = renderExport('json', document.getText(), analysis, { source: document.uri.toString(), created: new Date().toISOString() });
      const untitled = await vscode.workspace.openTextDocument({ language: 'json', content: json });
      await vscode.window.showTextDocument(untitled, { preview: false });
      return untitled.uri;
    }
    const out = await writeExport(writer, document.uri, 'json', document.getText(), analysis);
    if (!out) {
      void vscode.window.showWarningMessage(notOverwritten(path.posix.basename(besideArticle(document.uri, 'json').path)));
      return undefined;
    }
    await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(
      vscode.l10n.t('News Annotator: exported {0} mentions, {1} quotes and {2} events to {3}.', analysis.mentions.length, analysis.quotes.length, analysis.events.length, path.posix.basename(out.path)));
    return out;
  } catch (error) {
    log.error(`Export failed: ${(error as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the export failed: {0}', (error as Error).message));
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

const formats = (): { label: string; description: string; format: ExportFormat }[] => [
  { label: 'JSON', description: vscode.l10n.t('the full record (*.annotations.json)'), format: 'json' },
  { label: 'W3C Web Annotation', description: vscode.l10n.t('JSON-LD collection (*.annotations.jsonld)'), format: 'w3c' },
  { label: 'brat standoff', description: vscode.l10n.t('*.ann plus annotation.conf, for brat and INCEpTION'), format: 'brat' },
];

async function pickFormat(format: ExportFormat | undefined): Promise<ExportFormat | undefined> {
  if (format && formats().some((f) => f.format === format)) return format;
  return (await vscode.window.showQuickPick(formats(), { title: vscode.l10n.t('News Annotator: export format') }))?.format;
}

/** Writes through a temporary file and a rename, so a failed write leaves the previous file intact. */
async function writeAtomically(target: vscode.Uri, content: string): Promise<void> {
  const temporary = target.with({ path: `${target.path}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
}

/** Where an export of `article` in `format` goes: beside it, with the format's ending. */
function besideArticle(article: vscode.Uri, format: ExportFormat): vscode.Uri {
  const base = path.posix.basename(article.path).replace(/\.(txt|news)$/iu, '');
  return vscode.Uri.joinPath(article, '..', `${base}${EXPORT_EXTENSIONS[format]}`);
}

/** Writes the export beside the article; undefined when an edited target was kept. */
async function writeExport(writer: Writer, article: vscode.Uri, format: ExportFormat, text: string, analysis: Parameters<typeof renderExport>[2], policy?: OverwritePolicy): Promise<vscode.Uri | undefined> {
  const out = besideArticle(article, format);
  const relative = article.scheme === 'file' ? vscode.workspace.asRelativePath(article, false) : undefined;
  const content = renderExport(format, text, analysis, { path: relative, source: article.toString(), created: new Date().toISOString() });
  if (!(await writeExportFile(writer, out, content, policy))) return undefined;
  // A customized annotation.conf is configuration: kept as it is, never asked about.
  if (format === 'brat') await writeExportFile(writer, vscode.Uri.joinPath(article, '..', 'annotation.conf'), BRAT_ANNOTATION_CONF, 'never');
  return out;
}

/** Exports the active (or given) article in a chosen format beside it. */
async function exportAs(cache: AnalysisCache, writer: Writer, log: vscode.LogOutputChannel, formatArg?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: open a saved article (.txt) in the editor first, then export it.'));
    return undefined;
  }
  const format = await pickFormat(formatArg);
  if (!format) return undefined;
  try {
    const out = await writeExport(writer, document.uri, format, document.getText(), await cache.get(document));
    if (!out) {
      void vscode.window.showWarningMessage(notOverwritten(path.posix.basename(besideArticle(document.uri, format).path)));
      return undefined;
    }
    if (format !== 'brat') await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: exported {0}.', path.posix.basename(out.path)));
    return out;
  } catch (error) {
    log.error(`Export failed: ${(error as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the export failed: {0}', (error as Error).message));
    return undefined;
  }
}

/** The outcome of a folder export. */
export interface FolderExport {
  exported: string[];
  failed: { file: string; error: string }[];
  /** Articles whose export file changed since the last export and was kept. */
  kept: string[];
  cancelled: boolean;
}

/** Exports every .txt article of a folder, with a cancellable progress notification. */
async function exportFolder(worker: AnalysisWorker, writer: Writer, lexicon: () => LexiconEntry[], log: vscode.LogOutputChannel, folderArg?: vscode.Uri, formatArg?: ExportFormat): Promise<FolderExport | undefined> {
  const folder = folderArg ?? (vscode.workspace.workspaceFolders?.length === 1
    ? vscode.workspace.workspaceFolders[0].uri
    : (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder to export') }))?.uri);
  if (!folder) return undefined;
  const format = await pickFormat(formatArg);
  if (!format) return undefined;
  const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), '**/node_modules/**'))
    .sort((a, b) => a.path.localeCompare(b.path));
  const result: FolderExport = { exported: [], failed: [], kept: [], cancelled: false };
  // One question for all edited targets instead of one per file.
  let policy = writer.policy();
  if (policy === 'ask') {
    const states = await Promise.all(files.map((file) => writer.ledger.stateOf(besideArticle(file, format))));
    const edited = states.filter((state) => state === 'edited').length;
    if (edited > 0) {
      const overwrite = vscode.l10n.t('Overwrite');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} of the {1} export files changed since News Annotator last wrote them. Overwrite them?', edited, files.length),
        { modal: true }, overwrite, vscode.l10n.t('Keep Them'));
      if (choice === undefined) return undefined;
      policy = choice === overwrite ? 'always' : 'never';
    }
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Annotator: exporting'), cancellable: true }, async (progress, token) => {
    for (const [k, file] of files.entries()) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const name = vscode.workspace.asRelativePath(file, false);
      progress.report({ message: `${k + 1}/${files.length} ${name}`, increment: 100 / files.length });
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(file));
        if (await writeExport(writer, file, format, text, await worker.analyze(text, { lexicon: lexicon() }), policy)) result.exported.push(name);
        else result.kept.push(name);
      } catch (error) {
        const message = error instanceof TypeError ? 'not valid UTF-8 text' : (error as Error).message;
        result.failed.push({ file: name, error: message });
        log.warn(`Export of ${name} failed: ${message}`);
      }
    }
  });
  const summary = result.cancelled
    ? vscode.l10n.t('News Annotator: exported {0} of {1} articles (cancelled).', result.exported.length, files.length)
    : vscode.l10n.t('News Annotator: exported {0} of {1} articles.', result.exported.length, files.length);
  const kept = result.kept.length ? ` ${vscode.l10n.t('Kept {0} edited export file(s): {1}.', result.kept.length, result.kept.join(', '))}` : '';
  if (result.failed.length) void vscode.window.showWarningMessage(`${summary} ${vscode.l10n.t('Not exported: {0}.', result.failed.map((f) => `${f.file} (${f.error})`).join(', '))}${kept}`);
  else if (kept) void vscode.window.showWarningMessage(`${summary}${kept}`);
  else void vscode.window.showInformationMessage(summary);
  return result;
}

/**
 * Shows annotations from a file (our JSON export, or brat .ann from brat, INCEpTION or our own
 * export) over the article's own, with a distinct outline and the Comparison view, until it is edited.
 */
async function importAnnotations(imported: ImportedAnnotations, log: vscode.LogOutputChannel, fileArg?: vscode.Uri, articleArg?: vscode.Uri): Promise<Analysis | undefined> {
  const document = articleArg ? await vscode.workspace.openTextDocument(articleArg) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: open the article (.txt) the annotations belong to first, then import them.'));
    return undefined;
  }
  const file = fileArg ?? (await vscode.window.showOpenDialog({
    title: vscode.l10n.t('News Annotator: import annotations for this article'),
    defaultUri: document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..') : undefined,
    filters: { [vscode.l10n.t('News Annotator JSON or brat standoff')]: ['json', 'ann'] },
    canSelectMany: false,
  }))?.[0];
  if (!file) return undefined;
  const name = path.posix.basename(file.path);
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error('not valid UTF-8 text');
    }
    const text = document.getText();
    const analysis = /\.ann$/iu.test(file.path) ? fromBrat(text, content) : fromExportJson(JSON.parse(content), text);
    imported.set(document, name, analysis);
    void vscode.window.showInformationMessage(
      vscode.l10n.t("News Annotator: comparing {0} mentions from {1} with this article's annotations (dashed outlines, Comparison view) until it is edited.", analysis.mentions.length, name));
    return analysis;
  } catch (error) {
    const message = (error as Error).message;
    log.error(`Import of ${name} failed: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: could not import {0}: {1}', name, message));
    return undefined;
  }
}

async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers the export, re-analyze, toggle and reveal commands. */
export function registerCommands(
  cache: AnalysisCache,
  worker: AnalysisWorker,
  lexicon: () => LexiconEntry[],
  log: vscode.LogOutputChannel,
  refresh: () => void,
  writer: Writer,
  imported: ImportedAnnotations,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportAs, (format?: ExportFormat, uri?: vscode.Uri) => exportAs(cache, writer, log, format, uri)),
    vscode.commands.registerCommand(COMMANDS.exportFolder, (folder?: vscode.Uri, format?: ExportFormat) =>
      exportFolder(worker, writer, lexicon, log, folder instanceof vscode.Uri ? folder : undefined, format)),
    vscode.commands.registerCommand(COMMANDS.exportJson, (uri?: vscode.Uri | string) =>
      exportJson(cache, writer, log, uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined)),
    vscode.commands.registerCommand(COMMANDS.reanalyze, () => {
      cache.clear();
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.toggleDecorations, async () => {
      const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
      await config.update('decorations.enabled', !config.get<boolean>('decorations.enabled', true), vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand(COMMANDS.importAnnotations, (file?: vscode.Uri, article?: vscode.Uri) =>
      importAnnotations(imported, log, file instanceof vscode.Uri ? file : undefined, article)),
    vscode.commands.registerCommand(COMMANDS.clearImported, (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (target) imported.clear(target);
    }),
    vscode.commands.registerCommand(COMMANDS.revealSpan, revealSpan),
    vscode.commands.registerCommand(COMMANDS.showMentions, (uri?: string, actorId?: string) => showMentions(cache, uri, actorId)),
    vscode.commands.registerCommand(COMMANDS.showSidebar, () => vscode.commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER}`)),
  );
}
