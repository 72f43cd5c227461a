import * as assert from 'assert';
import * as path from 'path';
import { analyzeArticle } from '../../src/core';
import type { Analysis } from '../../src/core';
import { readGoldDocuments } from '../../scripts/evaluate';
import { ROOT } from './helpers';

/** Every corpus text in the repo: the 16 dev articles and the 84 documents of other genres. */
const corpusTexts = (): { id: string; text: string }[] => readGoldDocuments(path.join(ROOT, 'test', 'fixtures', 'corpus'));

/** The broken invariants of one analysis, as messages (none when all hold). */
function broken(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const inside = (s: { start: number; end: number }): boolean => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
  const sorted = (items: { start: number }[]): boolean => items.every((item, k) => k === 0 || items[k - 1].start <= item.start);
  for (const m of analysis.mentions) {
    if (!inside(m) || text.slice(m.start, m.end) !== m.text) problems.push(`mention ${m.id} text ≠ slice`);
    if (/^\s|\s$/u.test(m.text)) problems.push(`mention ${m.id} "${m.text}" starts or ends with a space`);
  }
  analysis.mentions.forEach((m, k) => {
    const next = analysis.mentions[k + 1];
    if (next && next.start < m.end) problems.push(`mentions "${m.text}" and "${next.text}" overlap`);
  });
  for (const q of analysis.quotes) if (!inside(q) || text.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.id} text ≠ slice`);
  for (const e of analysis.events) {
    if (!inside(e.trigger) || text.slice(e.trigger.start, e.trigger.end) !== e.trigger.text) problems.push(`event ${e.id} trigger ≠ slice`);
    for (const p of [...e.agents, ...e.patients]) if (!inside(p) || text.slice(p.start, p.end) !== p.text) problems.push(`event ${e.id} participant ≠ slice`);
  }
  const actorIds = new Set(analysis.actors.map((a) => a.id));
  for (const m of analysis.mentions) if (m.actorId && !actorIds.has(m.actorId)) problems.push(`mention ${m.id} has an unknown actor`);
  for (const q of analysis.quotes) if (q.speakerActorId && !actorIds.has(q.speakerActorId)) problems.push(`quote ${q.id} has an unknown speaker`);
  if (!sorted(analysis.mentions) || !sorted(analysis.quotes) || !sorted(analysis.events.map((e) => e.trigger))) problems.push('arrays not sorted by start');
  return problems;
}

describe('invariants on every corpus document (100 texts, news and other genres)', () => {
  it('spans are exact slices, mentions never overlap, ids resolve and arrays are sorted', () => {
    const texts = corpusTexts();
    assert.strictEqual(texts.length, 100, 'the corpus in the repo has 16 dev and 84 other documents');
    const failures = texts.flatMap(({ id, text }) => broken(text, analyzeArticle(text)).map((p) => `${id}: ${p}`));
    assert.deepStrictEqual(failures.slice(0, 20), []);
  });

  it('hold with CRLF line breaks and emoji before every paragraph as well (UTF-16 offsets)', () => {
    const failures = corpusTexts().filter(({ id }) => id.startsWith('GUM_news_')).flatMap(({ id, text }) => {
      const variant = text.replace(/\n/gu, '\r\n').replace(/\r\n\r\n/gu, '\r\n\r\n👍 ');
      return broken(variant, analyzeArticle(variant)).map((p) => `${id} (CRLF, emoji): ${p}`);
    });
    assert.deepStrictEqual(failures.slice(0, 20), []);
  });

  it('finds a broken invariant when there is one (the check itself is not vacuous)', () => {
    const text = 'Andrey G. Karlov met Vladimir V. Putin in Ankara on Monday.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(broken(text, analysis), []);
    const shifted = { ...analysis, mentions: analysis.mentions.map((m, k) => (k === 0 ? { ...m, start: m.start + 1 } : m)) };
    assert.ok(broken(text, shifted).some((p) => p.includes('text ≠ slice')));
  });
});
