/**
 * Runs tasks one at a time, in the order they were handed in; a task's failure is its caller's alone
 * (the next task still runs).
 */
export class SerialLane {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
