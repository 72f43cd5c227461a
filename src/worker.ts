// The analysis worker: runs the engine off the extension host's main thread. Messages in, plain data out.
import { getHeapStatistics } from 'v8';
import { parentPort } from 'worker_threads';
import { createAnalyzer, editorialWarnings } from './core';
import type { AnalyzeOptions } from './core';

/**
 * The worker's answer: the analysis as [field, JSON] parts in order (a long array field comes in several
 * parts of the same field, to be concatenated), its editorial warnings as JSON, or an error.
 */
export type WorkerReply = { id: number; parts?: [string, string][]; editorial?: string; error?: string; heapUsed?: number };

/** Items per part of a long array field: each part is parsed in its own turn of the extension host. */
const PART_ITEMS = 300;

/** A request from the extension host: analyze a text, or (`stats`) report this worker's heap. */
export type WorkerRequest = { id: number; text: string; options: AnalyzeOptions } | { id: number; stats: true };

const analyzer = createAnalyzer();
parentPort?.on('message', (request: WorkerRequest) => {
  if ('stats' in request) {
    (globalThis as { gc?: () => void }).gc?.(); // present when node runs with --expose-gc (npm run bench)
    parentPort?.postMessage({ id: request.id, heapUsed: getHeapStatistics().used_heap_size });
    return;
  }
  try {
    // JSON strings are cheaper for the extension host to take in (JSON.parse) than a structured clone,
    // and short parts (a field, or a slice of a long array) let it parse a long article's result over
    // several short turns. The editorial warnings (Problems panel) are computed here too.
    const analysis = analyzer.analyze(request.text, request.options);
    const parts: [string, string][] = [];
    for (const [key, value] of Object.entries(analysis)) {
      if (!Array.isArray(value) || value.length <= PART_ITEMS) parts.push([key, JSON.stringify(value)]);
      else for (let i = 0; i < value.length; i += PART_ITEMS) parts.push([key, JSON.stringify(value.slice(i, i + PART_ITEMS))]);
    }
    parentPort?.postMessage({ id: request.id, parts, editorial: JSON.stringify(editorialWarnings(analysis)) } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
