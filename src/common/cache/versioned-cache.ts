import { LruMap } from './lru-map.js';

interface Entry<V> {
  version: string;
  value: V;
}

/**
 * Values per key, each tagged with the version it was read at: a value is served only while the caller's
 * current version still equals its tag, so it is never older than what it was read from. Least recently
 * used out first once the values weigh more than `maxWeight`. An undefined version (nothing stored to
 * tag it with) is never served nor kept.
 */
export class VersionedCache<V> {
  private readonly entries: LruMap<string, Entry<V>>;

  constructor(maxWeight: number, weigh: (value: V) => number) {
    this.entries = new LruMap(maxWeight, (entry) => weigh(entry.value));
  }

  get(key: string, version: string | undefined): V | undefined {
    if (version === undefined) return undefined;
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.value : undefined;
  }

  /** Only for a value read after `version` was: never cached as fresher than it is. */
  set(key: string, version: string | undefined, value: V): void {
    if (version !== undefined) this.entries.set(key, { version, value });
  }
}
