import { DecimalCursor } from '../common/decimal/decimal-cursor.js';

/** What the returns calculator needs of one customer's portfolio, read in one call. */
export interface CustomerLedger {
  version: number;
  /** `asOf`: the date the quantity is real on (split re-basing) and the opening lot is priced at. */
  opening: { ticker: string; quantity: number; asOf: string }[];
  trades: LedgerTradeInput[];
}

export interface LedgerTradeInput {
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: number;
  tradeDate: string;
  price: number | null;
  fee: number;
  /**
   * The trade's place by date, then recording order (created_at, then id): among trades of one day, their
   * recording order, the cost-basis order of same-day trades (nothing compares it across days).
   */
  sequence: number;
}

const COMMA = 44;
const SEMICOLON = 59;

/**
 * The trades of the packed `ticker,type,quantity,date,price,fee;…` string the ledger read returns (by date,
 * then in recording order: a trade's index is its sequence), scanned over the character codes: no substring
 * per trade or per number, only the ticker and date a trade keeps. Each number is exactly what Number()
 * gives for its text (DecimalCursor); a field that is not as PostgreSQL prints it throws.
 */
export function unpackTrades(packed: string): LedgerTradeInput[] {
  const trades: LedgerTradeInput[] = [];
  const scan = new TradeScanner(packed);
  while (scan.at < packed.length) {
    const ticker = scan.text();
    const type = scan.type();
    const quantity = scan.number(COMMA);
    const tradeDate = scan.text();
    const price = packed.charCodeAt(scan.at) === COMMA ? scan.skipEmpty() : scan.number(COMMA);
    const fee = scan.number(SEMICOLON);
    trades.push({ ticker, type, quantity, tradeDate, price, fee, sequence: trades.length });
  }
  return trades;
}

/** A cursor over a packed ledger; each read consumes its field and the separator after it. */
class TradeScanner extends DecimalCursor {
  /** A text field up to the next comma. */
  text(): string {
    const end = this.source.indexOf(',', this.at);
    if (end < 0) throw malformed();
    const value = this.source.slice(this.at, end);
    this.at = end + 1;
    return value;
  }

  type(): 'BUY' | 'SELL' {
    if (this.source.startsWith('BUY,', this.at)) {
      this.at += 4;
      return 'BUY';
    }
    if (this.source.startsWith('SELL,', this.at)) {
      this.at += 5;
      return 'SELL';
    }
    throw malformed();
  }

  /** An empty field (a trade without a price). */
  skipEmpty(): null {
    this.at++;
    return null;
  }

  /**
   * A number up to `separator`: a comma, or for a trade's last field a semicolon or the end. Empty, not a
   * number, or running into the end where a comma was due, the ledger is malformed.
   */
  number(separator: number): number {
    const from = this.at;
    const value = this.decimal(separator);
    const ranOut = this.at > this.source.length && separator === COMMA;
    if (ranOut || this.at - 1 === from || Number.isNaN(value)) throw malformed();
    return value;
  }
}

function malformed(): Error {
  return new Error('the packed ledger is not ticker,type,quantity,date,price,fee;…');
}
