// The `news-annotator` command: articles in, export JSON out. Node I/O lives here, the engine in core.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { pathToFileURL } from 'url';
import { analyzeArticle, BRAT_ANNOTATION_CONF, EXPORT_EXTENSIONS, renderExport, sha256Hex, validateLexicon } from './core';
import type { ExportFormat, LexiconEntry } from './core';
import { version } from '../package.json';

const HELP = `news-annotator ${version}: people, organizations, places, dates, quotes and events in news articles.

Usage:
  news-annotator [options] <file.txt | folder | "glob">...

Folders are searched recursively for .txt files. Quoted globs ("articles/**/*.txt"; * and ? within
a name, ** across folders, [abc] a class) expand to the files they match; one that matches nothing
is an error. With one file and no --out, the export JSON is
written to standard output; with several files and no --out, one compact JSON document per line
(JSON Lines), in input order. From 8 files on, articles are analyzed on a pool of worker threads;
progress (files done, words per second) is shown on a terminal and a summary is printed at the end.

Options:
  --out DIR           write one file per input into DIR (created if missing): <name>.annotations.json,
                      <name>.annotations.jsonld (w3c) or <name>.ann plus annotation.conf (brat)
  --format F          json (default: the full record), w3c (W3C Web Annotation JSON-LD) or brat
                      (standoff .ann; offsets in code points)
  --lexicon FILE      JSON list of {"name", "type": PERSON|ORG|PLACE, "aliases": [...]} applied to every article
  --article-date D    YYYY-MM-DD that relative dates ("Monday", "a year ago") resolve against when an
                      article has no dateline (default: the file's modification date)
  --max-length N      skip articles longer than N characters (default 5000000)
  --compact           write JSON without indentation
  --force             overwrite files in --out DIR that changed since news-annotator wrote them
                      (edited by hand or by another tool; without --force they are kept, exit code 2)
  -j, --jobs N        worker threads for many files (default: the number of CPU cores)
  -h, --help          show this help
  -v, --version       show the version

Offsets are half-open UTF-16 code-unit offsets into the file text (a UTF-8 byte order mark is not part
of the text, as in VS Code). A missing, unreadable, binary or non-UTF-8 file gets a one-line error
naming it; the other files are still processed and the exit code is 2.`;

interface CliOptions {
  format: ExportFormat;
  files: string[];
  jobs: number;
  articleDate?: string;
  out?: string;
  lexicon?: string;
  maxLength: number;
  compact: boolean;
  force: boolean;
  /** What was last written into --out, by file name: SHA-256 of the content (from LEDGER_FILE). */
  ledger: Record<string, string>;
}

/** In --out DIR: what news-annotator last wrote there, so a file changed since is never overwritten silently. */
const LEDGER_FILE = '.news-annotator-ledger.json';

function readLedger(out: string): Record<string, string> {
  try {
    const ledger = JSON.parse(fs.readFileSync(path.join(out, LEDGER_FILE), 'utf8'));
    return ledger && typeof ledger === 'object' && !Array.isArray(ledger) ? ledger : {};
  } catch {
    return {};
  }
}

/** True when `target` may be written: missing, exactly what we last wrote, or --force. */
function mayOverwrite(target: string, options: CliOptions): boolean {
  if (options.force || !fs.existsSync(target)) return true;
  return options.ledger[path.basename(target)] === sha256Hex(fs.readFileSync(target));
}

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions | 'help' | 'version' {
  const options: CliOptions = { format: 'json', files: [], jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), maxLength: 5_000_000, compact: false, force: false, ledger: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    if (arg === '--out') options.out = value();
    else if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'w3c' && format !== 'brat') throw new UsageError('--format is json, w3c or brat');
      options.format = format;
    }
    else if (arg === '--lexicon') options.lexicon = value();
    else if (arg === '--max-length') {
      options.maxLength = Number(value());
      if (!Number.isInteger(options.maxLength) || options.maxLength < 1) throw new UsageError('--max-length needs a positive whole number');
    } else if (arg === '--compact') options.compact = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--article-date') {
      options.articleDate = value();
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(options.articleDate)) throw new UsageError('--article-date needs a date as YYYY-MM-DD');
    } else if (arg === '--jobs' || arg === '-j') {
      options.jobs = Number(value());
      if (!Number.isInteger(options.jobs) || options.jobs < 1) throw new UsageError('--jobs needs a positive whole number');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no input files');
  return options;
}

