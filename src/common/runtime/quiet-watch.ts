import { performance, PerformanceObserver } from 'node:perf_hooks';

export interface QuietListener {
  /** The first activity after a quiet spell. */
  busy(): void;
  /** No activity for `quietMs`. */
  quiet(): void;
}

/**
 * Tells "working" from "quiet" with no timer while quiet: each activity (in production a garbage
 * collection: a process that allocates is working) arms one timeout if none is armed, and the timeout
 * re-arms itself for the rest of the spell while activity goes on. An idle process thus wakes up for
 * nothing here.
 */
export class QuietWatch {
  private lastActivityAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly quietMs: number,
    private readonly listener: QuietListener,
  ) {}

  get busy(): boolean {
    return this.timer !== undefined;
  }

  activity(): void {
    this.lastActivityAt = performance.now();
    if (this.timer) return;
    this.arm(this.quietMs);
    this.listener.busy();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => this.check(), ms);
    this.timer.unref();
  }

  private check(): void {
    const quietFor = performance.now() - this.lastActivityAt;
    if (quietFor < this.quietMs) return this.arm(this.quietMs - quietFor);
    this.timer = undefined;
    this.listener.quiet();
  }
}

const gcListeners = new Set<(startTimes: number[]) => void>();
let gcObserver: PerformanceObserver | undefined;

/**
 * Calls `onGc` after garbage collections, with when each started (performance.now() time), batched and
 * delivered after the collections; returns the function that stops it. Every listener (the heap
 * compactor, the event-loop gauges) shares one observer, connected while any listens.
 */
export function observeGarbageCollections(onGc: (startTimes: number[]) => void): () => void {
  gcListeners.add(onGc);
  if (!gcObserver) {
    gcObserver = new PerformanceObserver((list) => {
      const startTimes = list.getEntries().map((entry) => entry.startTime);
      for (const listener of gcListeners) listener(startTimes);
    });
    gcObserver.observe({ entryTypes: ['gc'] });
  }
  return () => {
    if (!gcListeners.delete(onGc) || gcListeners.size > 0) return;
    gcObserver?.disconnect();
    gcObserver = undefined;
  };
}
