/** An opening holding as stored (quantity as an exact decimal string). */
export interface HoldingRecord {
  ticker: string;
  quantity: string;
  asOf: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewHolding {
  ticker: string;
  quantity: string;
  /** The date on which `quantity` real shares were held. */
  asOf: string;
}
