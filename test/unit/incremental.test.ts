import * as assert from 'assert';
import { analyzeArticle, createAnalyzer } from '../../src/core';
import { SEED } from './helpers';

describe('analyzer with a chunk cache', () => {
  it('gives exactly the result of a fresh analysis after edits', () => {
    const analyzer = createAnalyzer();
    const edits = [
      SEED,
      SEED.replace('Monday evening', 'Monday  evening'),
      `Breaking news.\n\n${SEED}`,
      SEED.replace('Mr. Erdogan said.', 'Mr. Erdogan said again.'),
      SEED.slice(0, 5000),
    ];
    for (const text of edits) {
      assert.deepStrictEqual(analyzer.analyze(text), analyzeArticle(text));
    }
  });
});
