// `npm run bench`: medians of the engine against plain compromise on stable inputs, in one run.
// Inputs: the seed, the 16 dev-corpus texts, a ~100,000-character article built from them, and
// one-character edits of a 10,000-word article (incremental re-analysis through the chunk cache).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import nlp from 'compromise';
import { analyzeArticle, createAnalyzer } from '../src/core';

const ROOT = path.join(__dirname, '..');
const seed = fs.readFileSync(path.join(ROOT, 'seeds', 'karlov-assassination-ankara.txt'), 'utf8');
const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus', 'dev');
const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => (JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8')) as { text: string }).text);
const quick = process.argv.includes('--quick');

/** Articles joined with blank lines until `length` characters. */
function longArticle(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const part = i === 0 ? seed : corpus[(i - 1) % corpus.length];
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** What the bare library gives a user: tagging plus its people/organizations/places matches. */
function plainCompromise(text: string): void {
  const doc = nlp(text);
  doc.people().json({ offset: true });
  doc.organizations().json({ offset: true });
  doc.places().json({ offset: true });
}

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const runs = quick ? 3 : 9;
const long = longArticle(100_000);
const tenThousandWords = longArticle(62_000);

time(() => plainCompromise(seed), 2); // warm up both paths so loading is not measured
time(() => analyzeArticle(seed), 2);

const rows: [string, string, number, number][] = [];
const measure = (name: string, texts: string[], n: number): void => {
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const plain = time(() => texts.forEach(plainCompromise), n);
  const ours = time(() => texts.forEach((t) => analyzeArticle(t)), n);
  rows.push([name, `${chars.toLocaleString('en-US')} chars / ${texts.reduce((s, t) => s + words(t), 0).toLocaleString('en-US')} words`, plain, ours]);
};
measure('seed article', [seed], runs);
measure('16 dev-corpus articles', corpus, quick ? 2 : 5);
measure('long article (~100k chars)', [long], quick ? 1 : 3);

console.log(`News Annotator benchmark — node ${process.version}, ${process.platform}/${process.arch}, medians of repeated runs\n`);
console.log('input                          size                         compromise   engine   ratio (compromise / engine)');
for (const [name, size, plain, ours] of rows) {
  console.log(`${name.padEnd(30)} ${size.padEnd(28)} ${plain.toFixed(1).padStart(8)} ms ${ours.toFixed(1).padStart(6)} ms   ${(plain / ours).toFixed(2)}×`);
}

// Incremental: one-character edits in a 10,000-word article, through one analyzer's chunk cache.
const analyzer = createAnalyzer();
analyzer.analyze(tenThousandWords);
const full = time(() => analyzeArticle(tenThousandWords), quick ? 1 : 3);
const editTimes: number[] = [];
let equal = true;
for (let k = 1; k <= (quick ? 3 : 7); k++) {
  const at = Math.floor((tenThousandWords.length * k) / 8);
  const edited = `${tenThousandWords.slice(0, at)}x${tenThousandWords.slice(at)}`;
  const t0 = performance.now();
  const result = analyzer.analyze(edited);
  editTimes.push(performance.now() - t0);
  analyzer.analyze(tenThousandWords);
  if (k === 1) {
    try {
      assert.deepStrictEqual(result, analyzeArticle(edited));
    } catch {
      equal = false;
    }
  }
}
const edit = median(editTimes);
console.log(`\nincremental: 1-character edit in a ${words(tenThousandWords).toLocaleString('en-US')}-word article: ${edit.toFixed(1)} ms vs full ${full.toFixed(1)} ms = ${((100 * edit) / full).toFixed(1)} % (result equals a fresh full analysis: ${equal ? 'yes' : 'NO'})`);

// Memory: 50 articles through one analyzer, then the same article again and again.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const heap = (): number => {
    gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const memory = createAnalyzer();
  const before = heap();
  for (let i = 0; i < 50; i++) memory.analyze(i === 0 ? seed : `${corpus[i % corpus.length]}\n\nUpdate ${i}.`);
  const after50 = heap();
  for (let i = 0; i < 10; i++) memory.analyze(seed);
  const again10 = heap();
  for (let i = 0; i < 10; i++) memory.analyze(seed);
  const again20 = heap();
  console.log(`memory: heap ${before.toFixed(1)} MB → ${after50.toFixed(1)} MB after 50 articles; same article ×10: ${again10.toFixed(1)} MB, ×20: ${again20.toFixed(1)} MB`);
} else {
  console.log('memory: run with node --expose-gc for heap figures');
}

const perfFile = path.join(ROOT, 'artifacts', 'integration-perf.json');
if (fs.existsSync(perfFile)) {
  const perf = JSON.parse(fs.readFileSync(perfFile, 'utf8')) as Record<string, number>;
  console.log(`extension host (last integration run): ${Object.entries(perf).map(([k, v]) => `${k} ${v}`).join(', ')}`);
} else {
  console.log('extension host: no artifacts/integration-perf.json yet (run npm run test:integration)');
}