/** Reads a file as UTF-8 article text, or throws an Error whose message names the problem. */
export function readArticle(file: string, maxLength: number): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(error)})`);
  }
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text; convert it to UTF-8 first');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > maxLength) throw new Error(`too long (${text.length} characters; the limit is ${maxLength}, see --max-length)`);
  return text;
}

function loadLexicon(file: string): LexiconEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`lexicon ${file}: ${(error as Error).message}`);
  }
  const { entries, warnings } = validateLexicon(parsed);
  for (const warning of warnings) process.stderr.write(`news-annotator: lexicon ${file}: ${warning.message}\n`);
  return entries;
}

function outputName(file: string, format: ExportFormat): string {
  return `${path.basename(file).replace(/\.(txt|news)$/iu, '')}${EXPORT_EXTENSIONS[format]}`;
}

/** Writes a file through a temporary file and a rename, so a failed write leaves the old file intact. */
function writeAtomically(target: string, content: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, target);
}

/** The outcome of one input file. */
interface FileResult {
  file: string;
  error?: string;
  notes: string[];
  json?: string;
  words: number;
  /** The output file written: its name in --out and the SHA-256 of its content. */
  written?: [string, string];
}

/** Reads, analyzes and exports one file; writes the output file itself when `out` is set. */
function processFile(file: string, options: CliOptions, lexicon: LexiconEntry[], pretty: boolean): FileResult {
  let text: string;
  try {
    text = readArticle(file, options.maxLength);
  } catch (error) {
    return { file, error: (error as Error).message, notes: [], words: 0 };
  }
  const articleDate = options.articleDate ?? fileDate(file);
  const analysis = analyzeArticle(text, { lexicon, ...(articleDate ? { articleDate } : {}) });
  const notes = analysis.warnings
    .filter((warning) => warning.code === 'empty-text' || warning.code === 'binary-text')
    .map((warning) => warning.message);
  const counts = `${analysis.mentions.length} mentions, ${analysis.quotes.length} quotes, ${analysis.events.length} events`;
  const words = text.split(/\s+/u).filter(Boolean).length;
  const output = renderExport(options.format, text, analysis, {
    path: file, source: pathToFileURL(path.resolve(file)).href, created: new Date().toISOString(), pretty,
  });
  if (!options.out) return { file, notes, json: output.replace(/\n$/u, ''), words };
  const target = path.join(options.out, outputName(file, options.format));
  if (!mayOverwrite(target, options)) {
    return { file, error: `${target} changed since news-annotator wrote it; not overwritten (--force overwrites it)`, notes, words };
  }
  writeAtomically(target, output);
  notes.push(`→ ${target} (${counts})`);
  return { file, notes, words, written: [path.basename(target), sha256Hex(output)] };
}

/** The file's modification date as YYYY-MM-DD (the article date when there is no dateline). */
function fileDate(file: string): string | undefined {
  try {
    return fs.statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return undefined;
  }
}

const WILDCARD = /[*?[]/u;

/** A glob as a regular expression over '/'-separated paths: `**` any folders, `*` and `?` within a name, `[...]` a class. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        source += `[${glob.slice(i + 1, close).replace(/^!/u, '^').replace(/\\/gu, '\\\\')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/** The files a glob matches, sorted; searched from the folder before its first wildcard. */
function expandGlob(glob: string): string[] {
  const posix = glob.split(path.sep).join('/').replace(/^(?:\.\/)+/u, '');
  const segments = posix.split('/');
  const firstWild = segments.findIndex((segment) => WILDCARD.test(segment));
  const base = segments.slice(0, firstWild).join('/') || (posix.startsWith('/') ? '/' : '.');
  const pattern = globPattern(posix);
  const matches: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = dir === '.' ? entry.name : `${dir.replace(/\/$/u, '')}/${entry.name}`;
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(full)) matches.push(full);
    }
  };
  walk(base);
  if (matches.length === 0) throw new UsageError(`no files match ${glob}`);
  return matches;
}

/**
 * Expands folders into the .txt files inside them (recursively, sorted) and globs (quoted, so the
 * shell leaves them to us: "articles/**\/*.txt") into the files they match; files stay as given.
 */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|news)$/iu.test(entry.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    let isDirectory = false;
    let exists = false;
    try {
      isDirectory = fs.statSync(input).isDirectory();
      exists = true;
    } catch {
      // missing: a glob, or reported when it is read
    }
    if (isDirectory) walk(input);
    else if (!exists && WILDCARD.test(input)) files.push(...expandGlob(input));
    else files.push(input);
  }
  return files;
}

/** Progress on a terminal: one rewritten line with files done and words per second. */
class Progress {
  private done = 0;
  private words = 0;
  private readonly started = Date.now();
  private readonly live = Boolean(process.stderr.isTTY);

  constructor(private readonly total: number) {}

  add(result: FileResult): void {
    this.done++;
    this.words += result.words;
    if (this.live) process.stderr.write(`\r\x1b[K[${this.done}/${this.total}] ${this.rate()} words/s`);
  }

