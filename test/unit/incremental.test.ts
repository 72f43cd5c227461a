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

  it('re-finds names in cached chunks when the lexicon or the lower-case words around them change', () => {
    const analyzer = createAnalyzer();
    const lexicon = [{ name: 'Cankaya', type: 'ORG' as const }];
    analyzer.analyze(SEED);
    assert.deepStrictEqual(analyzer.analyze(SEED, { lexicon }), analyzeArticle(SEED, { lexicon }));
    const cankaya = analyzeArticle(SEED, { lexicon }).mentions.find((m) => m.text === 'Cankaya');
    assert.strictEqual(cankaya?.type, 'ORG');
    // "police" in lower case elsewhere makes a sentence-initial "Police" an ordinary word.
    const text = 'Police said no.\n\nThe rest of the story.';
    analyzer.analyze(text);
    const edited = `${text} The police came.`;
    assert.deepStrictEqual(analyzer.analyze(edited), analyzeArticle(edited));
  });
});
