import { setTimeout as sleep } from 'node:timers/promises';
import { HeapCompactor, memoryReducerOff } from './heap-compactor.js';

const MB = 2 ** 20;

/**
 * A compactor over a simulated heap: `collect` shrinks it to `live` and counts the collections. As
 * Node's observer does, the collection is reported after it, with the time it started.
 */
function simulated(options: { quietMs?: number; growthBytes?: number } = {}) {
  const heap = { committed: 100 * MB, live: 60 * MB, collections: 0 };
  const compactions: number[] = [];
  const compactor: HeapCompactor = new HeapCompactor({
    heapBytes: () => heap.committed,
    collect: () => {
      heap.collections++;
      heap.committed = heap.live;
      const startedAt = performance.now();
      setImmediate(() => compactor.collected([startedAt])); // the compaction's own GC: not work
    },
    onCompacted: ({ beforeBytes, afterBytes }) => compactions.push(beforeBytes - afterBytes),
    quietMs: options.quietMs ?? 30,
    growthBytes: options.growthBytes ?? 32 * MB,
  });
  return { heap, compactor, compactions };
}

/** About 30 MB of small objects, garbage on return. */
function churn(): number {
  const rows = Array.from({ length: 300 }, () => Array.from({ length: 2_000 }, (_, i) => ({ i })));
  return rows.length;
}

describe('HeapCompactor', () => {
  it('compact() collects at once and reports what it gave back', () => {
    const { heap, compactor, compactions } = simulated();
    expect(compactor.compact()).toEqual(
      expect.objectContaining({ beforeBytes: 100 * MB, afterBytes: 60 * MB }),
    );
    expect(heap.collections).toBe(1);
    expect(compactions).toEqual([40 * MB]);
  });

  it('after work, once quiet, compacts only a heap that grew by growthBytes since the last compaction', async () => {
    const { heap, compactor } = simulated();
    compactor.compact(); // start-up: the baseline is 60 MB
    heap.committed = 80 * MB; // a small job: grew 20 MB
    compactor.collected([performance.now()]);
    await sleep(120);
    expect(heap.collections).toBe(1);
    heap.committed = 100 * MB; // a larger one: 40 MB over the baseline
    compactor.collected([performance.now()]);
    await sleep(120);
    expect(heap.collections).toBe(2);
    expect(heap.committed).toBe(60 * MB);
  });

  it('does not count its own collections as work (reported after it, no check is armed by them)', async () => {
    const { heap, compactor } = simulated({ quietMs: 20 });
    compactor.compact();
    heap.committed = 200 * MB; // grown since, but nothing but the compaction's own GC has been seen
    await sleep(100);
    expect(heap.collections).toBe(1);
    compactor.collected([performance.now()]); // a collection of real work, after the compaction
    await sleep(100);
    expect(heap.collections).toBe(2);
  });

  it('compacts the real heap with a full collection (no --expose-gc needed)', async () => {
    expect(churn()).toBe(300);
    await new Promise((resolve) => setImmediate(resolve)); // nothing of churn() left on the stack
    const { beforeBytes, afterBytes, ms } = new HeapCompactor().compact();
    expect(beforeBytes - afterBytes).toBeGreaterThan(8 * MB);
    expect(ms).toBeGreaterThan(0);
  });

  it('knows from the command line whether V8’s memory reducer is off', () => {
    expect(memoryReducerOff(['--max-old-space-size=256', '--no-memory-reducer'])).toBe(true);
    expect(memoryReducerOff(['--max-old-space-size=256'])).toBe(false);
  });
});
