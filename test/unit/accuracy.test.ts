import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { evaluate, readGoldDocuments } from '../../scripts/evaluate';
import { ROOT } from './helpers';

const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus', 'dev');
const floor = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'eval-floor.json'), 'utf8'));

describe('accuracy on the gold dev corpus (npm run eval)', () => {
  const documents = readGoldDocuments(corpus);
  const report = evaluate(documents);

  it('scores all 16 documents', () => assert.strictEqual(report.documents, 16));

  for (const [key, value] of Object.entries(floor.exactF1 as Record<string, number>)) {
    it(`keeps exact F1 of ${key} at or above the floor ${value}`, () => {
      assert.ok(report.exact[key].f1 >= value, `${key} exact F1 ${report.exact[key].f1.toFixed(4)} < floor ${value}`);
    });
  }
  for (const [key, value] of Object.entries(floor.overlapF1 as Record<string, number>)) {
    it(`keeps overlap F1 of ${key} at or above the floor ${value}`, () => {
      assert.ok(report.overlap[key].f1 >= value, `${key} overlap F1 ${report.overlap[key].f1.toFixed(4)} < floor ${value}`);
    });
  }
  it(`keeps person-chain merging (${floor.personChainsMerged}) and quote speakers (${floor.quoteSpeakerAccuracy}) at or above the floor`, () => {
    assert.ok(report.personChainsMerged >= floor.personChainsMerged, `chains ${report.personChainsMerged}`);
    assert.ok(report.quoteSpeakerAccuracy >= floor.quoteSpeakerAccuracy, `speakers ${report.quoteSpeakerAccuracy}`);
  });
});
