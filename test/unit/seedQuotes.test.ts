import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import { SEED } from './helpers';

// Speakers of the seed's quotes as the quotes issue (#5) lists them.
const analysis = analyzeArticle(SEED);
const quoteStarting = (opening: string) => {
  const at = SEED.indexOf(opening);
  assert.ok(at >= 0, `"${opening}" is in the seed`);
  const quote = analysis.quotes.find((q) => q.start === at);
  assert.ok(quote, `a quote starts at "${opening}"`);
  return quote;
};
const speakerName = (actorId: string | null): string | null => analysis.actors.find((a) => a.id === actorId)?.name ?? null;

describe('seed article: who said it (issue #5 acceptance)', () => {
  const rows: [string, string][] = [
    ['“despicably killed”', 'Vladimir V. Putin'],
    ['“There can be only one answer', 'Vladimir V. Putin'],
    ['“We know that this is a provocation', 'Recep Tayyip Erdogan'],
    ['“But the Russian government and the Turkish republic', 'Recep Tayyip Erdogan'],
    ['“four from behind, three while the body was on the ground”', 'Hasim Kilic'],
    ['“Call the police, and I will die here,”', 'Mevlut Mert Altintas'],
    ['“despicable attack,', 'John Kerry'],
    ['“No justification for such a heinous act,”', 'Jens Stoltenberg'],
    ['“appalled by this senseless act of terror. ”', 'Ban'],
    ['“assassinated by a radical Islamic terrorist. ”', 'Donald J. Trump'],
    ['“Turkey is very aware of the size of this failure', 'Sinan Ulgen'],
    ['“I don’t expect any crisis between Turkey and Russia. ”', 'Sinan Ulgen'],
    ['“God is great! Those who pledged', 'Mevlut Mert Altintas'],
    ['“Don’t forget Aleppo, don’t forget Syria! Step back!', 'Mevlut Mert Altintas'],
    ['“God is great!” and', 'Mevlut Mert Altintas'],
    ['“don’t forget Aleppo, don’t forget Syria!”', 'Mevlut Mert Altintas'],
    ['“I felt extreme happiness', 'Mohammed'],
    ['“This is the first step', 'Mohammed'],
  ];
  for (const [opening, speaker] of rows) {
    it(`${opening.slice(0, 45)}… is speech by ${speaker}`, () => {
      const quote = quoteStarting(opening);
      assert.strictEqual(quote.kind, 'speech');
      assert.strictEqual(speakerName(quote.speakerActorId), speaker);
    });
  }

  it('“Russia Through Turks’ Eyes.” is a title, said by no one', () => {
    const quote = quoteStarting('“Russia Through Turks’ Eyes. ”');
    assert.strictEqual(quote.kind, 'title');
    assert.strictEqual(quote.speakerActorId, null);
    assert.strictEqual(quote.cue, null);
  });

  it('gives every speech quote a cue whose offsets match its text', () => {
    for (const quote of analysis.quotes.filter((q) => q.kind === 'speech' && q.cue)) {
      assert.strictEqual(SEED.slice(quote.cue!.start, quote.cue!.end), quote.cue!.text, quote.id);
    }
  });
});
