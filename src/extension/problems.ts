import * as vscode from 'vscode';
import { editorialWarnings } from '../core';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './ranges';

/** Editorial warnings (unbalanced quotation marks, unattributed quotes) in the Problems panel. */
export function registerProblems(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('News Annotator');
  return vscode.Disposable.from(
    collection,
    cache.onDidAnalyze(({ uri, analysis }) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!document) return;
      collection.set(uri, editorialWarnings(analysis).map((warning) => {
        const severity = warning.code === 'unbalanced-quote' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
        const diagnostic = new vscode.Diagnostic(toRange(document, warning), warning.message, severity);
        diagnostic.source = 'News Annotator';
        diagnostic.code = warning.code;
        return diagnostic;
      }));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
}
