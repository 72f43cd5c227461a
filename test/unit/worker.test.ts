import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, editorialWarnings } from '../../src/core';
import { AnalysisWorker, editorialOf } from '../../src/extension/analysisWorker';
import { ROOT, SEED } from './helpers';

describe('analysis worker (dist/worker.js): results in parts', function () {
  this.timeout(60000);
  let worker: AnalysisWorker;
  before(() => {
    const script = path.join(ROOT, 'dist', 'worker.js');
    assert.ok(fs.existsSync(script), 'dist/worker.js is missing: build first (npm run test:unit does)');
    worker = new AnalysisWorker(script);
  });
  after(() => worker.dispose());

  it('reassembles a long article from its parts exactly as a direct analysis gives it', async () => {
    const long = Array.from({ length: 12 }, () => SEED).join('\n\n');
    const direct = JSON.parse(JSON.stringify(analyzeArticle(long)));
    assert.ok(direct.mentions.length > 300 && direct.events.length > 300, 'the article must be long enough to come in several parts');
    const analysis = await worker.analyze(long, {});
    assert.deepStrictEqual(analysis, direct);
    assert.deepStrictEqual(Object.keys(analysis), Object.keys(direct));
    assert.deepStrictEqual(editorialOf(analysis), JSON.parse(JSON.stringify(editorialWarnings(direct))));
    assert.ok(worker.stats.maxParseMs > 0);
  });

  it('gives a short article in one part per field, and an empty one with its warning', async () => {
    assert.deepStrictEqual(await worker.analyze(SEED, {}), JSON.parse(JSON.stringify(analyzeArticle(SEED))));
    const empty = await worker.analyze('', {});
    assert.deepStrictEqual(empty.warnings.map((w) => w.code), ['empty-text']);
    assert.deepStrictEqual(empty.mentions, []);
  });
});
