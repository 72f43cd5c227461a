// The analysis worker: runs the engine off the extension host's main thread. Messages in, plain data out.
import { getHeapStatistics } from 'v8';
import { parentPort } from 'worker_threads';
import { createAnalyzer, editorialWarnings } from './core';
import type { AnalyzeOptions } from './core';

/** A request from the extension host: analyze a text, or (`stats`) report this worker's heap. */
/** The worker's answer: the analysis as [field, JSON] pairs in order, its editorial warnings as JSON, or an error. */
export type WorkerReply = { id: number; fields?: [string, string][]; editorial?: string; error?: string; heapUsed?: number };

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
    // and one string per field lets it parse a long article's result over several short turns.
    // The editorial warnings (Problems panel) are computed here too, off the extension host's thread.
    const analysis = analyzer.analyze(request.text, request.options);
    const fields = Object.entries(analysis).map(([key, value]) => [key, JSON.stringify(value)]);
    parentPort?.postMessage({ id: request.id, fields, editorial: JSON.stringify(editorialWarnings(analysis)) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
