// Scores the engine against gold annotations (GUM news format); used by `npm run eval` and the floor test.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../src/core';
import type { Analysis } from '../src/core';

/**
 * The gold documents in a folder and its subfolders, in file-name order. Documents whose text licence
 * forbids commercial use are left out: nothing that ships may learn from them.
 */
export function readGoldDocuments(dir: string): GoldDocument[] {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDocument & { nonCommercial?: boolean })
    .filter((doc) => doc.nonCommercial !== true);
}

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
  /** The same for gold organization and place chains (measured, no target). */
  otherChainsMerged: number;
  /** Share of actors (with matched mentions) that join mentions of two gold entities. */
  actorsJoiningTwoEntities: number;
  /** Share of attributed gold quotes whose predicted speaker is the gold speaker entity. */
  quoteSpeakerAccuracy: number;
  /** Share of gold quote spans found with the same marks. */
  quoteSpanRecall: number;
  /** Share of the engine's speech quotes that have no speaker (each keeps a reason). */
  speechQuotesWithoutSpeaker: number;
  /** Every exact-match error, classified (see `classifyErrors`). */
  errors: EntityError[];
  /** Gold person chains not merged into exactly one actor: each mention with the actor it landed in. */
  chainMisses: { document: string; mentions: string[] }[];
  /** Actors that join mentions of two or more gold entities: the actor's name and the entities (gold text). */
  joinedActors: { document: string; actor: string; entities: string[] }[];
  /** Attributed gold quotes whose speaker was wrong or missing. */
  speakerMisses: { document: string; quote: string; gold: string; predicted: string | null }[];
  /** Events found (no gold exists): count per type, and the share with both an agent and a patient. */
  events: { total: number; byType: Record<string, number>; withAgentAndPatient: number };
}

/**
 * Kinds of entity error: `missed` (no predicted mention overlaps the gold one), `spurious` (the
 * predicted mention overlaps no gold name of the four types; `spurious-other` when it overlaps a gold
 * name of another kind, such as a product or an event), `wrong type` (same span, other type),
 * `wrong boundary` (overlapping, same type, other span) and `wrong type and boundary`.
 */
export type ErrorKind = 'missed' | 'spurious' | 'spurious-other' | 'wrong type' | 'wrong boundary' | 'wrong type and boundary';

