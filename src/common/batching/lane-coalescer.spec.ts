import { LaneCoalescer } from './lane-coalescer.js';

/** A group run that waits until released, so a test decides when each lane frees up. */
function controlledRuns() {
  const groups: number[][] = [];
  const releases: (() => void)[] = [];
  const run = async (inputs: number[]): Promise<PromiseSettledResult<number>[]> => {
    groups.push(inputs);
    await new Promise<void>((resolve) => releases.push(resolve));
    return inputs.map((input) =>
      input < 0
        ? { status: 'rejected', reason: new Error(`bad ${input}`) }
        : { status: 'fulfilled', value: input * 10 },
    );
  };
  return { groups, releases, run };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('LaneCoalescer', () => {
  it('runs the calls of one turn as one group and answers each with its own output', async () => {
    const { groups, releases, run } = controlledRuns();
    const coalescer = new LaneCoalescer(run, 2, 8);
    const answers = Promise.all([1, 2, 3].map((input) => coalescer.add(input)));
    await turn();
    expect(groups).toEqual([[1, 2, 3]]);
    releases[0]();
    expect(await answers).toEqual([10, 20, 30]);
  });

  it('runs at most `lanes` groups at once; calls that wait for a lane are the next group', async () => {
    const { groups, releases, run } = controlledRuns();
    const coalescer = new LaneCoalescer(run, 2, 8);
    const first = coalescer.add(1);
    await turn();
    const second = coalescer.add(2);
    await turn();
    const waiting = [3, 4, 5].map((input) => coalescer.add(input));
    await turn();
    await turn();
    expect(groups).toEqual([[1], [2]]); // both lanes busy: 3, 4 and 5 wait
    releases[1]();
    expect(await second).toBe(20);
    await turn();
    expect(groups).toEqual([[1], [2], [3, 4, 5]]);
    releases[0]();
    releases[2]();
    expect(await Promise.all([first, ...waiting])).toEqual([10, 30, 40, 50]);
  });

  it('takes at most `maxGroup` calls into one group, in their order', async () => {
    const { groups, releases, run } = controlledRuns();
    const coalescer = new LaneCoalescer(run, 1, 2);
    const answers = Promise.all([1, 2, 3, 4, 5].map((input) => coalescer.add(input)));
    for (let group = 0; group < 3; group++) {
      await turn();
      releases[group]();
      await turn();
    }
    expect(await answers).toEqual([10, 20, 30, 40, 50]);
    expect(groups).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("fails only the call whose input was settled as rejected, and a thrown group only that group's calls", async () => {
    const { releases, run } = controlledRuns();
    let throwNext = false;
    const coalescer = new LaneCoalescer(
      async (inputs: number[]) => {
        if (throwNext) throw new Error('group failed');
        return run(inputs);
      },
      1,
      8,
    );
    const settled = Promise.allSettled([1, -2, 3].map((input) => coalescer.add(input)));
    await turn();
    releases[0]();
    expect(
      (await settled).map((result) => (result.status === 'fulfilled' ? result.value : 'rejected')),
    ).toEqual([10, 'rejected', 30]);
    throwNext = true;
    await expect(Promise.all([coalescer.add(4), coalescer.add(5)])).rejects.toThrow('group failed');
    throwNext = false;
    const after = coalescer.add(6);
    await turn();
    releases[1]();
    expect(await after).toBe(60);
  });
});
