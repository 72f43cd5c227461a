import * as assert from 'assert';
import { analyzeArticle, eventLabel, eventTimeline, formatIsoDate } from '../../src/core';
import type { Analysis, ArticleEvent } from '../../src/core';
import { SEED } from './helpers';

const nameOf = (analysis: Analysis, id: string | null | undefined): string | undefined => analysis.actors.find((a) => a.id === id)?.name;
const eventAt = (analysis: Analysis, text: string, trigger: string, nth = 0): ArticleEvent => {
  const candidates = analysis.events.filter((e) => e.trigger.text === trigger);
  assert.ok(candidates.length > nth, `no event "${trigger}" (#${nth + 1}) in ${JSON.stringify(text.slice(0, 60))}`);
  return candidates[nth];
};
const who = (analysis: Analysis, list: ArticleEvent['agents']): string[] => list.map((p) => nameOf(analysis, p.actorId) ?? p.text);

describe('events by construction', () => {
  const rows: [string, string, string, string[], string[]][] = [
    // [text, trigger, type, agents (actor names or phrase text), patients]
    ['Turkey shot down a Russian jet near the border.', 'shot', 'attack', ['Turkey'], ['a Russian jet']],
    ['Pyotr Voykov was shot to death in Warsaw in 1927.', 'shot', 'kill', [], ['Pyotr Voykov']],
    ['The envoy was assassinated by a lone gunman.', 'assassinated', 'kill', ['a lone gunman'], ['The envoy']],
    ['Hezbollah, now allied with Russia, kidnapped four Soviet diplomats.', 'kidnapped', 'attack', ['Hezbollah'], ['four Soviet diplomats']],
    ['Vladimir Putin spoke with Recep Erdogan by phone, and the two leaders agreed to cooperate.', 'agreed', 'cooperate', ['Vladimir Putin', 'Recep Erdogan'], []],
    ['Vladimir Putin met with Recep Erdogan in Moscow.', 'met', 'consult', ['Vladimir Putin'], ['Recep Erdogan']],
    ['The United States condemned the assassination of the ambassador.', 'condemned', 'criticize', ['United States'], ['the assassination']],
    ['Police said the suspect, Ali Demir, was arrested on Friday.', 'arrested', 'investigate', [], ['Ali Demir']],
    ['The army went into Syria in August.', 'went', 'military', ['The army'], ['Syria']],
    ['Officials said the assailant was killed by other officers.', 'killed', 'kill', ['other officers'], ['the assailant']],
    ['Rebels attacked the town on Tuesday, killing 12 civilians.', 'killing', 'kill', ['Rebels'], ['12 civilians']],
    ['Hezbollah kidnapped four Soviet diplomats in 1985, killing one and releasing three.', 'killing', 'kill', ['Hezbollah'], ['one']],
    ['Police raided the house, arresting two men.', 'arresting', 'investigate', ['Police'], ['two men']],
    ['Rebels attacked the town, killing 12 civilians and injuring 30 others.', 'injuring', 'attack', ['Rebels'], ['30 others']],
    ['The company fired its CEO on Monday.', 'fired', 'appoint', ['The company'], ['its CEO']],
    ['Soldiers fired shots at the crowd.', 'fired', 'attack', ['Soldiers'], ['shots']],
    ['Prime Minister Abiy Ahmed on Sunday ordered troops into the region.', 'ordered', 'other', ['Abiy Ahmed'], ['troops']],
    ['A rain storm on Sunday night (March 4) caused a mass exodus.', 'caused', 'other', ['A rain storm'], ['a mass exodus']],
    ['Mr. Erdogan, in a speech late Monday night, said the talks would go on.', 'said', 'statement', ['Erdogan'], ['the talks']],
    ['The quake struck the town at night.', 'struck', 'other', ['The quake'], ['the town']],
    ['The Irish Republican Army later admitted the killing.', 'admitted', 'other', ['Irish Republican Army'], ['the killing']],
    ['Gerry Adams was arrested by the Police Service of Northern Ireland.', 'arrested', 'investigate', ['Police Service of Northern Ireland'], ['Gerry Adams']],
    ['State media reported Tuesday that 100 people died.', 'reported', 'statement', ['media'], []],
    ['Harry Kane scored a second goal.', 'scored', 'other', ['Harry Kane'], ['a second goal']],
    // A headline's or caption's passive without "was": the subject is what it was done to.
    ['Trump confidant Roger Stone sentenced to 40 months in jail', 'sentenced', 'investigate', [], ['Roger Stone']],
    ['Three protesters killed in clashes with police', 'killed', 'kill', [], ['Three protesters']],
    ['The gunman also wounded at least three others.', 'wounded', 'attack', ['The gunman'], ['three others']],
  ];
  for (const [text, trigger, type, agents, patients] of rows) {
    it(`${text} → ${type}: ${agents.join(' + ') || '–'} → ${patients.join(' + ') || '–'}`, () => {
      const analysis = analyzeArticle(text, { articleDate: '2016-12-19' });
      const event = eventAt(analysis, text, trigger);
      assert.strictEqual(event.type, type);
      assert.deepStrictEqual(who(analysis, event.agents), agents);
      assert.deepStrictEqual(who(analysis, event.patients), patients);
      for (const p of [...event.agents, ...event.patients]) assert.strictEqual(text.slice(p.start, p.end), p.text);
      assert.strictEqual(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
    });
  }

  it('resolves the event noun "the assassination of X by Y"', () => {
    const text = 'Officials described the assassination of Andrey Karlov by a police officer.';
    const analysis = analyzeArticle(text);
    const event = eventAt(analysis, text, 'assassination');
    assert.strictEqual(event.type, 'kill');
    assert.strictEqual(event.lemma, 'assassinate');
    assert.deepStrictEqual(who(analysis, event.patients), ['Andrey Karlov']);
    assert.deepStrictEqual(who(analysis, event.agents), ['a police officer']);
  });

  it('finds no events in titles or adjectives, and never makes an actor its own patient', () => {
    const text = 'Foreign Minister Sergey Lavrov and the wounded officers. Mr. Lavrov praised Mr. Lavrov.';
    const analysis = analyzeArticle(text);
    assert.ok(!analysis.events.some((e) => ['Minister', 'wounded'].includes(e.trigger.text)), JSON.stringify(analysis.events.map((e) => e.trigger.text)));
    for (const e of analysis.events) assert.ok(!e.agentActorIds.some((id) => e.patientActorIds.includes(id)), e.id);
  });

  it('takes an "-ing" word after a comma for an event only when it names one and follows a clause with an agent', () => {
    for (const text of ['She walked home, smiling at everyone.', 'The killing, officials said, was brutal.', 'After the raid, killing resumed.']) {
      const analysis = analyzeArticle(text, { articleDate: '2016-12-19' });
      assert.ok(!analysis.events.some((e) => /ing$/u.test(e.trigger.text) && e.agents.length > 0), `${text}: ${JSON.stringify(analysis.events.map((e) => e.trigger.text))}`);
    }
  });

  it('finds no events in particles, states or plural nouns the tagger took for verbs', () => {
    const rows: [string, string][] = [
      ['The robots had to pick up and deposit balls.', 'up'],
      ['The festival was off to a bright start on Saturday.', 'off'],
      ['IE6 has 277 vulnerabilities, the firm said.', 'has'],
      ['Montalvo had known Devocht for years.', 'known'],
      ['People flock to see the lantern scenes.', 'scenes'],
      ['North Korea fired artillery rounds aimed at a loudspeaker.', 'rounds'],
      ['Aid agency Médecins Sans Frontières said conditions were dire.', 'Aid'],
      ['The Israel Defense Forces said it struck targets.', 'Forces'],
    ];
    for (const [text, word] of rows) {
      const triggers = analyzeArticle(text).events.map((e) => text.slice(e.trigger.start, e.trigger.end));
      assert.ok(!triggers.includes(word), `${text} → ${JSON.stringify(triggers)}`);
    }
    // …while the real events of those sentences stay.
    assert.ok(analyzeArticle('North Korea fired artillery rounds aimed at a loudspeaker.').events.some((e) => e.lemma === 'fire'));
    assert.ok(analyzeArticle('The company plans to expand.').events.some((e) => e.lemma === 'plan'), 'a verb after a common noun stays a verb');
  });

  it('dates and places an event with normalized time', () => {
    const text = 'Turkey shot down a Russian jet in November 2015.';
    const event = eventAt(analyzeArticle(text), text, 'shot');
    assert.deepStrictEqual(event.time, { text: 'November 2015', start: text.indexOf('November'), end: text.indexOf('November') + 13, iso: '2015-11' });
  });
});

describe('seed article: events (issue #6 acceptance)', () => {
  const analysis = analyzeArticle(SEED, { articleDate: '2016-12-19' });
  const find = (trigger: string, test: (e: ArticleEvent) => boolean): ArticleEvent => {
    const event = analysis.events.find((e) => e.trigger.text === trigger && test(e));
    assert.ok(event, `no matching "${trigger}" event`);
    return event;
  };
  const has = (list: ArticleEvent['agents'], wanted: string): boolean => who(analysis, list).some((w) => w.includes(wanted));
  const rows: [string, string, string[], (e: ArticleEvent) => boolean][] = [
    ['Karlov assassinated (target Karlov, Ankara, Monday evening)', 'assassinated', ['kill'], (e) => has(e.patients, 'Andrey G. Karlov') && nameOf(analysis, e.placeActorId) === 'Ankara' && e.time?.text === 'Monday evening'],
    ['the gunman wounded at least three others', 'wounded', ['attack'], (e) => has(e.agents, 'Mevlut Mert Altintas') && has(e.patients, 'three others')],
    ['the assailant killed by other officers', 'killed', ['kill'], (e) => has(e.patients, 'Mevlut Mert Altintas') && has(e.agents, 'other officers')],
    ['Putin spoke with Erdogan', 'spoke', ['consult'], (e) => has(e.agents, 'Vladimir V. Putin') && has(e.patients, 'Recep Tayyip Erdogan')],
    ['the two leaders agreed to cooperate', 'agreed', ['cooperate'], (e) => has(e.agents, 'Vladimir V. Putin') && has(e.agents, 'Recep Tayyip Erdogan')],
    ['Altintas’s mother and sister arrested', 'arrested', ['investigate'], (e) => has(e.patients, 'mother and sister')],
    ['a computer confiscated', 'confiscated', ['investigate'], (e) => has(e.patients, 'a computer')],
    ['the United States condemned the assassination', 'condemned', ['criticize'], (e) => has(e.agents, 'United States') && has(e.patients, 'the assassination')],
    ['Hezbollah kidnapped four Soviet diplomats in 1985', 'kidnapped', ['attack'], (e) => has(e.agents, 'Hezbollah') && has(e.patients, 'four Soviet diplomats') && e.time?.iso === '1985'],
    ['Voykov shot to death in Warsaw in 1927', 'shot', ['kill'], (e) => has(e.patients, 'Pyotr Voykov') && nameOf(analysis, e.placeActorId) === 'Warsaw' && e.time?.iso === '1927'],
    ['Russia entered the conflict in the fall of 2015', 'entered', ['military'], (e) => has(e.agents, 'Russia') && e.time?.iso === '2015-09-01/2015-11-30'],
    ['Turkey shot down a Russian jet in November 2015', 'shot', ['attack'], (e) => has(e.agents, 'Turkey') && has(e.patients, 'a Russian jet') && e.time?.iso === '2015-11'],
    ['Erdogan met with Putin in St. Petersburg', 'met', ['consult'], (e) => has(e.agents, 'Recep Tayyip Erdogan') && has(e.patients, 'Vladimir V. Putin') && nameOf(analysis, e.placeActorId) === 'St. Petersburg'],
    ['Turkey’s military went into Syria in August', 'went', ['military'], (e) => has(e.agents, 'Turkey') && has(e.patients, 'Syria') && e.time?.iso === '2016-08'],
    ['protesters gathered outside the Russian consulate in Istanbul', 'gathered', ['protest'], (e) => has(e.agents, 'protesters') && nameOf(analysis, e.placeActorId) === 'Istanbul'],
  ];
  for (const [title, trigger, types, test] of rows) {
    it(title, () => {
      const event = find(trigger, test);
      assert.ok(types.includes(event.type), `${trigger}: type ${event.type}`);
      assert.strictEqual(SEED.slice(event.trigger.start, event.trigger.end), trigger);
    });
  }

  it('links speech events to the quote they introduce', () => {
    const quote = analysis.quotes.find((q) => q.text.startsWith('“We know that'));
    assert.ok(quote);
    const event = analysis.events.find((e) => e.quoteId === quote.id);
    assert.strictEqual(event?.type, 'statement');
    assert.deepStrictEqual(event?.agentActorIds, [quote.speakerActorId]);
  });
});

describe('event labels and the timeline', () => {
  it('labels an event with actors, the trigger and its particle, and the date', () => {
    const text = 'Turkey shot down a Russian jet in November 2015. Then Russia entered the conflict.';
    const analysis = analyzeArticle(text);
    const { dated, undated } = eventTimeline(analysis, 0);
    assert.deepStrictEqual(dated.map((e) => eventLabel(text, analysis, e)), ['Turkey — shot down → a Russian jet · Nov 2015']);
    assert.deepStrictEqual(undated.map((e) => eventLabel(text, analysis, e)), ['Russia — entered → the conflict']);
  });

  it('orders dated events by date, not by position', () => {
    const text = 'Turkey shot down a Russian jet in November 2015. Hezbollah kidnapped four Soviet diplomats in 1985.';
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(eventTimeline(analysis, 0).dated.map((e) => e.trigger.text), ['kidnapped', 'shot']);
  });

  it('formats normalized dates for people', () => {
    const rows: [string, string][] = [['2015-11', 'Nov 2015'], ['2016-12-19', '19 Dec 2016'], ['1927', '1927'], ['2015-09-01/2015-11-30', 'Sep 2015–Nov 2015']];
    for (const [iso, shown] of rows) assert.strictEqual(formatIsoDate(iso), shown);
  });
});