  finish(): void {
    if (this.live) process.stderr.write('\r\x1b[K');
    const seconds = (Date.now() - this.started) / 1000;
    process.stderr.write(`news-annotator: ${this.done} files, ${this.words.toLocaleString('en-US')} words in ${seconds.toFixed(1)} s (${this.rate()} words/s)\n`);
  }

  private rate(): string {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    return Math.round(this.words / seconds).toLocaleString('en-US');
  }
}

/** Output files written in this run (main thread), for the ledger. */
const writtenThisRun = new Map<string, string>();

function report(result: FileResult, batch: boolean): boolean {
  if (result.written) writtenThisRun.set(...result.written);
  if (result.error) {
    process.stderr.write(`news-annotator: ${result.file}: ${result.error}\n`);
    return false;
  }
  for (const note of result.notes.filter((n) => !batch || !n.startsWith('→'))) process.stderr.write(`news-annotator: ${result.file}${note.startsWith('→') ? ' ' : ': '}${note}\n`);
  if (result.json !== undefined) process.stdout.write(`${result.json}\n`);
  return true;
}

/** Analyzes files on a pool of worker threads, printing results in input order. */
async function runPool(files: string[], options: CliOptions, lexicon: LexiconEntry[], jobs: number, pretty: boolean): Promise<boolean> {
  const progress = new Progress(files.length);
  const results: (FileResult | undefined)[] = new Array(files.length);
  let printed = 0;
  let ok = true;
  const flush = (): void => {
    while (printed < files.length && results[printed]) {
      ok = report(results[printed]!, true) && ok;
      results[printed] = undefined;
      printed++;
    }
  };
  let next = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(__filename, { workerData: { options, lexicon, pretty } }));
  await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    const feed = (): void => {
      if (next >= files.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const index = next++;
      worker.postMessage({ index, file: files[index] });
    };
    worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
      results[index] = result;
      progress.add(result);
      flush();
      feed();
    });
    worker.on('error', reject);
    feed();
  })));
  flush();
  progress.finish();
  return ok;
}

/** Runs the CLI and resolves to its exit code (0 ok, 1 usage error, 2 some file failed). */
export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  let lexicon: LexiconEntry[] = [];
  let files: string[];
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (parsed === 'version') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    options = parsed;
    if (options.lexicon) lexicon = loadLexicon(options.lexicon);
    files = expandInputs(options.files);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-annotator: ${error.message}\nRun news-annotator --help for usage.\n`);
    return 1;
  }
  if (options.out) fs.mkdirSync(options.out, { recursive: true });
  if (options.format === 'brat' && files.length > 1 && !options.out) {
    process.stderr.write('news-annotator: brat output for several files needs --out DIR (one .ann file per article)\n');
    return 1;
  }
  if (options.out) options.ledger = readLedger(options.out);
  if (options.format === 'brat' && options.out) {
    // A customized annotation.conf is configuration: kept unless --force.
    const conf = path.join(options.out, 'annotation.conf');
    if (mayOverwrite(conf, options)) {
      writeAtomically(conf, BRAT_ANNOTATION_CONF);
      writtenThisRun.set('annotation.conf', sha256Hex(BRAT_ANNOTATION_CONF));
    } else process.stderr.write(`news-annotator: ${conf} changed since news-annotator wrote it; kept\n`);
  }
  const single = files.length === 1 && !options.out;
  const pretty = !options.compact && (single || Boolean(options.out));
  const jobs = Math.min(options.jobs, files.length);
  if (jobs > 1 && files.length >= POOL_THRESHOLD) {
    const pooled = await runPool(files, options, lexicon, jobs, pretty);
    saveLedger(options);
    return pooled ? 0 : 2;
  }
  let ok = true;
  const progress = files.length >= POOL_THRESHOLD ? new Progress(files.length) : undefined;
  for (const file of files) {
    const result = processFile(file, options, lexicon, pretty);
    ok = report(result, progress !== undefined) && ok;
    progress?.add(result);
  }
  progress?.finish();
  saveLedger(options);
  return ok ? 0 : 2;
}

function saveLedger(options: CliOptions): void {
  if (!options.out || writtenThisRun.size === 0) return;
  writeAtomically(path.join(options.out, LEDGER_FILE), `${JSON.stringify({ ...options.ledger, ...Object.fromEntries(writtenThisRun) }, null, 2)}\n`);
}

/** Below this many files the pool's start-up costs more than it saves. */
const POOL_THRESHOLD = 8;

if (!isMainThread && parentPort) {
  const { options, lexicon, pretty } = workerData as { options: CliOptions; lexicon: LexiconEntry[]; pretty: boolean };
  parentPort.on('message', ({ index, file }: { index: number; file: string }) => {
    parentPort!.postMessage({ index, result: processFile(file, options, lexicon, pretty) });
  });
} else if (require.main === module) {
  // A closed pipe (`news-annotator a.txt | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: Error) => {
    process.stderr.write(`news-annotator: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  });
}
