import * as path from 'path';
import { Worker } from 'worker_threads';
import { editorialWarnings } from '../core';
import type { Analysis, AnalyzeOptions, EditorialWarning } from '../core';

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

/** Editorial warnings the worker computed along with each analysis it returned. */
const editorialByAnalysis = new WeakMap<Analysis, EditorialWarning[]>();

/** The editorial warnings of an analysis: as the worker computed them, else computed here (small inputs only). */
export function editorialOf(analysis: Analysis): EditorialWarning[] {
  return editorialByAnalysis.get(analysis) ?? editorialWarnings(analysis);
}

/**
 * Runs the engine in a worker thread (dist/worker.js), started by `warm()` right after activation or
 * by the first request, never during activation itself.
 * A crashed worker fails its pending runs and is restarted by the next request.
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The longest time the extension host spent taking in one result. */
  readonly stats = { maxParseMs: 0 };

  constructor(private readonly script = path.join(__dirname, 'worker.js')) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options });
    });
  }

  /** Starts the worker (and its engine) now, ahead of the first request. */
  warm(): void {
    this.ensureWorker();
  }

  dispose(): void {
    this.failAll(new Error('The analysis worker was stopped.'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (message: { id: number; json?: string; editorial?: string; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.json === undefined) {
        pending.reject(new Error(message.error ?? 'analysis failed'));
        return;
      }
      const started = performance.now();
      const analysis = JSON.parse(message.json) as Analysis;
      if (message.editorial !== undefined) editorialByAnalysis.set(analysis, JSON.parse(message.editorial) as EditorialWarning[]);
      this.stats.maxParseMs = Math.max(this.stats.maxParseMs, performance.now() - started);
      // Applying the result (decorations, trees) happens in a later turn, so parsing and applying
      // never add up to one long stall of the extension host.
      setImmediate(() => pending.resolve(analysis));
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The analysis worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}
