import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { analyzeArticle, codePointOffsets, toBrat, toWebAnnotation } from '../../src/core';
import { ROOT, SEED } from './helpers';

const W3C = path.join(ROOT, 'test', 'fixtures', 'w3c-annotation-tests');

/** The W3C's MUST assertions of one .test file, compiled (JSON Schema draft-04, the harness's fast formats). */
function mustAssertions(testFile: string): { file: string; validate: (data: unknown) => boolean }[] {
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/iu);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/u);
  for (const file of fs.readdirSync(path.join(W3C, 'definitions'))) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(W3C, 'definitions', file), 'utf8')));
  }
  const test = JSON.parse(fs.readFileSync(path.join(W3C, testFile), 'utf8')) as { assertions: unknown[] };
  const files = (test.assertions as unknown[]).flat(Infinity) as string[];
  return files.map((file) => {
    const schema = JSON.parse(fs.readFileSync(path.join(W3C, file.includes('/') ? file : path.join(path.dirname(testFile), file)), 'utf8'));
    assert.strictEqual(schema.assertionType ?? 'must', 'must');
    assert.strictEqual(schema.expectedResult ?? 'valid', 'valid');
    const compiled = ajv.getSchema(schema.id) ?? ajv.compile(schema);
    return { file, validate: (data: unknown) => compiled(data) as boolean };
  });
}

describe('W3C Web Annotation export', () => {
  const text = '😀 Maria Zakharova said in Warsaw on Monday: “We will respond.”\r\nTurkey shot down a Russian jet in November 2015.';
  const analysis = analyzeArticle(text, { articleDate: '2016-12-19' });
  const collection = toWebAnnotation(text, analysis, { source: 'file:///articles/demo.txt', sha256: 'abc123', created: '2026-11-27T05:00:00Z' });
  const items = (collection.first as { items: Record<string, unknown>[] }).items;

  it('meets every MUST assertion for the collection, its embedded page and each annotation', () => {
    const failures: string[] = [];
    for (const { file, validate } of mustAssertions('collections/collectionMusts.test')) if (!validate(collection)) failures.push(`collection: ${file}`);
    for (const { file, validate } of mustAssertions('collections/pages/pageMusts.test')) if (!validate(collection)) failures.push(`page: ${file}`);
    const annotationMusts = mustAssertions('annotations/annotationMusts.test');
    for (const item of items) {
      // An embedded annotation inherits the collection's @context; checked standalone, it is written in.
      const standalone = { '@context': collection['@context'], ...item };
      for (const { file, validate } of annotationMusts) if (!validate(standalone)) failures.push(`${String(item.id)}: ${file}`);
    }
    assert.deepStrictEqual(failures, []);
    assert.strictEqual(items.length, analysis.mentions.length + analysis.quotes.length + analysis.events.length);
  });

  it('fails an annotation that breaks the model (the check is not vacuous)', () => {
    const annotationMusts = mustAssertions('annotations/annotationMusts.test');
    const broken = { '@context': collection['@context'], ...items[0], type: 'Note', body: 'x', bodyValue: 'y' };
    assert.ok(annotationMusts.some(({ validate }) => !validate(broken)));
  });

  it('selects each span by code-point position and by its exact text', () => {
    const point = codePointOffsets(text);
    for (const item of items) {
      const [position, quote] = (item.target as { selector: { start: number; end: number; exact: string }[] }).selector;
      const chars = [...text];
      assert.strictEqual(chars.slice(position.start, position.end).join(''), quote.exact, String(item.id));
    }
    assert.strictEqual(point(text.indexOf('Maria')), 2, 'the emoji is one code point');
  });
});

describe('brat standoff export', () => {
  const text = '😀 Maria Zakharova said: “We will respond.\r\n\r\n“Soon.”\r\nTurkey shot down a Russian jet in November 2015. Zakharova left.';
  const analysis = analyzeArticle(text);
  const { ann, conf } = toBrat(text, analysis);
  const lines = ann.trim().split('\n');
  const chars = [...text];

  it('writes T lines whose text equals the code-point slice of every fragment', () => {
    const tLines = lines.filter((l) => l.startsWith('T'));
    assert.ok(tLines.length >= analysis.mentions.length);
    for (const line of tLines) {
      const [, typeAndSpans, shown] = line.split('\t');
      const fragments = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.strictEqual(fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), shown, line);
      assert.ok(!shown.includes('\n') && !shown.includes('\r'), line);
    }
    assert.ok(tLines.some((l) => /^T\d+\tPERSON 2 17\tMaria Zakharova$/u.test(l)), tLines.join('\n'));
  });

  it('joins an actor’s mentions, links quotes to speakers and cues, and events to their roles', () => {
    const id = (shown: string, type: string): string => lines.find((l) => l.endsWith(`\t${shown}`) && l.split('\t')[1].startsWith(`${type} `))!.split('\t')[0];
    const maria = id('Maria Zakharova', 'PERSON');
    const zakharova = id('Zakharova', 'PERSON');
    assert.ok(lines.includes(`*\tEquiv ${maria} ${zakharova}`), lines.join('\n'));
    const statement = lines.find((l) => l.startsWith('E') && l.includes(`Speaker:${maria}`));
    assert.match(statement ?? '', /^E\d+\tStatement:T\d+ Speaker:T\d+ Cue:T\d+$/u);
    const event = lines.find((l) => l.startsWith('E') && l.includes('Patient:'));
    assert.match(event ?? '', /^E\d+\tEvent:T\d+ Agent:T\d+ Patient:T\d+ Time:T\d+$/u);
    assert.ok(lines.some((l) => /^A\d+\tEventType E\d+ attack$/u.test(l)));
    assert.ok(lines.some((l) => /^A\d+\tKind E\d+ speech$/u.test(l)));
  });

  it('describes every type it uses in annotation.conf', () => {
    for (const type of ['PERSON', 'ORG', 'PLACE', 'DATE', 'Cue', 'Participant', 'Statement', 'Event', 'Equiv', 'Kind', 'EventType', 'Confidence']) {
      assert.match(conf, new RegExp(`^${type}\\b`, 'mu'), type);
    }
  });
});

describe('interchange on the seed', () => {
  it('exports the seed in both formats without a loss of spans', () => {
    const analysis = analyzeArticle(SEED);
    const { ann } = toBrat(SEED, analysis);
    assert.strictEqual(ann.split('\n').filter((l) => /^T\d+\t(PERSON|ORG|PLACE|DATE) /u.test(l)).length, analysis.mentions.length);
    const collection = toWebAnnotation(SEED, analysis, { source: 'file:///seed.txt', sha256: 'x', created: '2026-11-27T00:00:00Z' });
    assert.strictEqual((collection.total as number), analysis.mentions.length + analysis.quotes.length + analysis.events.length);
  });
});
