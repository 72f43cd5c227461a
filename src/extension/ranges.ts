import * as vscode from 'vscode';
import type { Span } from '../core';

/** A half-open engine span as an editor range of the same document version. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
