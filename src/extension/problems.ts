import * as vscode from 'vscode';
import type { EditorialWarning } from '../core';
import type { AnalysisCache } from './analysisCache';
import { editorialOf } from './analysisWorker';
import { toRange } from './ranges';

const SOURCE = 'News Annotator';

const SEVERITY: Record<EditorialWarning['code'], vscode.DiagnosticSeverity> = {
  'unbalanced-quote': vscode.DiagnosticSeverity.Warning,
  'spelling-variant': vscode.DiagnosticSeverity.Warning,
  'unattributed-quote': vscode.DiagnosticSeverity.Information,
};

/** Quick fixes for names spelled two ways: this occurrence, or every variant, to the usual spelling. */
class SpellingFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.cache.peek(document);
    if (!analysis) return [];
    const variants = editorialOf(analysis).filter((w) => w.code === 'spelling-variant');
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE || diagnostic.code !== 'spelling-variant') continue;
      const start = document.offsetAt(diagnostic.range.start);
      const warning = variants.find((w) => w.start === start);
      if (!warning?.replacement) continue;
      const one = new vscode.CodeAction(vscode.l10n.t('Change to "{0}"', warning.replacement), vscode.CodeActionKind.QuickFix);
      one.edit = new vscode.WorkspaceEdit();
      one.edit.replace(document.uri, diagnostic.range, warning.replacement);
      one.diagnostics = [diagnostic];
      one.isPreferred = true;
      actions.push(one);
      const same = variants.filter((w) => w.replacement === warning.replacement);
      if (same.length > 1) {
        const all = new vscode.CodeAction(vscode.l10n.t('Change all {0} variants to "{1}"', same.length, warning.replacement), vscode.CodeActionKind.QuickFix);
        all.edit = new vscode.WorkspaceEdit();
        for (const w of same) all.edit.replace(document.uri, toRange(document, w), warning.replacement);
        all.diagnostics = [diagnostic];
        actions.push(all);
      }
    }
    return actions;
  }
}

/** Editorial warnings (unbalanced quotation marks, unattributed quotes, spelling variants) in the Problems panel. */
export function registerProblems(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  return vscode.Disposable.from(
    collection,
    cache.onDidAnalyzeInTurn('problems', ({ uri, version, analysis }) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!document || document.version !== version) return;
      collection.set(uri, editorialOf(analysis).map((warning) => {
        const diagnostic = new vscode.Diagnostic(toRange(document, warning), warning.message, SEVERITY[warning.code]);
        diagnostic.source = SOURCE;
        diagnostic.code = warning.code;
        return diagnostic;
      }));
    }),
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new SpellingFixes(cache), { providedCodeActionKinds: SpellingFixes.kinds }),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
}
