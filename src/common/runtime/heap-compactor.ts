import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { observeGarbageCollections, QuietWatch } from './quiet-watch.js';

/**
 * Compacting once the heap has grown this much since the last compaction is worth its pause (~0.1–0.2 s
 * of CPU on Node 22); a 60-ticker populate leaves ~20 MB more committed heap.
 */
const GROWTH_BYTES = 16 * 1024 * 1024;
/** Allocation stopped this long ago: the work is over (V8's reducer checks every 8 s). */
const QUIET_MS = 10_000;

export interface Compaction {
  /** The heap's committed size before and after. */
  beforeBytes: number;
  afterBytes: number;
  ms: number;
}

export interface HeapCompactorOptions {
  /** Collects garbage and gives the spare heap back to the system. */
  collect?: () => void;
  /** The heap's committed size. */
  heapBytes?: () => number;
  growthBytes?: number;
  quietMs?: number;
  onCompacted?: (compaction: Compaction) => void;
}

/** Whether V8's memory reducer is switched off (a command-line flag only; NODE_OPTIONS refuses it). */
export function memoryReducerOff(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.includes('--no-memory-reducer');
}

/**
 * The memory reducer's work on our schedule. V8's reducer compacts the start-up heap about half a
 * minute after an instance is ready (two or three full GCs, 0.3–0.45 CPU-s: most of an idle instance's
 * first minute), so deployments switch it off (`--no-memory-reducer`) and this does its two jobs:
 * compact() once before the instance listens, and again whenever the heap has grown by GROWTH_BYTES and
 * the process has stopped allocating (a populate or a report is over), so that an idle instance does not
 * keep its peak heap. Nothing runs while the process is idle.
 */
export class HeapCompactor {
  private readonly collect: () => void;
  private readonly heapBytes: () => number;
  private readonly growthBytes: number;
  private readonly watch: QuietWatch;
  private baselineBytes: number;
  /** When the last compaction ran (end Infinity while it runs): its own collections are not work. */
  private lastCompaction = { start: -Infinity, end: -Infinity };
  private stopObserving?: () => void;

  constructor(private readonly options: HeapCompactorOptions = {}) {
    this.collect = options.collect ?? memoryReducingGc();
    this.heapBytes = options.heapBytes ?? (() => getHeapStatistics().total_heap_size);
    this.growthBytes = options.growthBytes ?? GROWTH_BYTES;
    this.watch = new QuietWatch(options.quietMs ?? QUIET_MS, {
      busy: () => undefined,
      quiet: () => this.compactIfGrown(),
    });
    this.baselineBytes = this.heapBytes();
  }

  /** Collects now (synchronously) and makes the resulting heap the new baseline. */
  compact(): Compaction {
    const before = this.heapBytes();
    const run = { start: performance.now(), end: Infinity };
    this.lastCompaction = run;
    try {
      this.collect();
    } finally {
      run.end = performance.now();
    }
    this.baselineBytes = this.heapBytes();
    const compaction = {
      beforeBytes: before,
      afterBytes: this.baselineBytes,
      ms: run.end - run.start,
    };
    this.options.onCompacted?.(compaction);
    return compaction;
  }

  /**
   * Garbage collections that started at `startTimes` (performance.now() time): a sign of work, unless
   * they all ran inside the last compaction (the observer reports those after it has ended).
   */
  collected(startTimes: number[]): void {
    const { start, end } = this.lastCompaction;
    if (startTimes.some((at) => at < start || at > end)) this.watch.activity();
  }

  /** Watches the process's garbage collections from now on. */
  start(): void {
    this.stopObserving ??= observeGarbageCollections((startTimes) => this.collected(startTimes));
  }

  stop(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.watch.stop();
  }

  private compactIfGrown(): void {
    if (this.heapBytes() - this.baselineBytes >= this.growthBytes) this.compact();
  }
}

/**
 * A full collection that also gives unused pages back. From V8 12 (Node 22, production) that is the
 * "last resort" collection the memory reducer's own resembles: full GCs until nothing more is freed, the
 * young generation shrunk. V8 11 (Node 20) ignores those options (the collection frees nothing), so it
 * gets the plain full GC. `gc` is reached without --expose-gc on the command line: the flag set at run
 * time applies to contexts created afterwards.
 */
function memoryReducingGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options?: object) => void;
  if (Number.parseInt(process.versions.v8, 10) < 12) return () => gc();
  return () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
