/**
 * A map that keeps its total weight within a budget by dropping the least recently used entries.
 * `weigh` gives an entry's weight (1 each by default); an entry heavier than the whole budget is not kept.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    if (this.weigh(value) > this.budget) return;
    this.entries.set(key, value);
    this.weight += this.weigh(value);
    for (const [oldest] of this.entries) {
      if (this.weight <= this.budget) break;
      this.delete(oldest);
    }
  }

  private delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.weight -= this.weigh(value);
    this.entries.delete(key);
  }
}
