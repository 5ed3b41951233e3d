import { LruMap } from '../cache/lru-map.js';

/** A list page as its query returned it: the response JSON and the list's version in the same snapshot. */
export interface VersionedPage {
  version: string;
  json: string;
}

/**
 * What an entry costs beyond its JSON (key, page object, map slot), counted so that many tiny pages (an
 * empty page for each of many `skip` values) cannot hold more memory than the budget says.
 */
export const PAGE_OVERHEAD_BYTES = 256;

interface Entry<P> {
  page: P;
  bytes: number;
}

/**
 * A list route's pages, one per distinct query (`key`), each tagged with the list version it was read at;
 * least recently used out first once the pages (their JSON and a fixed overhead each) pass `maxBytes`. A
 * page is served from here only when the list's current version still equals its version, so it is never
 * staler than the database: any write committed since it was read changed the version (list_versions only
 * grows).
 */
export class ListPageCache<P extends VersionedPage> {
  private readonly entries: LruMap<string, Entry<P>>;

  constructor(maxBytes: number) {
    this.entries = new LruMap(maxBytes, (entry) => entry.bytes);
  }

  /**
   * The page for `key`: the cached one when `currentVersion()` matches it, else `readPage()`'s, kept for
   * the next request. Without a cached page the version is not asked (the page query returns it).
   */
  async get(key: string, currentVersion: () => Promise<string>, readPage: () => Promise<P>): Promise<P> {
    const cached = this.entries.get(key);
    if (cached && cached.page.version === (await currentVersion())) return cached.page;
    const page = await readPage();
    this.entries.set(key, { page, bytes: PAGE_OVERHEAD_BYTES + key.length + Buffer.byteLength(page.json) });
    return page;
  }
}

/** Each list route's cache budget: a few pages of the largest lists (a 100-row page is about 100 kB). */
export const LIST_PAGE_CACHE_BYTES = 8 * 1024 * 1024;
