/** An opening holding as stored (quantity as an exact decimal string). */
export interface HoldingRecord {
  ticker: string;
  quantity: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewHolding {
  ticker: string;
  quantity: string;
}

/** A customer's portfolio as the customers feature shows it. */
export interface PortfolioRecord {
  portfolioId: string;
  holdings: HoldingRecord[];
}
