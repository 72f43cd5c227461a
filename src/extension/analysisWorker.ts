import * as path from 'path';
import { Worker } from 'worker_threads';
import { editorialWarnings } from '../core';
import type { Analysis, AnalyzeOptions, EditorialWarning } from '../core';
import type { WorkerReply } from '../worker';

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

/** Parsing goes on in the same turn while it has taken less than this (ms)… */
const TURN_BUDGET_MS = 3;
/** …and the next part is short (characters of JSON: well under a millisecond to parse on a quiet machine). */
const SMALL_PART_CHARS = 30_000;

/**
 * Runs the engine in a worker thread (dist/worker.js), started by `warm()` after activation or when the
 * first article opens, or by the first request; never during activation itself.
 * A crashed worker fails its pending runs and is restarted by the next request.
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The longest turn the extension host spent taking in (parsing) one part of a result. */
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

  /** True while a worker is running (started by `warm()` or a request, and not stopped since). */
  get started(): boolean {
    return this.worker !== undefined;
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
    worker.on('message', (message: WorkerReply) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      const parts = message.parts;
      if (parts === undefined) {
        pending.reject(new Error(message.error ?? 'analysis failed'));
        return;
      }
      // Parts (a field, or a slice of a long article's mentions or events) are parsed a few milliseconds'
      // worth per event-loop turn, so taking in a long result never stalls the extension host for long,
      // while a short one (an ordinary article) takes a single turn instead of one per field — each turn
      // waits behind the workbench's own work while a window opens. Applying it comes in a later turn.
      const analysis: Record<string, unknown> = {};
      const parseFrom = (first: number): void => {
        const started = performance.now();
        let k = first;
        do {
          const [key, json] = parts[k];
          const value = JSON.parse(json) as unknown;
          const earlier = analysis[key];
          if (Array.isArray(earlier)) for (const item of value as unknown[]) earlier.push(item);
          else analysis[key] = value;
          k++;
        } while (k < parts.length && performance.now() - started < TURN_BUDGET_MS && parts[k][1].length <= SMALL_PART_CHARS);
        this.stats.maxParseMs = Math.max(this.stats.maxParseMs, performance.now() - started);
        if (k < parts.length) {
          setImmediate(() => parseFrom(k));
          return;
        }
        if (message.editorial !== undefined) editorialByAnalysis.set(analysis as unknown as Analysis, JSON.parse(message.editorial) as EditorialWarning[]);
        pending.resolve(analysis as unknown as Analysis);
      };
      setImmediate(() => parseFrom(0));
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
