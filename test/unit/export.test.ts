import Ajv from 'ajv';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, lineStarts, positionAt, toExportJson } from '../../src/core';
import { ROOT, SEED } from './helpers';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'media', 'annotations.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'karlov-assassination-ankara.annotations.json');

describe('export document', () => {
  // The seed has no dateline; it was published on Monday 2016-12-19 (what the golden was made with).
  const doc = toExportJson(SEED, analyzeArticle(SEED, { articleDate: '2016-12-19' }), { path: 'seeds/karlov-assassination-ankara.txt' });

  it('validates against the shipped JSON Schema', () => {
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  });

  it('rejects a document with a wrong field (the schema is not vacuous)', () => {
    const broken = JSON.parse(JSON.stringify(doc));
    broken.mentions[0].type = 'ANIMAL';
    delete broken.source.sha256;
    assert.strictEqual(validate(broken), false);
  });

  it('has offsets where text.slice(start, end) equals the text field for every record', () => {
    for (const m of doc.mentions) assert.strictEqual(SEED.slice(m.start, m.end), m.text, m.id);
    for (const q of doc.quotes) {
      assert.strictEqual(SEED.slice(q.start, q.end), q.text, q.id);
      if (q.cue) assert.strictEqual(SEED.slice(q.cue.start, q.cue.end), q.cue.text, q.id);
    }
    for (const e of doc.events) assert.strictEqual(SEED.slice(e.trigger.start, e.trigger.end), e.trigger.text, e.id);
    assert.ok(doc.mentions.length > 100 && doc.quotes.length > 10 && doc.events.length > 10);
  });

  it('keeps the fixed key order and the source facts', () => {
    assert.deepStrictEqual(Object.keys(doc), ['schemaVersion', 'generator', 'source', 'articleDate', 'mentions', 'actors', 'quotes', 'events', 'warnings']);
    assert.deepStrictEqual(doc.articleDate, { iso: '2016-12-19', source: 'option' });
    assert.strictEqual(doc.mentions.find((m) => m.text === 'Monday evening')?.iso, '2016-12-19');
    // (The span leaves "ago" out, as the gold corpus does; the date it points at still counts back from the article's.)
    assert.strictEqual(doc.mentions.find((m) => m.text === 'a year' && SEED.slice(m.end, m.end + 4) === ' ago')?.iso, '2015-12-19');
    assert.deepStrictEqual(Object.keys(doc.mentions[0]).slice(0, 8), ['id', 'start', 'end', 'text', 'type', 'actorId', 'line', 'character']);
    assert.strictEqual(doc.source.length, SEED.length);
    assert.strictEqual(doc.source.sha256, 'b421e2a97f7284686e05cb4bc120f6f461d10faf104dbda69df4d594b430e6b7');
    const ids = new Set(doc.actors.map((a) => a.id));
    for (const m of doc.mentions) assert.ok(m.actorId === null || ids.has(m.actorId), m.id);
  });

  it('equals the reviewed golden export (regenerate with npm run update-goldens)', () => {
    const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8'));
    golden.generator.version = doc.generator.version;
    assert.deepStrictEqual(JSON.parse(JSON.stringify(doc)), golden);
  });
});

describe('line and character positions', () => {
  it('counts \\r\\n, \\r and \\n as one line break each, like VS Code', () => {
    const text = 'a\r\nb\rc\nd';
    const starts = lineStarts(text);
    assert.deepStrictEqual(starts, [0, 3, 5, 7]);
    assert.deepStrictEqual(positionAt(starts, text.indexOf('d')), { line: 3, character: 0 });
    assert.deepStrictEqual(positionAt(starts, 1), { line: 0, character: 1 });
  });

  it('gives the VS Code position of every mention in a CRLF article', () => {
    const text = 'Ankara attack\r\n\r\nMaria Zakharova said so.\r\nThen Reuters said more.';
    const doc = toExportJson(text, analyzeArticle(text));
    const rows = doc.mentions.map((m) => [m.text, m.line, m.character]);
    assert.deepStrictEqual(rows, [['Ankara', 0, 0], ['Maria Zakharova', 2, 0], ['Reuters', 3, 5]]);
  });
});
