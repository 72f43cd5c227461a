// The analysis worker: runs the engine off the extension host's main thread. Messages in, plain data out.
import { parentPort } from 'worker_threads';
import { createAnalyzer } from './core';
import type { AnalyzeOptions } from './core';

/** A request from the extension host. */
export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

const analyzer = createAnalyzer();
parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, analysis: analyzer.analyze(request.text, request.options) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
