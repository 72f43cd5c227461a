import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import type { ActorType } from '../../src/core';
import { SEED } from './helpers';

// Acceptance list of the names issue (#4) on the seed: one actor each, full canonical name, every mention attached.
const analysis = analyzeArticle(SEED);

/** Offsets of every whole-word occurrence of `word` in the seed. */
function occurrences(word: string): number[] {
  const found: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(SEED); m; m = re.exec(SEED)) found.push(m.index);
  return found;
}

const ACTORS: [ActorType, string, string[]][] = [
  // [type, canonical name, forms whose every occurrence must be a mention of that actor]
  ['PERSON', 'Andrey G. Karlov', ['Karlov']],
  ['PERSON', 'Vladimir V. Putin', ['Putin']],
  ['PERSON', 'Recep Tayyip Erdogan', ['Erdogan']],
  ['PERSON', 'Sergey V. Lavrov', ['Lavrov']],
  ['PERSON', 'Mevlut Mert Altintas', ['Altintas']],
  ['PERSON', 'Hasim Kilic', ['Kilic']],
  ['PERSON', 'Maria Zakharova', ['Zakharova']],
  ['PERSON', 'John Kerry', ['Kerry']],
  ['PERSON', 'Jens Stoltenberg', ['Stoltenberg']],
  ['PERSON', 'Donald J. Trump', ['Trump']],
  ['PERSON', 'Sinan Ulgen', ['Ulgen']],
  ['PERSON', 'Pyotr Voykov', ['Voykov']],
  ['PERSON', 'Aleksandr Griboyedov', ['Griboyedov']],
  ['ORG', 'Contemporary Arts Center', ['Contemporary Arts Center']],
  ['ORG', 'Hurriyet', ['Hurriyet']],
  ['ORG', 'Reuters', ['Reuters']],
  ['ORG', 'Rossiya 24', ['Rossiya 24']],
  ['ORG', 'Tass', ['Tass']],
  ['ORG', 'Hezbollah', ['Hezbollah']],
  ['ORG', 'NATO', ['NATO']],
  ['ORG', 'United Nations', ['United Nations']],
  ['ORG', 'Islamic State', ['Islamic State']],
  ['PLACE', 'Ankara', ['Ankara']],
  ['PLACE', 'Aleppo', ['Aleppo']],
  ['PLACE', 'Istanbul', ['Istanbul', 'ISTANBUL']],
  ['PLACE', 'Izmir', ['Izmir']],
  ['PLACE', 'Warsaw', ['Warsaw']],
];

describe('seed article: names, actors and roles (issue #4 acceptance)', () => {
  for (const [type, name, forms] of ACTORS) {
    it(`${name} is one ${type} actor with every mention of ${forms.join(' / ')}`, () => {
      const matching = analysis.actors.filter((a) => a.name === name);
      assert.strictEqual(matching.length, 1, `actors named ${name}: ${matching.length}`);
      const actor = matching[0];
      assert.strictEqual(actor.type, type);
      for (const form of forms) {
        const starts = occurrences(form);
        assert.ok(starts.length > 0, `${form} occurs in the seed`);
        for (const start of starts) {
          const mention = analysis.mentions.find((m) => m.start <= start && start + form.length <= m.end);
          assert.ok(mention, `"${form}" at ${start} is not a mention`);
          assert.strictEqual(mention.actorId, actor.id, `"${form}" at ${start} belongs to ${mention.actorId}`);
        }
      }
    });
  }

  it('keeps roles from titles and appositives', () => {
    const role = (name: string): string | undefined => analysis.actors.find((a) => a.name === name)?.role;
    assert.strictEqual(role('Sergey V. Lavrov'), 'Foreign Minister');
    assert.strictEqual(role('Vladimir V. Putin'), 'President');
    assert.strictEqual(role('Maria Zakharova'), 'Russia’s Foreign Ministry spokeswoman');
    assert.strictEqual(role('Recep Tayyip Erdogan'), 'Turkish president');
    assert.strictEqual(role('Jens Stoltenberg'), 'secretary general of NATO');
  });

  it('does not take "August" for a person, "State John" or "Islamic State" for places, or the dateline dash for a name', () => {
    assert.ok(!analysis.mentions.some((m) => m.text === 'August' && m.type === 'PERSON'));
    assert.ok(!analysis.mentions.some((m) => m.text.includes('State John')));
    assert.ok(!analysis.mentions.some((m) => m.text === 'Islamic State' && m.type === 'PLACE'));
    assert.ok(!analysis.mentions.some((m) => /[—–]/u.test(m.text)));
    assert.strictEqual(analysis.mentions[0].text, 'ISTANBUL');
  });
});
