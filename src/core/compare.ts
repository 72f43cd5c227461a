// Two annotations of one article side by side: what they agree on and where they differ.
import type { Analysis, Mention } from './types';

/** Mentions of two annotations of the same text, matched by exact span. */
export interface Comparison {
  /** Same span, same type (the engine's mention). */
  agree: Mention[];
  /** Same span, different type. */
  typeDiffers: { engine: Mention; imported: Mention }[];
  /** Spans only the imported annotations have. */
  onlyImported: Mention[];
  /** Spans only the engine found. */
  onlyEngine: Mention[];
}

const key = (m: Mention): string => `${m.start}:${m.end}`;

/** Matches mentions by exact [start, end); every list is in text order. */
export function compareAnnotations(engine: Analysis, imported: Analysis): Comparison {
  const importedBySpan = new Map(imported.mentions.map((m) => [key(m), m]));
  const engineSpans = new Set(engine.mentions.map(key));
  const result: Comparison = { agree: [], typeDiffers: [], onlyImported: [], onlyEngine: [] };
  for (const mention of engine.mentions) {
    const other = importedBySpan.get(key(mention));
    if (!other) result.onlyEngine.push(mention);
    else if (other.type === mention.type) result.agree.push(mention);
    else result.typeDiffers.push({ engine: mention, imported: other });
  }
  result.onlyImported = imported.mentions.filter((m) => !engineSpans.has(key(m)));
  const order = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;
  result.agree.sort(order);
  result.onlyEngine.sort(order);
  result.onlyImported.sort(order);
  result.typeDiffers.sort((a, b) => order(a.engine, b.engine));
  return result;
}
