/** What the returns calculator needs of one customer's portfolio, read in one call. */
export interface CustomerLedger {
  version: number;
  opening: { ticker: string; quantity: number }[];
  trades: {
    ticker: string;
    type: 'BUY' | 'SELL';
    quantity: number;
    tradeDate: string;
    price: number | null;
  }[];
}

/** One trade of the packed `ticker,type,quantity,date,price` string the ledger read returns. */
export function unpackTrade(packed: string): CustomerLedger['trades'][number] {
  const [ticker, type, quantity, tradeDate, price] = packed.split(',');
  return {
    ticker,
    type: type as 'BUY' | 'SELL',
    quantity: Number(quantity),
    tradeDate,
    price: price === '' ? null : Number(price),
  };
}
