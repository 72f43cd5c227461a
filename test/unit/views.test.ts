import * as assert from 'assert';
import { adjacentMention, analyzeArticle, editorialWarnings, outline, quotesBySpeaker } from '../../src/core';
import { SEED, spanOf } from './helpers';

describe('navigation, outline and editorial warnings', () => {
  const analysis = analyzeArticle(SEED);

  it('jumps to the next and previous mention of the actor under the cursor, wrapping around', () => {
    const first = spanOf(SEED, 'Andrey G. Karlov');
    const next = adjacentMention(analysis, first.start + 3, 1);
    assert.strictEqual(next && SEED.slice(next.start, next.end), 'Karlov');
    assert.strictEqual(next?.start, spanOf(SEED, 'Karlov', 1).start);
    const previous = adjacentMention(analysis, first.start, -1);
    const karlovs = analysis.mentions.filter((m) => m.actorId === 'actor:person:andrey-g-karlov');
    assert.strictEqual(previous?.start, karlovs[karlovs.length - 1].start, 'wraps to the last mention');
    assert.strictEqual(adjacentMention(analysis, SEED.indexOf('assassinated'), 1), undefined, 'no name under the cursor');
  });

  it('outlines actors with their mentions, then speech quotes with their speakers', () => {
    const entries = outline(analysis);
    const karlov = entries.find((e) => e.name === 'Andrey G. Karlov');
    assert.ok(karlov);
    assert.strictEqual(karlov.kind, 'person');
    assert.deepStrictEqual(karlov.children.map((c) => c.name), analysis.mentions.filter((m) => m.actorId === 'actor:person:andrey-g-karlov').map((m) => m.text));
    assert.ok(karlov.range.start <= karlov.selection.start && karlov.selection.end <= karlov.range.end);
    const quote = entries.find((e) => e.kind === 'quote' && e.name.startsWith('“despicably killed”'));
    assert.strictEqual(quote?.detail, 'Vladimir V. Putin');
    assert.ok(!entries.some((e) => e.name.startsWith('“Russia Through Turks’')), 'titles are not listed as quotes');
  });

  it('flags unbalanced quotation marks and unattributed speech quotes, with exact ranges', () => {
    const text = 'He said “this never ends.\n\nNobody knows. "We will win this war, whatever it takes, they will see."';
    const warnings = editorialWarnings(analyzeArticle(text));
    assert.deepStrictEqual(warnings.map((w) => [w.code, text.slice(w.start, w.end)]), [
      ['unbalanced-quote', '“'],
      ['unattributed-quote', '"We will win this war, whatever it takes, they will see."'],
    ]);
    assert.deepStrictEqual(editorialWarnings(analyzeArticle('Maria Zakharova said: "We will win this war, whatever it takes."')), []);
  });

  it('flags a name spelled two ways (diacritics), with the usual spelling as the fix, and nothing on consistent names', () => {
    const text = 'Recep Tayyip Erdoğan met Vladimir Putin in Ankara. Erdoğan said the talks went well. Later, Mr. Erdogan left.';
    const warnings = editorialWarnings(analyzeArticle(text)).filter((w) => w.code === 'spelling-variant');
    assert.deepStrictEqual(warnings.map((w) => [text.slice(w.start, w.end), w.replacement, w.message]), [
      ['Erdogan', 'Erdoğan', '"Erdogan" is spelled "Erdoğan" elsewhere in this article (2×).'],
    ]);
    assert.deepStrictEqual(editorialWarnings(analysis).filter((w) => w.code === 'spelling-variant'), [], 'the seed spells every name one way');
    const erdogan = analyzeArticle(text).mentions.filter((m) => m.type === 'PERSON' && /Erdo/u.test(m.text));
    assert.deepStrictEqual(erdogan.map((m) => [m.text, m.actorId]), [
      ['Recep Tayyip Erdoğan', 'actor:person:recep-tayyip-erdogan'],
      ['Erdoğan', 'actor:person:recep-tayyip-erdogan'],
      ['Erdogan', 'actor:person:recep-tayyip-erdogan'],
    ], 'both spellings are one actor');
    const different = 'Maria Zakharova spoke in Austria. Mario Zakharov replied from Australia.';
    assert.deepStrictEqual(editorialWarnings(analyzeArticle(different)).filter((w) => w.code === 'spelling-variant'), [], 'different names are not variants');
  });

  it('merges a misspelled surname into its person and flags it with the usual spelling as the fix', () => {
    const text = 'Lydia Buchtmann, a spokeswoman for the agency, said the rules would change. Ms Bauchtman said more tests were needed.';
    const analysis = analyzeArticle(text);
    const lydia = analysis.actors.filter((a) => a.type === 'PERSON');
    assert.deepStrictEqual(lydia.map((a) => [a.name, a.aliases]), [['Lydia Buchtmann', ['Bauchtman']]]);
    const warnings = editorialWarnings(analysis).filter((w) => w.code === 'spelling-variant');
    assert.deepStrictEqual(warnings.map((w) => [text.slice(w.start, w.end), w.replacement]), [['Bauchtman', 'Buchtmann']]);
    // Short names and neighbouring surnames of different length are never merged.
    const two = analyzeArticle('Sarah Mertens spoke first. Then Martens answered. Paul Johnston and Mr Johnson left. Anna Williamson met Mr Williams.');
    assert.deepStrictEqual(two.actors.filter((a) => a.type === 'PERSON').map((a) => a.name),
      ['Sarah Mertens', 'Martens', 'Paul Johnston', 'Johnson', 'Anna Williamson', 'Williams']);
    assert.deepStrictEqual(editorialWarnings(two).filter((w) => w.code === 'spelling-variant'), []);
  });

  it('groups quotes by speaker, then unattributed speech, then titles and scare quotes', () => {
    const groups = quotesBySpeaker(analysis);
    const putin = groups.find((g) => g.label === 'Vladimir V. Putin');
    assert.deepStrictEqual(putin?.quotes.map((q) => q.text.slice(0, 20)), ['“despicably killed”', '“There can be only o']);
    const last = groups[groups.length - 1];
    assert.strictEqual(last.label, 'Titles and scare quotes');
    assert.ok(last.quotes.some((q) => q.text.startsWith('“Russia Through Turks’')));
    assert.strictEqual(groups.reduce((n, g) => n + g.quotes.length, 0), analysis.quotes.length, 'every quote once');
  });
});
