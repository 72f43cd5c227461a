import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { readGoldDocuments } from '../../scripts/evaluate';
import { ROOT, SEED } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prebuiltLexicon } = require(path.join(ROOT, 'build', 'prebuiltLexicon.cjs')) as { prebuiltLexicon(): esbuild.Plugin };

interface Compromise {
  (text: string): { json(options?: object): unknown };
  tokenize(text: string): { compute(steps: string[]): { json(options?: object): unknown } };
  world(): { model: { one: Record<string, unknown>; two: Record<string, unknown> } };
}

/** compromise's output without term ids, which carry a random part. */
const withoutIds = (json: unknown): string => JSON.stringify(json, (key, value: unknown) => (key === 'id' ? undefined : value));

const MARKER = 'build/prebuiltLexicon.cjs';

/** compromise/two bundled from its sources the way esbuild.mjs bundles the worker, with or without the plugin. */
async function bundle(dir: string, name: string, plugins: esbuild.Plugin[]): Promise<{ nlp: Compromise; source: string }> {
  const outfile = path.join(dir, `${name}.js`);
  await esbuild.build({
    stdin: { contents: "export { default } from 'compromise/two'", resolveDir: ROOT, loader: 'js' },
    bundle: true, format: 'cjs', platform: 'node', target: 'node18', outfile, plugins, logLevel: 'silent',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { nlp: (require(outfile) as { default: Compromise }).default, source: fs.readFileSync(outfile, 'utf8') };
}

describe('compromise with its lexicon expanded at build time (build/prebuiltLexicon.cjs)', function () {
  this.timeout(60000);
  let stock: { nlp: Compromise; source: string };
  let prebuilt: { nlp: Compromise; source: string };
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuilt-lexicon-'));
    stock = await bundle(dir, 'stock', []);
    prebuilt = await bundle(dir, 'prebuilt', [prebuiltLexicon()]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the expansion in the bundle (and only with the plugin)', () => {
    assert.ok(prebuilt.source.includes(MARKER), 'the plugin did not replace the lexicon module');
    assert.ok(!stock.source.includes(MARKER));
    assert.ok(stock.source.includes('expandVariable') && !prebuilt.source.includes('expandVariable'), 'the expansion code should be gone');
  });

  it('builds the same model: lexicon, switches, multi-word cache, uncountables and every other part', () => {
    const a = stock.nlp.world().model;
    const b = prebuilt.nlp.world().model;
    assert.ok(Object.keys(a.one.lexicon as object).length > 20000);
    assert.deepStrictEqual(b.one.lexicon, a.one.lexicon);
    assert.deepStrictEqual(b.one._multiCache, a.one._multiCache);
    assert.deepStrictEqual(b.two.switches, a.two.switches);
    assert.deepStrictEqual(b.two.uncountable, a.two.uncountable);
    assert.deepStrictEqual(Object.keys(b.one).sort(), Object.keys(a.one).sort());
    assert.deepStrictEqual(Object.keys(b.two).sort(), Object.keys(a.two).sort());
    // Every other part too: the pre-tagger's own parts are installed without the plugin's merge.
    for (const part of ['one', 'two'] as const) {
      for (const key of Object.keys(a[part])) assert.deepStrictEqual(b[part][key], a[part][key], `model.${part}.${key}`);
    }
  });

  it('tags the seed and every dev article exactly as stock compromise does', () => {
    const texts = [SEED, ...readGoldDocuments(path.join(ROOT, 'test', 'fixtures', 'corpus', 'dev')).map((d) => d.text)];
    assert.strictEqual(texts.length, 17);
    const options = { offset: true, terms: { offset: true } };
    for (const text of texts) {
      // The engine's own pass (see src/core/nlp.ts) and compromise's full one.
      const steps = ['lexicon', 'preTagger', 'contractionTwo', 'root'];
      assert.strictEqual(withoutIds(prebuilt.nlp.tokenize(text).compute(steps).json(options)), withoutIds(stock.nlp.tokenize(text).compute(steps).json(options)));
      assert.strictEqual(withoutIds(prebuilt.nlp(text).json(options)), withoutIds(stock.nlp(text).json(options)));
    }
  });
});
