import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SEED_PATH } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe('news-annotator CLI', () => {
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js missing: run npm run build first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the export of one file on stdout', () => {
    const result = run(SEED_PATH);
    assert.strictEqual(result.status, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.strictEqual(doc.schemaVersion, 1);
    assert.ok(doc.mentions.some((m: { text: string; type: string }) => m.text === 'Andrey G. Karlov' && m.type === 'PERSON'));
  });

  it('prints usage for --help and exits 0', () => {
    const result = run('--help');
    assert.strictEqual(result.status, 0);
    assert.match(result.stdout, /^news-annotator \d+\.\d+\.\d+/u);
    assert.match(result.stdout, /--out DIR/u);
  });

  it('names each bad file in one line, still processes the others, and exits 2', () => {
    const binary = path.join(dir, 'image.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 in Ankara', 'latin1'));
    const missing = path.join(dir, 'missing.txt');
    const out = path.join(dir, 'out');
    const result = run('--out', out, missing, binary, latin1, SEED_PATH);
    assert.strictEqual(result.status, 2);
    const errors = result.stderr.split('\n').filter((l) => l.includes(': ') && !l.includes('→'));
    assert.deepStrictEqual(errors, [
      `news-annotator: ${missing}: no such file`,
      `news-annotator: ${binary}: binary file (contains NUL bytes), not a text article`,
      `news-annotator: ${latin1}: not valid UTF-8 text; convert it to UTF-8 first`,
    ]);
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['.news-annotator-ledger.json', 'karlov-assassination-ankara.annotations.json']);
  });

  it('exports an empty file with a warning instead of failing', () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const result = run(empty);
    assert.strictEqual(result.status, 0);
    assert.match(result.stderr, /empty\.txt: The article has no words to analyze\./u);
    assert.deepStrictEqual(JSON.parse(result.stdout).mentions, []);
  });

  it('expands quoted globs (**, *, ?) to the files they match, and says when one matches nothing', () => {
    const globs = path.join(dir, 'globs');
    fs.mkdirSync(path.join(globs, 'deep', 'er'), { recursive: true });
    fs.writeFileSync(path.join(globs, 'a1.txt'), 'Maria Zakharova spoke in Moscow.');
    fs.writeFileSync(path.join(globs, 'deep', 'a2.txt'), 'Turkey shot down a Russian jet.');
    fs.writeFileSync(path.join(globs, 'deep', 'er', 'b3.txt'), 'NATO met in Brussels.');
    fs.writeFileSync(path.join(globs, 'deep', 'notes.md'), 'not an article');
    const sources = (result: ReturnType<typeof run>): string[] =>
      result.stdout.trim().split('\n').map((line) => path.relative(globs, JSON.parse(line).source.path).split(path.sep).join('/'));
    const all = run('--compact', `${globs}/**/*.txt`);
    assert.strictEqual(all.status, 0, all.stderr);
    assert.deepStrictEqual(sources(all), ['a1.txt', 'deep/a2.txt', 'deep/er/b3.txt']);
    const one = run('--compact', `${globs}/*/a?.txt`, `${globs}/a1.txt`);
    assert.strictEqual(one.status, 0, one.stderr);
    assert.deepStrictEqual(sources(one), ['deep/a2.txt', 'a1.txt']);
    const none = run(`${globs}/**/*.docx`);
    assert.strictEqual(none.status, 1);
    assert.match(none.stderr, /^news-annotator: no files match .*\*\*\/\*\.docx\nRun news-annotator --help/u);
    assert.doesNotMatch(none.stderr, /\bat /u, 'no stack trace');
    const relative = run('--compact', './seeds/k*.txt');
    assert.strictEqual(relative.status, 0, relative.stderr);
    assert.strictEqual(JSON.parse(relative.stdout).source.path, 'seeds/karlov-assassination-ankara.txt');
    assert.strictEqual(none.stdout, '');
  });

  it('keeps an --out file edited since it wrote it (exit 2, named), rewrites its own, and overwrites with --force', () => {
    const out = path.join(dir, 'kept');
    const first = run('--format', 'brat', '--out', out, SEED_PATH);
    assert.strictEqual(first.status, 0, first.stderr);
    const ann = path.join(out, 'karlov-assassination-ankara.ann');
    const again = run('--format', 'brat', '--out', out, SEED_PATH);
    assert.strictEqual(again.status, 0, `its own unchanged output is rewritten: ${again.stderr}`);
    const corrected = fs.readFileSync(ann, 'utf8').replace('\tPERSON ', '\tORG ');
    fs.writeFileSync(ann, corrected);
    fs.appendFileSync(path.join(out, 'annotation.conf'), '# our own types\n');
    const kept = run('--format', 'brat', '--out', out, SEED_PATH);
    assert.strictEqual(kept.status, 2);
    assert.match(kept.stderr, /karlov-assassination-ankara\.ann changed since news-annotator wrote it; not overwritten \(--force overwrites it\)/u);
    assert.match(kept.stderr, /annotation\.conf changed since news-annotator wrote it; kept/u);
    assert.strictEqual(fs.readFileSync(ann, 'utf8'), corrected, 'the hand edit survives');
    const forced = run('--format', 'brat', '--out', out, '--force', SEED_PATH);
    assert.strictEqual(forced.status, 0, forced.stderr);
    assert.notStrictEqual(fs.readFileSync(ann, 'utf8'), corrected);
    assert.ok(!fs.readFileSync(path.join(out, 'annotation.conf'), 'utf8').includes('# our own types'));
  });

  it('annotates a folder on a worker pool, in input order, with a words-per-second summary', () => {
    const folder = path.join(dir, 'many');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    const names: string[] = [];
    for (let i = 0; i < 9; i++) {
      const name = path.join(folder, i < 5 ? '' : 'sub', `a${i}.txt`);
      fs.writeFileSync(name, `Maria Zakharova spoke in Warsaw on day ${i}.`);
      names.push(name);
    }
    fs.writeFileSync(path.join(folder, 'notes.md'), 'not an article');
    const result = run('--jobs', '2', folder);
    assert.strictEqual(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepStrictEqual(lines.map((doc) => doc.source.path), names.sort());
    assert.ok(lines.every((doc) => doc.mentions[0].text === 'Maria Zakharova'));
    assert.match(result.stderr, /^news-annotator: 9 files, 72 words in \d+\.\d s \([\d,]+ words\/s\)$/mu);
  });

  it('exports brat standoff with annotation.conf, and W3C Web Annotation JSON-LD', () => {
    const out = path.join(dir, 'formats');
    const brat = run('--format', 'brat', '--out', out, SEED_PATH);
    assert.strictEqual(brat.status, 0, brat.stderr);
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['.news-annotator-ledger.json', 'annotation.conf', 'karlov-assassination-ankara.ann']);
    const ann = fs.readFileSync(path.join(out, 'karlov-assassination-ankara.ann'), 'utf8');
    assert.match(ann, /^T\d+\tPERSON 414 430\tAndrey G\. Karlov$/mu);
    const w3c = run('--format', 'w3c', SEED_PATH);
    assert.strictEqual(w3c.status, 0, w3c.stderr);
    const collection = JSON.parse(w3c.stdout);
    assert.strictEqual(collection.type, 'AnnotationCollection');
    assert.strictEqual(collection.first.items[0].target.selector[1].exact, 'ISTANBUL');
    assert.match(collection.first.items[0].target.source, /^file:\/\/\/.*karlov-assassination-ankara\.txt$/u);
    const bad = run('--format', 'xml', SEED_PATH);
    assert.strictEqual(bad.status, 1);
    assert.match(bad.stderr, /--format is json, w3c or brat/u);
  });

  it('rejects unknown options with exit code 1', () => {
    const result = run('--frobnicate', SEED_PATH);
    assert.strictEqual(result.status, 1);
    assert.match(result.stderr, /unknown option --frobnicate/u);
  });
});
