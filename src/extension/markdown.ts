// Untrusted article text inside hover markdown. No vscode import, so plain-Node unit tests cover it.

/**
 * Escapes text for a markdown hover: every ASCII punctuation character gets a backslash, so article
 * text can never form emphasis, code, HTML, a link or an autolinked URL ("http\:\/\/…"); line
 * breaks become spaces. Unlike MarkdownString.appendText it keeps spaces breakable, so long
 * sentences wrap.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/gu, ' ').replace(/[!-/:-@[-`{-~]/gu, (ch) => `\\${ch}`);
}
