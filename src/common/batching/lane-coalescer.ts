import type { PendingCall } from './turn-batcher.js';

/**
 * Runs calls on at most `lanes` lanes at once, each lane taking the calls waiting for it as one group
 * (up to `maxGroup`), as a database's group commit does: calls that arrive together (a queue batch's
 * tickers reach their writes together) or while every lane is busy run as one unit, and no more units
 * than lanes run side by side. A group starts after the turn of its first call (setImmediate), so the
 * calls of one turn are one group. `runGroup` settles each input of a group, in order; if it throws,
 * every call of that group fails with the error.
 */
export class LaneCoalescer<I, O> {
  private waiting: PendingCall<I, O>[] = [];
  private busy = 0;
  private scheduled = false;

  constructor(
    private readonly runGroup: (inputs: I[]) => Promise<PromiseSettledResult<O>[]>,
    private readonly lanes: number,
    private readonly maxGroup: number,
  ) {}

  add(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.next();
      });
    });
  }

  private next(): void {
    while (this.busy < this.lanes && this.waiting.length > 0) {
      this.busy++;
      void this.run(this.waiting.splice(0, this.maxGroup));
    }
  }

  private async run(group: PendingCall<I, O>[]): Promise<void> {
    try {
      const results = await this.runGroup(group.map((call) => call.input));
      group.forEach((call, index) => {
        const result = results[index];
        if (result.status === 'fulfilled') call.resolve(result.value);
        else call.reject(result.reason);
      });
    } catch (error) {
      for (const call of group) call.reject(error);
    } finally {
      this.busy--;
      this.next();
    }
  }
}
