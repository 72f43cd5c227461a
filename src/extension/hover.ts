import * as vscode from 'vscode';
import { describeActor, mentionAt } from '../core';
import type { Analysis, Mention, Quote } from '../core';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './ranges';
import { isArticle, type Settings } from './settings';

const TYPE_LABELS: Record<string, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place', DATE: 'date' };
const MAX_SNIPPET = 240;

const clip = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_SNIPPET ? `${flat.slice(0, MAX_SNIPPET - 1)}…` : flat;
};

/**
 * Builds the card for a mention. Article text is untrusted: it only ever goes through appendText,
 * which escapes markdown, so it can never become a link, HTML or a command.
 */
export function mentionCard(text: string, analysis: Analysis, mention: Mention): vscode.MarkdownString {
  const card = new vscode.MarkdownString('', false);
  card.isTrusted = false;
  card.supportHtml = false;
  if (!mention.actorId) {
    card.appendMarkdown('**').appendText(mention.text).appendMarkdown('** — date');
    return card;
  }
  const info = describeActor(text, analysis, mention.actorId);
  if (!info) return card;
  const { actor } = info;
  card.appendMarkdown('**').appendText(actor.name).appendMarkdown(`** — ${TYPE_LABELS[actor.type]}`);
  if (actor.role) card.appendMarkdown('\n\nRole: ').appendText(actor.role);
  if (actor.aliases.length) card.appendMarkdown('\n\nAlso: ').appendText(actor.aliases.join(', '));
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  card.appendMarkdown(`\n\n${plural(info.mentionCount, 'mention')} · ${plural(info.quotes.length, 'quote')} · ${plural(info.events.length, 'event')}`);
  if (info.firstSentence) card.appendMarkdown('\n\nFirst mention: ').appendText(clip(info.firstSentence));
  for (const quote of info.quotes.slice(0, 3)) card.appendMarkdown('\n\n> ').appendText(clip(quote.text));
  return card;
}

function quoteCard(analysis: Analysis, quote: Quote): vscode.MarkdownString {
  const card = new vscode.MarkdownString('', false);
  card.isTrusted = false;
  const speaker = analysis.actors.find((a) => a.id === quote.speakerActorId);
  card.appendMarkdown(`**Quote** — ${quote.kind}`);
  if (quote.kind === 'speech') {
    card.appendMarkdown('\n\nSpeaker: ');
    if (speaker) card.appendText(speaker.name);
    else card.appendMarkdown('_unknown_');
    if (quote.cue) card.appendMarkdown(' · cue: ').appendText(quote.cue.text);
  }
  return card;
}

/** Hover cards for mentions and quotes in articles; they read the cache and honour cancellation. */
export function registerHover(cache: AnalysisCache, settings: () => Settings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    [{ language: 'plaintext' }, { language: 'news' }],
    {
      async provideHover(document, position, token) {
        if (!isArticle(document, settings())) return undefined;
        const version = document.version;
        const analysis = await cache.get(document);
        if (token.isCancellationRequested || document.version !== version) return undefined;
        const offset = document.offsetAt(position);
        const mention = mentionAt(analysis, offset);
        if (mention) return new vscode.Hover(mentionCard(document.getText(), analysis, mention), toRange(document, mention));
        const quote = analysis.quotes.find((q) => q.start <= offset && offset < q.end);
        if (quote) return new vscode.Hover(quoteCard(analysis, quote), toRange(document, quote));
        return undefined;
      },
    },
  );
}
