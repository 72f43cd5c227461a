import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, codePointOffsets, compareAnnotations, fromBrat, fromExportJson, toBrat, toExportJson } from '../../src/core';
import { ROOT, SEED } from './helpers';

const seed = SEED;
const devDir = path.join(ROOT, 'test', 'fixtures', 'corpus', 'dev');
const firstDev = fs.readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()[0];

describe('importing annotations', () => {
  const hostile = '😀 Maria Zakharova said in Warsaw on Monday: “We will respond.”\r\nTurkey shot down a Russian jet in November 2015.\r\n"Unbalanced quote';

  for (const [name, text] of [['seed', seed], ['emoji + CRLF', hostile]] as const) {
    it(`JSON export → import → export gives the same document (${name})`, () => {
      const doc = toExportJson(text, analyzeArticle(text), { path: 'a.txt' });
      const again = toExportJson(text, fromExportJson(JSON.parse(JSON.stringify(doc))), { path: 'a.txt' });
      assert.deepStrictEqual(again, doc);
    });

    it(`brat export → import → export gives the same .ann (${name})`, () => {
      const { ann } = toBrat(text, analyzeArticle(text));
      const imported = fromBrat(text, ann);
      assert.strictEqual(toBrat(text, imported).ann, ann);
    });
  }

  it('brat import converts code-point offsets to UTF-16 offsets', () => {
    const text = '😀😀 Andrey G. Karlov met Putin.';
    const ann = 'T1\tPERSON 3 19\tAndrey G. Karlov\nT2\tPERSON 24 29\tPutin\n';
    const analysis = fromBrat(text, ann);
    assert.deepStrictEqual(analysis.mentions.map((m) => text.slice(m.start, m.end)), ['Andrey G. Karlov', 'Putin']);
    assert.strictEqual(analysis.mentions[0].start, 5);
    assert.strictEqual(analysis.actors.length, 2);
  });

  it('brat Equiv lines join mentions into one actor named by its longest form', () => {
    const text = 'Andrey Karlov arrived. Karlov spoke.';
    const analysis = fromBrat(text, 'T1\tPERSON 0 13\tAndrey Karlov\nT2\tPERSON 23 29\tKarlov\n*\tEquiv T1 T2\n');
    assert.strictEqual(analysis.actors.length, 1);
    assert.strictEqual(analysis.actors[0].name, 'Andrey Karlov');
    assert.deepStrictEqual(analysis.actors[0].aliases, ['Karlov']);
    assert.deepStrictEqual(analysis.mentions.map((m) => m.actorId), [analysis.actors[0].id, analysis.actors[0].id]);
  });

  it('reads brat written by another tool: gold corpus entities, grouped by Equiv', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(devDir, firstDev), 'utf8')) as { text: string; entities: { start: number; end: number; type: string; eid: string }[] };
    const text = gold.text;
    const point = codePointOffsets(text);
    const named = gold.entities.filter((e) => ['PERSON', 'ORG', 'PLACE', 'DATE'].includes(e.type));
    const lines = named.map((e, k) => `T${k + 1}\t${e.type} ${point(e.start)} ${point(e.end)}\t${text.slice(e.start, e.end)}`);
    const byEid = new Map<string, string[]>();
    named.forEach((e, k) => { if (e.type !== 'DATE') byEid.set(e.eid, [...(byEid.get(e.eid) ?? []), `T${k + 1}`]); });
    for (const ids of byEid.values()) if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
    const analysis = fromBrat(text, `${lines.join('\n')}\n`);
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    assert.deepStrictEqual(analysis.mentions.map(key).sort(), named.map(key).sort());
    assert.strictEqual(analysis.actors.length, byEid.size);
    for (const m of analysis.mentions) assert.strictEqual(m.text, text.slice(m.start, m.end));
  });

  it('rejects what is not an export or has offsets outside the text', () => {
    assert.throws(() => fromExportJson({ schemaVersion: 2 } as never), /not a News Annotator export/u);
    assert.throws(() => fromExportJson({ schemaVersion: 1, mentions: [] } as never), /not a News Annotator export/u);
    assert.throws(() => fromBrat('short', 'T1\tPERSON 0 99\tx\n'), /bad offsets/u);
    const doc = toExportJson(SEED, analyzeArticle(SEED));
    assert.throws(() => fromExportJson(doc, `${SEED} `), /different version of the article/u);
    assert.strictEqual(fromExportJson(doc, SEED).mentions.length, doc.mentions.length);
    assert.throws(() => fromBrat('Putin met Karlov.', 'T1\tPERSON 0 5\tErdog\n'), /T1 says "Erdog" but the article has "Putin"/u);
  });
});

describe('comparing two annotations of one article', () => {
  it('sorts mentions into agree, different type, only imported and only engine, by exact span', () => {
    const text = 'Maria Zakharova spoke in Moscow for the Foreign Ministry on Monday.';
    const engine = analyzeArticle(text);
    const engineSpans = engine.mentions.map((m) => [text.slice(m.start, m.end), m.type]);
    assert.deepStrictEqual(engineSpans, [['Maria Zakharova', 'PERSON'], ['Moscow', 'PLACE'], ['Foreign Ministry', 'ORG'], ['Monday', 'DATE']]);
    const ann = [
      'T1\tPERSON 0 15\tMaria Zakharova',
      'T2\tORG 25 31\tMoscow',
      'T3\tORG 36 56\tthe Foreign Ministry',
    ].join('\n');
    const comparison = compareAnnotations(engine, fromBrat(text, ann));
    const show = (list: { start: number; end: number }[]): string[] => list.map((m) => text.slice(m.start, m.end));
    assert.deepStrictEqual(show(comparison.agree), ['Maria Zakharova']);
    assert.deepStrictEqual(comparison.typeDiffers.map((d) => [text.slice(d.engine.start, d.engine.end), d.engine.type, d.imported.type]), [['Moscow', 'PLACE', 'ORG']]);
    assert.deepStrictEqual(show(comparison.onlyImported), ['the Foreign Ministry']);
    assert.deepStrictEqual(show(comparison.onlyEngine), ['Foreign Ministry', 'Monday']);
  });

  it('finds nothing to report when an article is compared with its own export', () => {
    const engine = analyzeArticle(SEED);
    const comparison = compareAnnotations(engine, fromBrat(SEED, toBrat(SEED, engine).ann));
    assert.strictEqual(comparison.agree.length, engine.mentions.length);
    assert.deepStrictEqual([comparison.typeDiffers.length, comparison.onlyImported.length, comparison.onlyEngine.length], [0, 0, 0]);
  });
});
