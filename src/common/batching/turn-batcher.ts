/**
 * Gathers the calls made in one turn of the event loop into one batch: the first call schedules the
 * batch (setImmediate, after the turn's promise reactions), and every call until then joins it. The
 * jobs of a queue batch start side by side, so their first statements can be one statement. Each call
 * gets the output at its input's index; when the batch fails, every call of it fails with the error.
 */
export class TurnBatcher<I, O> {
  private pending: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly runBatch: (inputs: I[]) => Promise<O[]>) {}

  add(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      if (this.pending.push({ input, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const outputs = await this.runBatch(batch.map((call) => call.input));
      batch.forEach((call, index) => call.resolve(outputs[index]));
    } catch (error) {
      for (const call of batch) call.reject(error);
    }
  }
}
