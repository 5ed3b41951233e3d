/**
 * Gathers the calls made in one turn of the event loop into one batch: the first call schedules the
 * batch (setImmediate, after the turn's promise reactions), and every call until then joins it. The
 * jobs of a queue batch start side by side, so their first statements can be one statement. The calls
 * are grouped by `keyOf` (one statement per job, say), and `runGroup` answers each group's inputs in
 * their order; when any group fails, every call of the batch fails with the error.
 */
export class TurnBatcher<I, O, K = undefined> {
  private pending: PendingCall<I, O>[] = [];

  constructor(
    private readonly runGroup: (inputs: I[], key: K) => Promise<O[]>,
    private readonly keyOf: (input: I) => K = () => undefined as K,
  ) {}

  add(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      if (this.pending.push({ input, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const groups = new Map<K, typeof batch>();
    for (const call of batch) {
      const key = this.keyOf(call.input);
      groups.set(key, [...(groups.get(key) ?? []), call]);
    }
    try {
      const answered: [(typeof batch)[number], O][] = [];
      for (const [key, calls] of groups) {
        const outputs = await this.runGroup(
          calls.map((call) => call.input),
          key,
        );
        calls.forEach((call, index) => answered.push([call, outputs[index]]));
      }
      for (const [call, output] of answered) call.resolve(output);
    } catch (error) {
      for (const call of batch) call.reject(error);
    }
  }
}

/** A call waiting for its batch: its input, and how to answer it. */
export interface PendingCall<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}
