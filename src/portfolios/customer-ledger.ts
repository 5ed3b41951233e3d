/** What the returns calculator needs of one customer's portfolio, read in one call. */
export interface CustomerLedger {
  version: number;
  /** `asOf`: the date the quantity is real on (split re-basing) and the opening lot is priced at. */
  opening: { ticker: string; quantity: number; asOf: string }[];
  trades: {
    ticker: string;
    type: 'BUY' | 'SELL';
    quantity: number;
    tradeDate: string;
    price: number | null;
    fee: number;
    /** Recording order (created_at, then id) over the whole ledger: the cost-basis order of same-day trades. */
    sequence: number;
  }[];
}

/** One trade of the packed `ticker,type,quantity,date,price,fee` string the ledger read returns. */
export function unpackTrade(packed: string, sequence: number): CustomerLedger['trades'][number] {
  const [ticker, type, quantity, tradeDate, price, fee] = packed.split(',');
  return {
    ticker,
    type: type as 'BUY' | 'SELL',
    quantity: Number(quantity),
    tradeDate,
    price: price === '' ? null : Number(price),
    fee: Number(fee),
    sequence,
  };
}
