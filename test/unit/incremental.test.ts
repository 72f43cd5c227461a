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

  it('gives a speech verb\'s event the id of its quote in another chunk after quotes before it were added or split', () => {
    const base = 'Smith spoke on Monday.\n\n“We will win this fight.”\n\nSmith said. The council met in Paris on Tuesday and agreed to act.';
    for (const edited of [`“Hello there.” Bob Jones said.\n\n${base}`, base.replace('“We will win this fight.”', '“We will.” “Win this fight.”')]) {
      const analyzer = createAnalyzer();
      analyzer.analyze(base);
      const incremental = analyzer.analyze(edited);
      assert.deepStrictEqual(incremental, analyzeArticle(edited));
      assert.ok(incremental.events.some((e) => e.quoteId), 'a speech event keeps a quote');
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
