import * as assert from 'assert';
import { analyzeArticle } from '../../src/core';
import type { Analysis, Mention } from '../../src/core';
import { SEED, spanOf } from './helpers';

const seed = analyzeArticle(SEED);
const mentionAtSpan = (analysis: Analysis, span: { start: number; end: number }): Mention | undefined =>
  analysis.mentions.find((m) => m.start === span.start && m.end === span.end);
const actorName = (analysis: Analysis, actorId: string | null): string | undefined =>
  analysis.actors.find((a) => a.id === actorId)?.name;

describe('engine on the seed article', () => {
  const rows: [string, number, string, string][] = [
    // [exact text, occurrence, type, canonical actor name]
    ['Andrey G. Karlov', 0, 'PERSON', 'Andrey G. Karlov'],
    ['Karlov', 1, 'PERSON', 'Andrey G. Karlov'], // "Mr. Karlov": the honorific stays outside
    ['Vladimir V. Putin', 0, 'PERSON', 'Vladimir V. Putin'],
    ['Recep Tayyip Erdogan', 0, 'PERSON', 'Recep Tayyip Erdogan'],
    ['Sergey V. Lavrov', 0, 'PERSON', 'Sergey V. Lavrov'],
    ['Hasim Kilic', 0, 'PERSON', 'Hasim Kilic'],
    ['Mevlut Mert Altintas', 0, 'PERSON', 'Mevlut Mert Altintas'],
    ['Maria Zakharova', 0, 'PERSON', 'Maria Zakharova'],
    ['Jens Stoltenberg', 0, 'PERSON', 'Jens Stoltenberg'],
    ['Donald J. Trump', 0, 'PERSON', 'Donald J. Trump'],
    ['Contemporary Arts Center', 0, 'ORG', 'Contemporary Arts Center'],
    ['Reuters', 0, 'ORG', 'Reuters'],
    ['NATO', 0, 'ORG', 'NATO'],
    ['United Nations', 0, 'ORG', 'United Nations'],
    ['Rossiya 24', 0, 'ORG', 'Rossiya 24'],
    ['Ankara', 0, 'PLACE', 'Ankara'],
    ['Aleppo', 0, 'PLACE', 'Aleppo'],
    ['Warsaw', 0, 'PLACE', 'Warsaw'],
  ];
  for (const [text, nth, type, actor] of rows) {
    it(`finds "${text}" (#${nth + 1}) as ${type} of actor ${actor}`, () => {
      const span = spanOf(SEED, text, nth);
      const mention = mentionAtSpan(seed, span);
      assert.ok(mention, `no mention at [${span.start}, ${span.end}) for "${text}"`);
      assert.strictEqual(SEED.slice(mention.start, mention.end), text);
      assert.strictEqual(mention.text, text);
      assert.strictEqual(mention.type, type);
      assert.strictEqual(actorName(seed, mention.actorId), actor);
    });
  }

  it('finds the dates "Monday evening" and "1927"', () => {
    for (const text of ['Monday evening', '1927']) {
      const mention = mentionAtSpan(seed, spanOf(SEED, text));
      assert.strictEqual(mention?.type, 'DATE', text);
      assert.strictEqual(mention?.actorId, null);
    }
  });

  it('merges "Andrey G. Karlov", "Mr. Karlov" and "Karlov" into one actor with every mention', () => {
    const karlov = seed.actors.filter((a) => a.name.includes('Karlov'));
    assert.strictEqual(karlov.length, 1);
    const occurrences = SEED.split('Karlov').length - 1;
    assert.strictEqual(karlov[0].mentionIds.length, occurrences);
    assert.deepStrictEqual(karlov[0].aliases, ['Karlov']);
  });

  it('keeps titles out of names and as the role', () => {
    const lavrov = seed.actors.find((a) => a.name === 'Sergey V. Lavrov');
    assert.strictEqual(lavrov?.role, 'Foreign Minister');
    const putin = seed.actors.find((a) => a.name === 'Vladimir V. Putin');
    assert.strictEqual(putin?.role, 'President');
  });

  it('never includes titles, possessives, trailing punctuation or the dateline dash in a name', () => {
    for (const m of seed.mentions) {
      assert.ok(!/^(Mr|Mrs|Ms|Dr|President|Foreign Minister)\b/u.test(m.text), `title in "${m.text}"`);
      assert.ok(!/['’]s$/u.test(m.text), `possessive in "${m.text}"`);
      assert.ok(!/[,;:!?—]$/u.test(m.text), `punctuation in "${m.text}"`);
      assert.ok(!m.text.includes('—'), `dash in "${m.text}"`);
      assert.strictEqual(SEED.slice(m.start, m.end), m.text);
    }
    const names = new Set(seed.mentions.map((m) => m.text));
    for (const wrong of ['August', 'Mr. Karlov', 'President Vladimir V. Putin', 'Russia’s', 'Turkish', 'Russian']) {
      assert.ok(!names.has(wrong) || wrong === 'August' && seed.mentions.every((m) => m.text !== 'August' || m.type === 'DATE'), `"${wrong}" must not be a name`);
    }
  });

  it('attributes quotes to the speaker named next to the cue verb', () => {
    const rows: [string, string][] = [
      ['“despicably killed”', 'Vladimir V. Putin'],
      ['“We know that this is a provocation', 'Recep Tayyip Erdogan'],
      ['“No justification for such a heinous act,”', 'Jens Stoltenberg'],
      ['“assassinated by a radical Islamic terrorist. ”', 'Donald J. Trump'],
    ];
    for (const [start, speaker] of rows) {
      const at = SEED.indexOf(start);
      const quote = seed.quotes.find((q) => q.start === at);
      assert.ok(quote, `no quote at "${start}"`);
      assert.strictEqual(actorName(seed, quote.speakerActorId), speaker, start);
      assert.strictEqual(quote.kind, 'speech');
      assert.ok(quote.cue && SEED.slice(quote.cue.start, quote.cue.end) === quote.cue.text);
    }
  });

  it('includes the marks in quote spans and pairs a quote whose closing mark follows a space', () => {
    const text = '“There can be only one answer to this  —   stepping up the fight against terrorism, and the bandits will feel this. ”';
    const at = SEED.indexOf(text);
    const quote = seed.quotes.find((q) => q.start === at);
    assert.strictEqual(quote?.text, text);
    assert.strictEqual(quote?.end, at + text.length);
    assert.deepStrictEqual(quote?.inner, { start: at + 1, end: at + text.length - 1 });
  });

  it('finds events with actors and exact trigger spans', () => {
    const spoke = seed.events.find((e) => e.trigger.text === 'spoke');
    assert.ok(spoke);
    assert.deepStrictEqual(spoke.agentActorIds.map((id) => actorName(seed, id)), ['Vladimir V. Putin']);
    for (const e of seed.events) {
      assert.strictEqual(SEED.slice(e.trigger.start, e.trigger.end), e.trigger.text);
      assert.ok(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
    }
  });

  it('sorts every array by start', () => {
    for (const list of [seed.mentions, seed.quotes, seed.actors.map((a) => ({ start: a.firstStart }))]) {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start);
    }
  });
});

describe('engine on awkward input', () => {
  it('returns an empty analysis with a warning for empty and blank text', () => {
    for (const text of ['', '   \n\n  ', '—— … !!']) {
      const analysis = analyzeArticle(text);
      assert.deepStrictEqual([analysis.mentions, analysis.quotes, analysis.actors, analysis.events], [[], [], [], []], JSON.stringify(text));
      assert.strictEqual(analysis.warnings[0]?.code, 'empty-text');
    }
  });

  it('refuses binary text with a warning instead of garbage', () => {
    const analysis = analyzeArticle('PK\u0003\u0004\u0000\u0000binary\u0000data Mr. Smith');
    assert.strictEqual(analysis.warnings[0]?.code, 'binary-text');
    assert.strictEqual(analysis.mentions.length, 0);
  });

  it('keeps UTF-16 offsets exact after emoji and other surrogate pairs', () => {
    const text = '🇹🇷😀 Mr. Andrey G. Karlov met 𝒳 officials in Ankara on Monday.';
    const analysis = analyzeArticle(text);
    const karlov = analysis.mentions.find((m) => m.text === 'Andrey G. Karlov');
    assert.deepStrictEqual(karlov && [karlov.start, karlov.end], [spanOf(text, 'Andrey G. Karlov').start, spanOf(text, 'Andrey G. Karlov').end]);
    const ankara = analysis.mentions.find((m) => m.text === 'Ankara');
    assert.strictEqual(ankara && text.slice(ankara.start, ankara.end), 'Ankara');
    assert.strictEqual(ankara?.type, 'PLACE');
  });

  it('handles CRLF line breaks with offsets into the exact text', () => {
    const text = 'Police arrest man\r\n\r\nOfficials said Mr. Hasim Kilic was in Ankara.\r\n"We are here," Mr. Kilic said.\r\n';
    const analysis = analyzeArticle(text);
    const names = analysis.mentions.filter((m) => m.type !== 'DATE').map((m) => [m.text, text.slice(m.start, m.end)]);
    assert.deepStrictEqual(names, [['Hasim Kilic', 'Hasim Kilic'], ['Ankara', 'Ankara'], ['Kilic', 'Kilic']]);
    assert.strictEqual(analysis.quotes.length, 1);
    assert.strictEqual(analysis.quotes[0].text, '"We are here,"');
    assert.strictEqual(analysis.actors.find((a) => a.id === analysis.quotes[0].speakerActorId)?.name, 'Hasim Kilic');
  });

  it('reports an unbalanced quotation mark without swallowing the rest of the article', () => {
    const text = 'He said “this never ends.\n\nThe next paragraph names Maria Zakharova. She said "yes" twice.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.text), ['"yes"']);
    assert.strictEqual(analysis.warnings.filter((w) => w.code === 'unbalanced-quote').length, 1);
    assert.strictEqual(analysis.warnings[0].start, text.indexOf('“'));
    assert.ok(analysis.mentions.some((m) => m.text === 'Maria Zakharova'));
  });

  it('keeps the quotes inside a mark that never closes (same paragraph)', () => {
    for (const [open, close] of [['"', '"'], ['“', '”']]) {
      const text = `He said ${open}this never ends. Maria Zakharova said ${open}yes${close} twice.`;
      const analysis = analyzeArticle(text);
      assert.deepStrictEqual(analysis.quotes.map((q) => q.text), [`${open}yes${close}`]);
      assert.strictEqual(analysis.actors.find((a) => a.id === analysis.quotes[0].speakerActorId)?.name, 'Maria Zakharova');
      assert.deepStrictEqual(analysis.warnings.map((w) => [w.code, w.start]), [['unbalanced-quote', text.indexOf(open)]]);
    }
  });

  it('…also inside two marks that never close (a title whose closing mark is typed as an opening one)', () => {
    const text = 'Her video "How To Avoid People "was featured in 2011. In the video, Jenna Marbles stated, "I am tired of it"; it was seen widely.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.text), ['"I am tired of it"']);
    assert.strictEqual(analysis.actors.find((a) => a.id === analysis.quotes[0].speakerActorId)?.name, 'Jenna Marbles');
    assert.ok(analysis.warnings.every((w) => w.code === 'unbalanced-quote') && analysis.warnings.length >= 1);
  });

  it('takes a straight mark written like a closing one, before an opening one, for a stray mark', () => {
    const text = 'Jeanne Moreau was born in Paris. When a young girl," the family moved. "It was wonderful there", Moreau said. "Every tombstone was for a Moreau". The war came.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.text), ['"It was wonderful there"', '"Every tombstone was for a Moreau"']);
    assert.deepStrictEqual(analysis.quotes.map((q) => analysis.actors.find((a) => a.id === q.speakerActorId)?.name), ['Jeanne Moreau', 'Jeanne Moreau']);
    assert.deepStrictEqual(analysis.warnings.map((w) => [w.code, w.start]), [['unbalanced-quote', text.indexOf('," the') + 1]]);
  });

  it('…but pairs it with a later mark written like a closing one (an opening mark typed the wrong way)', () => {
    const text = 'Burrows said kits would be ready for communities," For example, schools can hold a vote". People were glad.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.text), ['" For example, schools can hold a vote"']);
    assert.deepStrictEqual(analysis.warnings, []);
  });

  it('continues a quote into the next paragraph when that paragraph reopens it', () => {
    const text = 'Mr. Kerry said: “The first part.\n\n“The second part.”\n\nAfter that, nothing.';
    const analysis = analyzeArticle(text);
    assert.strictEqual(analysis.quotes.length, 1);
    assert.strictEqual(analysis.quotes[0].text, '“The first part.\n\n“The second part.”');
    assert.strictEqual(analysis.warnings.length, 0);
  });

  it('continues a quote that runs into the next paragraph and closes there without re-opening', () => {
    const text = 'Hernan Dario Gomez said, "We learned a lot.\n\nIt was an emotional day."\n\nGroup G played later.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => q.text), ['"We learned a lot.\n\nIt was an emotional day."']);
    assert.strictEqual(analysis.actors.find((a) => a.id === analysis.quotes[0].speakerActorId)?.name, 'Hernan Dario Gomez');
    assert.deepStrictEqual(analysis.warnings, []);
  });

  it('pairs „…“, «…», ‹…› and keeps a nested quote inside its outer quote', () => {
    const rows: [string, string[]][] = [
      ['Er sagte: „Das ist gut“ und ging.', ['„Das ist gut“']],
      ['Il a dit « c’est fini » hier.', ['« c’est fini »']],
      ['She said ‹hi› twice.', ['‹hi›']],
      ['He said “it was ‘quasi-state of war’ now” and left.', ['“it was ‘quasi-state of war’ now”']],
      ['He said "it was \'quasi-state of war\' now" and left.', ['"it was \'quasi-state of war\' now"']],
    ];
    for (const [text, expected] of rows) {
      const analysis = analyzeArticle(text);
      assert.deepStrictEqual(analysis.quotes.map((q) => q.text), expected, text);
      assert.deepStrictEqual(analysis.warnings, [], text);
      for (const q of analysis.quotes) assert.strictEqual(text.slice(q.inner.start - 1, q.inner.end + 1), q.text, text);
    }
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = "Russia's envoy didn't say the Turks' plan was 'quasi-state of war' in Ankara.";
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(analysis.quotes.map((q) => [q.text, q.kind]), [["'quasi-state of war'", 'scare']]);
  });

  it('strips possessives from names', () => {
    const text = 'Maria Zakharova spoke. Zakharova’s office and Reuters\'s editors in Warsaw agreed.';
    const analysis = analyzeArticle(text);
    const names = analysis.mentions.map((m) => m.text);
    assert.ok(names.includes('Zakharova') && names.includes('Reuters'), names.join('|'));
    assert.ok(!names.some((n) => /['’]s$/u.test(n)));
  });
});

describe('user lexicon', () => {
  it('types listed names, merges their aliases into one actor named by the entry', () => {
    const text = 'The Korean Central News Agency said so. KCNA added more. Officials in Cankaya met Abu Hamza; Hamza left.';
    const lexicon = [
      { name: 'Korean Central News Agency', type: 'ORG' as const, aliases: ['KCNA'] },
      { name: 'Cankaya', type: 'PLACE' as const },
      { name: 'Abu Hamza al-Masri', type: 'PERSON' as const, aliases: ['Abu Hamza'] },
    ];
    const analysis = analyzeArticle(text, { lexicon });
    const actorOf = (name: string) => analysis.actors.find((a) => a.id === analysis.mentions.find((m) => m.text === name)?.actorId);
    assert.strictEqual(actorOf('KCNA')?.name, 'Korean Central News Agency');
    assert.strictEqual(actorOf('KCNA'), actorOf('Korean Central News Agency'));
    assert.strictEqual(actorOf('Cankaya')?.type, 'PLACE');
    assert.strictEqual(actorOf('Abu Hamza')?.name, 'Abu Hamza al-Masri');
    assert.strictEqual(actorOf('Abu Hamza')?.type, 'PERSON');
    assert.deepStrictEqual(analysis.warnings, []);
  });

  it('skips bad entries with a warning instead of failing', () => {
    const lexicon = [{ name: 'NATO', type: 'ORG' }, { name: '', type: 'ORG' }, { name: 'X', type: 'ANIMAL' }, 'oops'] as unknown as [];
    const analysis = analyzeArticle('NATO met in Warsaw.', { lexicon });
    assert.deepStrictEqual(analysis.warnings.map((w) => w.code), ['lexicon', 'lexicon', 'lexicon']);
    assert.match(analysis.warnings[0].message, /^Lexicon entry 2 was ignored/u);
    assert.strictEqual(analysis.mentions.find((m) => m.text === 'NATO')?.type, 'ORG');
  });
});
