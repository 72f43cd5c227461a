// `npm run bench`: medians of the engine against plain compromise on stable inputs, in one run.
// Inputs: the seed, the 16 dev-corpus texts, a ~100,000-character article built from them, and
// one-character edits of a 10,000-word article (incremental re-analysis through the chunk cache).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import nlp from 'compromise';
import { analyzeArticle, createAnalyzer } from '../src/core';
import type { WorkerReply } from '../src/worker';

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
// Warm the incremental path as the full one was warmed: a round of edits at other places, not measured.
for (let k = 1; k <= (quick ? 2 : 8); k++) {
  const at = Math.floor((tenThousandWords.length * (2 * k - 1)) / 18);
  analyzer.analyze(`${tenThousandWords.slice(0, at)}y${tenThousandWords.slice(at)}`);
  analyzer.analyze(tenThousandWords);
}
const editTimes: number[] = [];
let equal = true;
for (let k = 1; k <= (quick ? 3 : 15); k++) {
  const at = Math.floor((tenThousandWords.length * k) / 16);
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

/** The real worker (dist/worker.js, as the extension spawns it) and a request/reply call to it. */
function startWorker(): { worker: Worker; ask(message: object): Promise<WorkerReply> } {
  const worker = new Worker(path.join(__dirname, 'worker.js'));
  let next = 1;
  const ask = (message: object): Promise<WorkerReply> => new Promise((resolve, reject) => {
    const id = next++;
    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== id) return;
      worker.off('message', onMessage);
      if (reply.error) reject(new Error(reply.error));
      else resolve(reply);
    };
    worker.on('message', onMessage);
    worker.postMessage({ id, ...message });
  });
  return { worker, ask };
}

// Memory: the worker after 50 articles, then the same article again and again.
async function workerMemory(): Promise<string> {
  const { worker, ask } = startWorker();
  const heap = async (): Promise<string> => `${(((await ask({ stats: true })).heapUsed ?? 0) / 1048576).toFixed(1)} MB`;
  const before = await heap();
  for (let i = 0; i < 50; i++) await ask({ text: i === 0 ? seed : `${corpus[i % corpus.length]}\n\nUpdate ${i}.`, options: {} });
  const after50 = await heap();
  for (let i = 0; i < 10; i++) await ask({ text: seed, options: {} });
  const again10 = await heap();
  for (let i = 0; i < 10; i++) await ask({ text: seed, options: {} });
  const again20 = await heap();
  await worker.terminate();
  return `worker heap ${before} at start, ${after50} after 50 articles; the same article 10 more times: ${again10}, 20 more times: ${again20}`;
}

// Cold start: a fresh worker until its first seed result.
async function workerColdStart(): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const t0 = performance.now();
    const { worker, ask } = startWorker();
    await ask({ text: seed, options: {} });
    samples.push(performance.now() - t0);
    await worker.terminate();
  }
  return `${median(samples).toFixed(0)} ms from spawning dist/worker.js to its first seed analysis (median of ${samples.length}; loading compromise included)`;
}

void workerColdStart().then(async (cold) => {
  console.log(`\ncold start: ${cold}`);
  console.log(`memory: ${await workerMemory()}`);
  printIntegrationFigures();
});

/** Figures the VS Code suites recorded in artifacts/ (timed there, printed here, never asserted). */
function printIntegrationFigures(): void {
  const sources: [string, string, string][] = [
    ['extension host (last integration run)', 'integration-perf.json', 'npm run test:integration'],
    ['browser (last browser run)', 'browser-perf.json', 'npm run test:browser'],
  ];
  for (const [label, file, command] of sources) {
    const perfFile = path.join(ROOT, 'artifacts', file);
    if (fs.existsSync(perfFile)) {
      const perf = JSON.parse(fs.readFileSync(perfFile, 'utf8')) as Record<string, number | Record<string, number>>;
      const show = (v: number | Record<string, number>): string => (typeof v === 'object' ? `{${Object.entries(v).map(([k, n]) => `${k} ${n}`).join(', ')}}` : String(v));
      console.log(`${label}: ${Object.entries(perf).map(([k, v]) => `${k} ${show(v)}`).join(', ')}`);
    } else {
      console.log(`${label}: no artifacts/${file} yet (run ${command})`);
    }
  }
}
