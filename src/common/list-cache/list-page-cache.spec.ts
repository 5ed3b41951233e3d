import { ListPageCache, PAGE_OVERHEAD_BYTES, type VersionedPage } from './list-page-cache.js';

/** The budget of `json` bytes in pages keyed by one-character keys. */
const budgetFor = (pages: number, json: number) => pages * (PAGE_OVERHEAD_BYTES + 1) + json;

/** A list whose version and pages the test controls; counts how often each query runs. */
function fakeList() {
  const list = {
    version: 1,
    versionReads: 0,
    pageReads: 0,
    current: async () => {
      list.versionReads++;
      return String(list.version);
    },
    page: (json: string) => async (): Promise<VersionedPage> => {
      list.pageReads++;
      return { version: String(list.version), json };
    },
  };
  return list;
}

describe('ListPageCache', () => {
  it('reads the page once while the version stays, without asking the version on a cold key', async () => {
    const cache = new ListPageCache(1000);
    const list = fakeList();
    expect(await cache.get('k', list.current, list.page('[1]'))).toEqual({ version: '1', json: '[1]' });
    expect(list).toMatchObject({ versionReads: 0, pageReads: 1 });
    expect(await cache.get('k', list.current, list.page('[other]'))).toEqual({ version: '1', json: '[1]' });
    expect(list).toMatchObject({ versionReads: 1, pageReads: 1 });
  });

  it('reads the page again once the version changed, and keeps the new one', async () => {
    const cache = new ListPageCache(1000);
    const list = fakeList();
    await cache.get('k', list.current, list.page('[1]'));
    list.version = 2;
    expect((await cache.get('k', list.current, list.page('[2]'))).json).toBe('[2]');
    expect((await cache.get('k', list.current, list.page('[3]'))).json).toBe('[2]');
    expect(list.pageReads).toBe(2);
  });

  it('keeps one page per key', async () => {
    const cache = new ListPageCache(1000);
    const list = fakeList();
    await cache.get('a', list.current, list.page('[a]'));
    await cache.get('b', list.current, list.page('[b]'));
    expect((await cache.get('a', list.current, list.page('[x]'))).json).toBe('[a]');
    expect((await cache.get('b', list.current, list.page('[x]'))).json).toBe('[b]');
    expect(list.pageReads).toBe(2);
  });

  it('keeps its pages within the byte budget, dropping the least recently used first', async () => {
    const cache = new ListPageCache(budgetFor(2, 10));
    const list = fakeList();
    await cache.get('a', list.current, list.page('"aaaa"')); // 6 bytes
    await cache.get('b', list.current, list.page('"bb"')); // 4 bytes: 10 in all
    await cache.get('a', list.current, list.page('"x"')); // a is now the most recently used
    await cache.get('c', list.current, list.page('"c"')); // 3 more bytes: b goes
    expect(list.pageReads).toBe(3);
    expect((await cache.get('a', list.current, list.page('"x"'))).json).toBe('"aaaa"');
    expect((await cache.get('b', list.current, list.page('"bb"'))).json).toBe('"bb"');
    expect(list.pageReads).toBe(4);
  });

  it('counts bytes, not characters, and never keeps a page larger than the budget', async () => {
    const cache = new ListPageCache(budgetFor(1, 10));
    const list = fakeList();
    await cache.get('k', list.current, list.page('"ééééé"')); // 7 characters, 12 bytes
    await cache.get('k', list.current, list.page('"ééééé"'));
    expect(list).toMatchObject({ versionReads: 0, pageReads: 2 });
  });

  it('counts a fixed overhead per page, so many empty pages cannot outgrow the budget', async () => {
    const cache = new ListPageCache(budgetFor(2, 4));
    const list = fakeList();
    for (const key of ['a', 'b', 'c']) await cache.get(key, list.current, list.page('[]'));
    await cache.get('a', list.current, list.page('[]')); // dropped when c came
    expect(list.pageReads).toBe(4);
  });
});
