import { TurnBatcher } from './turn-batcher.js';

describe('TurnBatcher', () => {
  it('runs the calls of one turn as one batch and answers each with its own output', async () => {
    const batches: number[][] = [];
    const batcher = new TurnBatcher(async (inputs: number[]) => {
      batches.push(inputs);
      return inputs.map((input) => input * 10);
    });
    const answers = await Promise.all([1, 2, 3].map((input) => batcher.add(input)));
    expect(answers).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('gathers calls made in promise reactions of the same turn, and starts a new batch on a later turn', async () => {
    const batches: string[][] = [];
    const batcher = new TurnBatcher(async (inputs: string[]) => {
      batches.push(inputs);
      return inputs;
    });
    const later = async (input: string) => {
      await Promise.resolve();
      await Promise.resolve();
      return batcher.add(input);
    };
    await Promise.all([batcher.add('a'), later('b'), later('c')]);
    await batcher.add('d');
    expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('runs one group per key, each call answered from its own group', async () => {
    const groups: [string[], number][] = [];
    const batcher = new TurnBatcher(
      async (inputs: string[], length: number) => {
        groups.push([inputs, length]);
        return inputs.map((input) => `${input}:${length}`);
      },
      (input) => input.length,
    );
    const answers = await Promise.all(['a', 'bb', 'c', 'dd', 'a'].map((input) => batcher.add(input)));
    expect(answers).toEqual(['a:1', 'bb:2', 'c:1', 'dd:2', 'a:1']);
    expect(groups).toEqual([
      [['a', 'c', 'a'], 1],
      [['bb', 'dd'], 2],
    ]);
  });

  it('fails every call of a failed batch, and the next batch runs afresh', async () => {
    let fail = true;
    const batcher = new TurnBatcher(async (inputs: number[]) => {
      if (fail) throw new Error('statement failed');
      return inputs;
    });
    const calls = [batcher.add(1), batcher.add(2)];
    await expect(calls[0]).rejects.toThrow('statement failed');
    await expect(calls[1]).rejects.toThrow('statement failed');
    fail = false;
    await expect(batcher.add(3)).resolves.toBe(3);
  });
});
