// The `news-annotator` command: articles in, export JSON out. Node I/O lives here, the engine in core.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, toExportJson, validateLexicon } from './core';
import type { LexiconEntry } from './core';
import { version } from '../package.json';

const HELP = `news-annotator ${version}: people, organizations, places, dates, quotes and events in news articles.

Usage:
  news-annotator [options] <file.txt>...

With one file and no --out, the export JSON is written to standard output.
With several files and no --out, one compact JSON document per line (JSON Lines) is written.

Options:
  --out DIR           write <name>.annotations.json for each input into DIR (created if missing)
  --lexicon FILE      JSON list of {"name", "type": PERSON|ORG|PLACE, "aliases": [...]} applied to every article
  --max-length N      skip articles longer than N characters (default 5000000)
  --compact           write JSON without indentation
  -h, --help          show this help
  -v, --version       show the version

Offsets are half-open UTF-16 code-unit offsets into the file text (a UTF-8 byte order mark is not part
of the text, as in VS Code). A missing, unreadable, binary or non-UTF-8 file gets a one-line error
naming it; the other files are still processed and the exit code is 2.`;

interface CliOptions {
  files: string[];
  out?: string;
  lexicon?: string;
  maxLength: number;
  compact: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions | 'help' | 'version' {
  const options: CliOptions = { files: [], maxLength: 5_000_000, compact: false };
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
    else if (arg === '--lexicon') options.lexicon = value();
    else if (arg === '--max-length') {
      options.maxLength = Number(value());
      if (!Number.isInteger(options.maxLength) || options.maxLength < 1) throw new UsageError('--max-length needs a positive whole number');
    } else if (arg === '--compact') options.compact = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
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

function outputName(file: string): string {
  return `${path.basename(file).replace(/\.(txt|news)$/iu, '')}.annotations.json`;
}

/** Runs the CLI and returns its exit code (0 ok, 1 usage error, 2 some file failed). */
export function main(argv: string[]): number {
  let options: CliOptions;
  let lexicon: LexiconEntry[] = [];
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
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-annotator: ${error.message}\nRun news-annotator --help for usage.\n`);
    return 1;
  }
  if (options.out) fs.mkdirSync(options.out, { recursive: true });
  let failed = false;
  const single = options.files.length === 1 && !options.out;
  for (const file of options.files) {
    let text: string;
    try {
      text = readArticle(file, options.maxLength);
    } catch (error) {
      process.stderr.write(`news-annotator: ${file}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const analysis = analyzeArticle(text, { lexicon });
    for (const warning of analysis.warnings) {
      if (warning.code === 'empty-text' || warning.code === 'binary-text') process.stderr.write(`news-annotator: ${file}: ${warning.message}\n`);
    }
    const document = toExportJson(text, analysis, { path: file });
    const json = JSON.stringify(document, null, options.compact || (!single && !options.out) ? undefined : 2);
    if (options.out) {
      const target = path.join(options.out, outputName(file));
      fs.writeFileSync(target, `${json}\n`);
      process.stderr.write(`news-annotator: ${file} → ${target} (${document.mentions.length} mentions, ${document.quotes.length} quotes, ${document.events.length} events)\n`);
    } else {
      process.stdout.write(`${json}\n`);
    }
  }
  return failed ? 2 : 0;
}

if (require.main === module) {
  // A closed pipe (`news-annotator a.txt | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
