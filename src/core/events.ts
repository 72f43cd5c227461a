import type { Token } from './nlp';
import type { ArticleEvent, Mention, Quote, Span } from './types';
import { insideSpans, startingIn } from './spans';
import { SPEECH_VERBS } from './vocabulary';

/** Event types by verb lemma, after CAMEO's root categories. Unlisted verbs are "other". */
const EVENT_TYPES: Record<string, string> = {};
const typeWords: Record<string, string> = {
  statement: 'say tell add state announce declare claim report comment write describe explain note insist warn reply respond confirm deny stress tweet',
  consult: 'meet speak talk visit host discuss negotiate call consult phone',
  cooperate: 'agree cooperate sign support help aid collaborate ally praise welcome thank reconcile',
  appeal: 'ask urge demand appeal request call plead petition',
  criticize: 'condemn criticize criticise accuse blame denounce reject protest deplore',
  threaten: 'threaten warn vow',
  protest: 'protest rally march demonstrate strike boycott',
  investigate: 'arrest detain investigate charge prosecute sentence jail question raid probe convict',
  attack: 'attack shoot wound hit assault bomb strike stab beat injure fire',
  kill: 'kill assassinate murder execute slay',
  military: 'invade deploy bomb shell mobilize mobilise occupy',
  travel: 'travel visit arrive leave return fly go come',
  appoint: 'appoint elect name nominate resign quit retire dismiss fire replace',
};
for (const [type, words] of Object.entries(typeWords)) {
  for (const word of words.split(' ')) EVENT_TYPES[word] ??= type;
}

const SKIP_TAGS = ['Auxiliary', 'Copula', 'Modal', 'Infinitive', 'Gerund'];

/** The coarse event type of a verb lemma ("assassinate" → "kill"). */
export function eventTypeOf(lemma: string): string {
  return EVENT_TYPES[lemma] ?? 'other';
}

/**
 * Verb-centred events inside one sentence: the nearest actor before the verb is the agent, the first
 * actor after it (before the next verb) the patient; passive verbs swap them ("was assassinated … by
 * a gunman"). Speech verbs that attribute a quote link to it. Sorted by trigger start.
 */
export function findEvents(tokens: Token[], sentences: Span[], mentions: Mention[], quotes: Quote[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const actorMentions = mentions.filter((m) => m.actorId);
  const dates = mentions.filter((m) => m.type === 'DATE');
  const insideQuote = insideSpans(quotes);
  const quoteByCue = new Map<number, Quote>();
  for (const quote of quotes) if (quote.cue && !quoteByCue.has(quote.cue.start)) quoteByCue.set(quote.cue.start, quote); // the first quote a cue introduces
  const counts = new Map<string, number>();
  const bySentence: Token[][] = sentences.map(() => []);
  for (const token of tokens) bySentence[token.sentence]?.push(token);
  const isMainVerb = (t: Token): boolean => t.tags.has('Verb') && !SKIP_TAGS.some((tag) => t.tags.has(tag));
  sentences.forEach((sentence, s) => {
    const sentenceTokens = bySentence[s];
    const inSentence = startingIn(actorMentions, sentence.start, sentence.end).filter((m) => m.end <= sentence.end && !insideQuote(m.start));
    const time = startingIn(dates, sentence.start, sentence.end).find((d) => d.end <= sentence.end);
    const placeMentions = inSentence.filter((m) => m.type === 'PLACE' && /\b(in|at)\s+(the\s+)?$/iu.test(textBefore(sentenceTokens, m)));
    let clauseStart = sentence.start;
    sentenceTokens.forEach((token, k) => {
      if (!isMainVerb(token) || insideQuote(token.start)) return;
      const verbStart = clauseStart;
      clauseStart = token.end;
      const nextVerb = sentenceTokens.slice(k + 1).find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
      const clauseEnd = nextVerb ? nextVerb.start : sentence.end;
      const before = inSentence.filter((m) => m.end <= token.start);
      const after = inSentence.filter((m) => m.start >= token.end && m.end <= clauseEnd);
      let agent = before.filter((m) => m.start >= verbStart).pop() ?? before[before.length - 1];
      let patient = after[0];
      if (token.tags.has('Passive')) {
        const by = sentenceTokens.slice(k + 1).find((t) => t.lower === 'by' && t.start < token.end + 80);
        const byAgent = by ? inSentence.find((m) => m.start > by.end && m.start < by.end + 60) : undefined;
        patient = agent;
        agent = byAgent as Mention;
      }
      if (!agent && !patient) return;
      const lemma = token.root;
      const quote = SPEECH_VERBS.has(lemma) ? quoteByCue.get(token.start) : undefined;
      const type = quote ? 'statement' : eventTypeOf(lemma);
      const placeMention = placeMentions.find((m) => m !== agent && m !== patient);
      const n = (counts.get(lemma) ?? 0) + 1;
      counts.set(lemma, n);
      let confidence = 0.3 + (agent ? 0.3 : 0) + (patient ? 0.2 : 0) + (type !== 'other' ? 0.15 : 0);
      confidence = Math.round(Math.min(confidence, 0.95) * 100) / 100;
      events.push({
        id: `event:${lemma}:${n}`,
        type,
        lemma,
        trigger: { start: token.start, end: token.end, text: token.text },
        agentActorIds: agent?.actorId ? [agent.actorId] : [],
        patientActorIds: patient?.actorId && patient.actorId !== agent?.actorId ? [patient.actorId] : [],
        ...(time ? { time: { text: time.text, start: time.start, end: time.end, ...(time.iso ? { iso: time.iso } : {}) } } : {}),
        ...(placeMention?.actorId ? { placeActorId: placeMention.actorId } : {}),
        sentence: { start: sentence.start, end: sentence.end },
        ...(quote ? { quoteId: quote.id } : {}),
        confidence,
      });
    });
  });
  return events;
}

function textBefore(tokens: Token[], mention: Mention): string {
  const index = tokens.findIndex((t) => t.start === mention.start);
  if (index <= 0) return '';
  const previous = tokens.slice(Math.max(0, index - 2), index);
  return previous.map((t) => t.text + t.post).join('');
}
