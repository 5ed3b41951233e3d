import type { VersionedPage } from '../common/list-cache/list-page-cache.js';
import type { HoldingRecord } from '../portfolios/holding.record.js';

/** What the customers repository returns: a customer with its portfolio and opening holdings. */
export interface CustomerRecord {
  id: string;
  name: string;
  address: string;
  email: string | null;
  portfolioId: string;
  createdAt: Date;
  updatedAt: Date;
  holdings: HoldingRecord[];
}

export interface CustomerFields {
  name: string;
  address: string;
  email: string | null;
}

/**
 * A page of customers already in their response shape: `json` is the JSON array the list route sends
 * as it is (built by the database in one query), `total` the number of customers.
 */
/** A page of the customers list: its response JSON, the total, and the list version they were read at. */
export interface CustomerPage extends VersionedPage {
  total: number;
}
