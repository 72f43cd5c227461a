import * as path from 'path';
import * as vscode from 'vscode';
import { sha256Hex } from '../core';

const KEY = 'newsAnnotator.exportHashes';

/** What to do with an export target that changed since we wrote it (setting newsAnnotator.export.overwriteEdited). */
export type OverwritePolicy = 'ask' | 'never' | 'always';

/** A target's state: no file yet, the file exactly as we last wrote it, or changed since (by hand or another tool). */
export type TargetState = 'new' | 'ours' | 'edited';

/**
 * Remembers (in the workspace state) a hash of what was last written to each export target, so an
 * export never silently overwrites a file someone edited since — a corrected gold .ann, say.
 */
export class ExportLedger {
  constructor(private readonly state: vscode.Memento) {}

  async stateOf(target: vscode.Uri): Promise<TargetState> {
    // Look in the folder first: reading a missing file would log an error in the workbench.
    const name = path.posix.basename(target.path);
    let bytes: Uint8Array;
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(target, '..'));
      if (!entries.some(([entry]) => entry === name)) return 'new';
      bytes = await vscode.workspace.fs.readFile(target);
    } catch {
      return 'new';
    }
    return this.hashes()[target.toString()] === sha256Hex(bytes) ? 'ours' : 'edited';
  }

  async record(target: vscode.Uri, content: string): Promise<void> {
    await this.state.update(KEY, { ...this.hashes(), [target.toString()]: sha256Hex(content) });
  }

  /** True when `target` may be written: new, ours, or the policy / the user says so. */
  async mayOverwrite(target: vscode.Uri, policy: OverwritePolicy): Promise<boolean> {
    if (policy === 'always' || (await this.stateOf(target)) !== 'edited') return true;
    if (policy === 'never') return false;
    const overwrite = vscode.l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} changed since News Annotator last wrote it (edited by hand or by another tool). Overwrite it with a new export?', path.posix.basename(target.path)),
      { modal: true }, overwrite);
    return choice === overwrite;
  }

  private hashes(): Record<string, string> {
    return this.state.get<Record<string, string>>(KEY, {});
  }
}
