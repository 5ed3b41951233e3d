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
const DOT = 46;
const ZERO = 48;
const NINE = 57;
/** 10^k, each exact in a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Up to 15 digits the digits as an integer are exact in a double (below 2^53). */
const MAX_FAST_DIGITS = 15;

/**
 * The trades of the packed `ticker,type,quantity,date,price,fee;…` string the ledger read returns (by date,
 * then in recording order: a trade's index is its sequence), scanned over the character codes: no substring per
 * trade or per number, only the ticker and date a trade keeps. Each number is exactly what Number() gives
 * for its text (see plainNumber); a field that is not as PostgreSQL prints it throws.
 */
export function unpackTrades(packed: string): LedgerTradeInput[] {
  const trades: LedgerTradeInput[] = [];
  const scan = new TradeScanner(packed);
  while (scan.at < packed.length) {
    const ticker = scan.text();
    const type = scan.type();
    const quantity = scan.number();
    const tradeDate = scan.text();
    const price = packed.charCodeAt(scan.at) === COMMA ? scan.skipEmpty() : scan.number();
    const fee = scan.number(SEMICOLON);
    trades.push({ ticker, type, quantity, tradeDate, price, fee, sequence: trades.length });
  }
  return trades;
}

/** A cursor over a packed ledger; each read consumes its field and the separator after it. */
class TradeScanner {
  at = 0;

  constructor(private readonly packed: string) {}

  /** A text field up to the next comma. */
  text(): string {
    const end = this.packed.indexOf(',', this.at);
    if (end < 0) throw malformed();
    const value = this.packed.slice(this.at, end);
    this.at = end + 1;
    return value;
  }

  type(): 'BUY' | 'SELL' {
    const packed = this.packed;
    if (packed.startsWith('BUY,', this.at)) {
      this.at += 4;
      return 'BUY';
    }
    if (packed.startsWith('SELL,', this.at)) {
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
   * A number up to `separator` (a comma, or a semicolon or the end for a trade's last field). Up to 15
   * digits its value is its digits as an integer divided by a power of ten, both exact, so the one rounding
   * of the division gives the nearest double, as Number() does; anything longer goes through Number().
   */
  number(separator = COMMA): number {
    const packed = this.packed;
    const from = this.at;
    let at = from;
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    let plain = true;
    for (; at < packed.length; at++) {
      const code = packed.charCodeAt(at);
      if (code === separator) break;
      if (code >= ZERO && code <= NINE) {
        mantissa = mantissa * 10 + (code - ZERO);
        digits++;
        if (dot) scale++;
      } else if (code === DOT && !dot) dot = true;
      else plain = false;
    }
    if (at === packed.length && separator === COMMA) throw malformed();
    this.at = at + 1;
    if (plain && digits > 0 && digits <= MAX_FAST_DIGITS) return mantissa / POWERS_OF_TEN[scale];
    const value = Number(packed.slice(from, at));
    if (Number.isNaN(value) || at === from) throw malformed();
    return value;
  }
}

function malformed(): Error {
  return new Error('the packed ledger is not ticker,type,quantity,date,price,fee;…');
}
