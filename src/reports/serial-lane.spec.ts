import { SerialLane } from './serial-lane.js';

describe('SerialLane', () => {
  it('runs tasks one at a time in the order given, whatever each takes', async () => {
    const lane = new SerialLane();
    const events: string[] = [];
    const task = (name: string, ticks: number) => async () => {
      events.push(`${name} start`);
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      lane.run(task('a', 5)),
      lane.run(task('b', 0)),
      lane.run(task('c', 2)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('runs the next task after one fails; the failure goes to its own caller', async () => {
    const lane = new SerialLane();
    const failed = lane.run(async () => {
      throw new Error('boom');
    });
    const next = lane.run(async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
