/** What the customers repository returns: a customer with its portfolio and opening holdings. */
export interface HoldingRecord {
  ticker: string;
  quantity: string;
  createdAt: Date;
  updatedAt: Date;
}

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

export interface NewHolding {
  ticker: string;
  quantity: string;
}
