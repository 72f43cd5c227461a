import * as vscode from 'vscode';
import { describeActor, eventLabel, mentionAt, SPEAKER_CONFIDENCE } from '../core';
import type { Analysis, ArticleEvent, Mention, Quote } from '../core';
import type { AnalysisCache } from './analysisCache';
import { COMMANDS } from './ids';
import { escapeMarkdown } from './markdown';
import { toRange } from './ranges';
import { isArticle, registerForArticles, type Settings } from './settings';

const typeLabel = (type: string): string =>
  ({ PERSON: vscode.l10n.t('person'), ORG: vscode.l10n.t('organization'), PLACE: vscode.l10n.t('place') } as Record<string, string>)[type] ?? vscode.l10n.t('date');
const MAX_SNIPPET = 240;

const clip = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_SNIPPET ? `${flat.slice(0, MAX_SNIPPET - 1)}…` : flat;
};

/**
 * Builds the card for a mention. Article text is untrusted: it only ever goes through escapeMarkdown,
 * and the card is neither trusted nor HTML-enabled, so text can never become a link, HTML or a command.
 */
export function mentionCard(uri: vscode.Uri, text: string, analysis: Analysis, mention: Mention): vscode.MarkdownString {
  const e = escapeMarkdown;
  if (!mention.actorId) return card([`**${e(mention.text)}** — ${typeLabel('DATE')}${mention.iso ? ` · ${mention.iso}` : ''}`]);
  const info = describeActor(text, analysis, mention.actorId);
  if (!info) return card([]);
  const { actor } = info;
  // Salience: rank among the article's actors by mentions (earlier first mention breaks ties).
  const ranked = [...analysis.actors].sort((a, b) => b.mentionIds.length - a.mentionIds.length || a.firstStart - b.firstStart);
  const rank = ranked.findIndex((a) => a.id === actor.id) + 1;
  return card([
    `**${e(actor.name)}** — ${typeLabel(actor.type)} · ${vscode.l10n.t('#{0} of {1} actors by mentions', rank, ranked.length)}`,
    actor.role ? vscode.l10n.t('Role: {0}', e(actor.role)) : '',
    actor.aliases.length ? vscode.l10n.t('Also: {0}', e(actor.aliases.join(', '))) : '',
    [
      info.mentionCount === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', info.mentionCount),
      info.quotes.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', info.quotes.length),
      info.events.length === 1 ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', info.events.length),
    ].join(' · '),
    info.firstSentence ? vscode.l10n.t('First mention: {0}', e(clip(info.firstSentence))) : '',
    ...info.quotes.slice(0, 3).map((quote) => `> ${e(clip(quote.text))}`),
    ...info.events.slice(0, 3).map((event) => vscode.l10n.t('Event: {0}', e(clip(eventLabel(text, analysis, event))))),
    // Our own commands only; their arguments are a URI and an id we generated, never article text.
    [
      `[${vscode.l10n.t('Show all mentions')}](${commandLink(COMMANDS.showMentions, [uri.toString(), actor.id])})`,
      `[${vscode.l10n.t('Reveal in sidebar')}](${commandLink(COMMANDS.revealActor, [uri.toString(), actor.id])})`,
      `[${vscode.l10n.t('Export annotations')}](${commandLink(COMMANDS.exportJson, [uri.toString()])})`,
    ].join(' · '),
  ], [COMMANDS.showMentions, COMMANDS.revealActor, COMMANDS.exportJson]);
}

function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function quoteCard(analysis: Analysis, quote: Quote): vscode.MarkdownString {
  const speaker = analysis.actors.find((a) => a.id === quote.speakerActorId);
  const lines = [`**${vscode.l10n.t('Quote')}** — ${quote.kind}`];
  if (quote.kind === 'speech') {
    const who = speaker ? escapeMarkdown(speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name) : `_${vscode.l10n.t('unknown')}_`;
    lines.push(quote.cue ? vscode.l10n.t('Speaker: {0} · cue: {1}', who, escapeMarkdown(quote.cue.text)) : vscode.l10n.t('Speaker: {0}', who));
    if (speaker) lines.push(vscode.l10n.t('Found with confidence {0} %: {1}', Math.round(quote.confidence * 100), quote.speakerMentionId ? vscode.l10n.t('named next to the cue')
      : quote.confidence === SPEAKER_CONFIDENCE.continued ? vscode.l10n.t('continues the previous quote') : vscode.l10n.t('through a pronoun or a description')));
    else if (quote.noSpeakerReason === 'unnamed-subject') lines.push(vscode.l10n.t('No speaker: the cue\'s subject is nobody the article names.'));
    else lines.push(vscode.l10n.t('No speaker: no speech verb or "according to" next to the quote.'));
  }
  return card(lines);
}

/** The card of an event trigger: what happened, who did it to whom, when and where, how sure. */
export function eventCard(text: string, analysis: Analysis, event: ArticleEvent): vscode.MarkdownString {
  const e = escapeMarkdown;
  const names = (ids: string[], spans: { text: string }[]): string =>
    e((ids.length ? ids.map((id) => analysis.actors.find((a) => a.id === id)?.name ?? id) : spans.map((p) => p.text)).join(', ') || '–');
  const place = event.placeActorId ? analysis.actors.find((a) => a.id === event.placeActorId)?.name : undefined;
  return card([
    `**${vscode.l10n.t('Event')}** — ${e(event.type)} · ${vscode.l10n.t('confidence {0} %', Math.round(event.confidence * 100))}`,
    e(clip(eventLabel(text, analysis, event))),
    vscode.l10n.t('Who: {0}', names(event.agentActorIds, event.agents)),
    vscode.l10n.t('To whom: {0}', names(event.patientActorIds, event.patients)),
    event.time ? vscode.l10n.t('When: {0}', e(event.time.iso ? `${event.time.text} (${event.time.iso})` : event.time.text)) : '',
    place ? vscode.l10n.t('Where: {0}', e(place)) : '',
  ]);
}

/** An untrusted, HTML-free markdown card from paragraphs whose article text is already escaped. */
function card(paragraphs: string[], enabledCommands: string[] = []): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(paragraphs.filter(Boolean).join('\n\n'), false);
  // Only the listed commands of ours may run from the card; article text is escaped and cannot add links.
  markdown.isTrusted = enabledCommands.length ? { enabledCommands } : false;
  markdown.supportHtml = false;
  return markdown;
}

/** Hover cards for mentions, quotes and event triggers in articles; they read the cache and honour cancellation. */
export function registerHover(cache: AnalysisCache, settings: () => Settings): vscode.Disposable {
  return registerForArticles((selector) => vscode.languages.registerHoverProvider(
    selector,
    {
      async provideHover(document, position, token) {
        if (!isArticle(document, settings())) return undefined;
        const version = document.version;
        const analysis = await cache.get(document);
        if (token.isCancellationRequested || document.version !== version) return undefined;
        const offset = document.offsetAt(position);
        const mention = mentionAt(analysis, offset);
        if (mention) return new vscode.Hover(mentionCard(document.uri, document.getText(), analysis, mention), toRange(document, mention));
        const quote = analysis.quotes.find((q) => q.start <= offset && offset < q.end);
        if (quote) return new vscode.Hover(quoteCard(analysis, quote), toRange(document, quote));
        const event = analysis.events.find((ev) => ev.trigger.start <= offset && offset < ev.trigger.end);
        if (event) return new vscode.Hover(eventCard(document.getText(), analysis, event), toRange(document, event.trigger));
        return undefined;
      },
    },
  ));
}
