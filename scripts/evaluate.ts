// Scores the engine against gold annotations (GUM news format); used by `npm run eval` and the floor test.
import { analyzeArticle } from '../src/core';
import type { Analysis } from '../src/core';

/** One gold document in the corpus format (see test/fixtures/corpus/README.md). */
export interface GoldDocument {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string; nested: boolean }[];
  quotes: { start: number; end: number; text: string; attributed: boolean; speakerEntity: number | null }[];
  chains: number[][];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  documents: number;
  exact: Record<string, Score>;
  overlap: Record<string, Score>;
  /** Share of gold person chains whose matched mentions all sit in exactly one actor. */
  personChainsMerged: number;
  /** Share of actors (with matched mentions) that join mentions of two gold entities. */
  actorsJoiningTwoEntities: number;
  /** Share of attributed gold quotes whose predicted speaker is the gold speaker entity. */
  quoteSpeakerAccuracy: number;
  /** Share of gold quote spans found with the same marks. */
  quoteSpanRecall: number;
  /** Events found (no gold exists): count per type, and the share with both an agent and a patient. */
  events: { total: number; byType: Record<string, number>; withAgentAndPatient: number };
}

const TYPES = ['PERSON', 'ORG', 'PLACE', 'DATE'];
const NAMED = ['PERSON', 'ORG', 'PLACE'];

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

function countMatches(gold: GoldDocument, analysis: Analysis, overlap: boolean, counts: Counts): void {
  for (const type of TYPES) {
    const g = gold.entities.filter((e) => !e.nested && e.type === type);
    const p = analysis.mentions.filter((m) => m.type === type);
    const used = new Set<number>();
    let tp = 0;
    for (const e of g) {
      const k = p.findIndex((m, i) => !used.has(i) && (overlap ? m.start < e.end && e.start < m.end : m.start === e.start && m.end === e.end));
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
    counts[type].tp += tp;
    counts[type].fn += g.length - tp;
    counts[type].fp += p.length - tp;
  }
}

/** Runs the engine on every document and scores entities, alias merging and quote speakers. */
export function evaluate(documents: GoldDocument[], analyze: (text: string) => Analysis = analyzeArticle): EvalReport {
  const exact: Counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const overlap: Counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let chains = 0;
  let chainsMerged = 0;
  let actorsSeen = 0;
  let actorsJoining = 0;
  let attributed = 0;
  let speakerRight = 0;
  let goldQuotes = 0;
  let quotesFound = 0;
  const byType: Record<string, number> = {};
  let eventsTotal = 0;
  let eventsBoth = 0;
  for (const doc of documents) {
    const analysis = analyze(doc.text);
    countMatches(doc, analysis, false, exact);
    for (const event of analysis.events) {
      eventsTotal++;
      byType[event.type] = (byType[event.type] ?? 0) + 1;
      if (event.agents.length > 0 && event.patients.length > 0) eventsBoth++;
    }
    countMatches(doc, analysis, true, overlap);
    const actorAt = (e: { start: number; end: number }): string | null =>
      analysis.mentions.find((m) => m.actorId && m.start < e.end && e.start < m.end)?.actorId ?? null;
    const entityChain = new Map<number, number>();
    doc.chains.forEach((chain, c) => chain.forEach((i) => entityChain.set(i, c)));
    for (const chain of doc.chains) {
      if (doc.entities[chain[0]]?.type !== 'PERSON') continue;
      chains++;
      const actors = new Set(chain.filter((i) => !doc.entities[i].nested).map((i) => actorAt(doc.entities[i])));
      if (actors.size === 1 && !actors.has(null)) chainsMerged++;
    }
    const entitiesOfActor = new Map<string, Set<string>>();
    doc.entities.forEach((e, i) => {
      // Nested names ("United States" in "United States Navy") are not separate flat mentions.
      if (!NAMED.includes(e.type) || e.nested) return;
      const actor = actorAt(e);
      if (!actor) return;
      const set = entitiesOfActor.get(actor) ?? new Set<string>();
      set.add(entityChain.has(i) ? `chain:${entityChain.get(i)}` : `text:${e.text.toLowerCase()}`);
      entitiesOfActor.set(actor, set);
    });
    actorsSeen += entitiesOfActor.size;
    for (const set of entitiesOfActor.values()) if (set.size > 1) actorsJoining++;
    for (const q of doc.quotes) {
      goldQuotes++;
      const found = analysis.quotes.find((p) => p.start === q.start && p.end === q.end);
      if (found) quotesFound++;
      if (!q.attributed || q.speakerEntity === null) continue;
      attributed++;
      const speaker = doc.entities[q.speakerEntity];
      const chain = entityChain.get(q.speakerEntity);
      const goldSpans = chain === undefined ? [speaker] : doc.chains[chain].map((i) => doc.entities[i]);
      const goldActors = new Set(goldSpans.map(actorAt).filter((a): a is string => a !== null));
      if (found?.speakerActorId && goldActors.has(found.speakerActorId)) speakerRight++;
    }
  }
  const micro = (counts: Counts): Score => score(
    NAMED.reduce((s, t) => s + counts[t].tp, 0), NAMED.reduce((s, t) => s + counts[t].fp, 0), NAMED.reduce((s, t) => s + counts[t].fn, 0));
  const table = (counts: Counts): Record<string, Score> => ({
    ...Object.fromEntries(TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)])),
    MICRO_PER_ORG_PLACE: micro(counts),
  });
  return {
    documents: documents.length,
    exact: table(exact),
    overlap: table(overlap),
    personChainsMerged: chains ? chainsMerged / chains : 0,
    actorsJoiningTwoEntities: actorsSeen ? actorsJoining / actorsSeen : 0,
    quoteSpeakerAccuracy: attributed ? speakerRight / attributed : 0,
    quoteSpanRecall: goldQuotes ? quotesFound / goldQuotes : 0,
    events: { total: eventsTotal, byType, withAgentAndPatient: eventsTotal ? eventsBoth / eventsTotal : 0 },
  };
}