export interface EntityError {
  kind: ErrorKind;
  document: string;
  /** The gold type for errors with a gold side, else the predicted type. */
  type: string;
  gold?: string;
  predicted?: string;
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

/** Classifies every gold name and every predicted mention that is not an exact match of the same type. */
export function classifyErrors(gold: GoldDocument, analysis: Analysis): EntityError[] {
  const errors: EntityError[] = [];
  const golds = gold.entities.filter((e) => !e.nested && TYPES.includes(e.type));
  const others = gold.entities.filter((e) => !TYPES.includes(e.type) || e.nested);
  const predicted = analysis.mentions.filter((m) => TYPES.includes(m.type));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const same = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
  const text = (m: { start: number; end: number }): string => gold.text.slice(m.start, m.end);
  const explained = new Set<number>();
  for (const g of golds) {
    if (predicted.some((m) => same(m, g) && m.type === g.type)) {
      predicted.forEach((m, i) => { if (same(m, g) && m.type === g.type) explained.add(i); });
      continue;
    }
    const near = predicted.map((m, i) => ({ m, i })).filter(({ m }) => overlaps(m, g));
    if (near.length === 0) {
      errors.push({ kind: 'missed', document: gold.id, type: g.type, gold: g.text });
      continue;
    }
    const best = near.find(({ m }) => m.type === g.type) ?? near[0];
    explained.add(best.i);
    const kind: ErrorKind = same(best.m, g) ? 'wrong type' : best.m.type === g.type ? 'wrong boundary' : 'wrong type and boundary';
    errors.push({ kind, document: gold.id, type: g.type, gold: `${g.text} (${g.type})`, predicted: `${text(best.m)} (${best.m.type})` });
  }
  predicted.forEach((m, i) => {
    if (explained.has(i) || golds.some((g) => same(m, g) && m.type === g.type)) return;
    if (golds.some((g) => overlaps(m, g))) {
      // A second predicted mention inside one gold name: a boundary error.
      errors.push({ kind: 'wrong boundary', document: gold.id, type: m.type, predicted: `${text(m)} (${m.type})` });
      return;
    }
    const kind: ErrorKind = others.some((o) => overlaps(m, o)) ? 'spurious-other' : 'spurious';
    errors.push({ kind, document: gold.id, type: m.type, predicted: text(m) });
  });
  return errors;
}

/** Runs the engine on every document and scores entities, alias merging and quote speakers. */
export function evaluate(documents: GoldDocument[], analyze: (text: string) => Analysis = analyzeArticle): EvalReport {
  const exact: Counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const overlap: Counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let chains = 0;
  let chainsMerged = 0;
  let otherChains = 0;
  let otherMerged = 0;
  let actorsSeen = 0;
  let actorsJoining = 0;
  let attributed = 0;
  let speakerRight = 0;
  let goldQuotes = 0;
  let quotesFound = 0;
  const byType: Record<string, number> = {};
  let eventsTotal = 0;
  let eventsBoth = 0;
  let speech = 0;
  let speechWithout = 0;
  const errors: EntityError[] = [];
  const speakerMisses: EvalReport['speakerMisses'] = [];
  const chainMisses: EvalReport['chainMisses'] = [];
  const joinedActors: EvalReport['joinedActors'] = [];
  for (const doc of documents) {
    const analysis = analyze(doc.text);
    errors.push(...classifyErrors(doc, analysis));
    for (const quote of analysis.quotes) {
      if (quote.kind !== 'speech') continue;
      speech++;
      if (!quote.speakerActorId) speechWithout++;
    }
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
      // A chain whose mentions are all nested inside other names has no flat mention to merge.
      const flat = chain.filter((i) => !doc.entities[i].nested);
      const chainType = doc.entities[chain[0]]?.type;
      if (flat.length === 0) continue;
      const actors = new Set(flat.map((i) => actorAt(doc.entities[i])));
      const merged = actors.size === 1 && !actors.has(null);
      if (chainType === 'ORG' || chainType === 'PLACE') {
        otherChains++;
        if (merged) otherMerged++;
      }
      if (chainType !== 'PERSON') continue;
      chains++;
      if (merged) chainsMerged++;
      else {
        const names = new Map<string | null, string>();
        [...actors].forEach((a, n) => names.set(a, a === null ? 'none' : String.fromCharCode(65 + n)));
        chainMisses.push({ document: doc.id, mentions: flat.map((i) => `${doc.entities[i].text}[${names.get(actorAt(doc.entities[i]))}]`) });
      }
    }
    // Each actor's gold entities, keyed by chain (or text), with the first gold text of each.
    const entitiesOfActor = new Map<string, Map<string, string>>();
    doc.entities.forEach((e, i) => {
      // Nested names ("United States" in "United States Navy") are not separate flat mentions.
      if (!NAMED.includes(e.type) || e.nested) return;
      const actor = actorAt(e);
      if (!actor) return;
      const entities = entitiesOfActor.get(actor) ?? new Map<string, string>();
      const key = entityChain.has(i) ? `chain:${entityChain.get(i)}` : `text:${e.text.toLowerCase()}`;
      if (!entities.has(key)) entities.set(key, e.text);
      entitiesOfActor.set(actor, entities);
    });
    actorsSeen += entitiesOfActor.size;
    for (const [actor, entities] of entitiesOfActor) {
      if (entities.size < 2) continue;
      actorsJoining++;
      joinedActors.push({ document: doc.id, actor: analysis.actors.find((a) => a.id === actor)?.name ?? actor, entities: [...entities.values()] });
    }
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
      else {
        const predicted = found?.speakerActorId ? analysis.actors.find((a) => a.id === found.speakerActorId)?.name ?? found.speakerActorId : null;
        speakerMisses.push({ document: doc.id, quote: q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text, gold: speaker.text, predicted });
      }
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
    otherChainsMerged: otherChains ? otherMerged / otherChains : 0,
    actorsJoiningTwoEntities: actorsSeen ? actorsJoining / actorsSeen : 0,
    quoteSpeakerAccuracy: attributed ? speakerRight / attributed : 0,
    quoteSpanRecall: goldQuotes ? quotesFound / goldQuotes : 0,
    speechQuotesWithoutSpeaker: speech ? speechWithout / speech : 0,
    errors,
    chainMisses,
    joinedActors,
    speakerMisses,
    events: { total: eventsTotal, byType, withAgentAndPatient: eventsTotal ? eventsBoth / eventsTotal : 0 },
  };
}
