import { fromUnits, toUnits } from '../common/decimal/decimal-units.js';
import type { IsoDate } from '../common/time/calendar-date.js';

export interface OpeningPosition {
  ticker: string;
  quantity: string;
  /** The date the quantity is real on; absent: in the newest split basis (after every split given). */
  asOf?: IsoDate;
}

export interface LedgerTrade {
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: string;
  tradeDate: IsoDate;
}

/** A 4-for-1 split is splitFrom "1", splitTo "4"; decimals with at most 8 places. */
export interface LedgerSplit {
  executionDate: IsoDate;
  splitFrom: string;
  splitTo: string;
}

export interface NegativePosition {
  ticker: string;
  date: IsoDate;
  /** Real shares at the close of `date` (rounded toward zero to 8 decimals when splits make it inexact). */
  quantity: string;
}

/**
 * The first (ticker, date) at whose close the position would be negative, or null. All trades of a day
 * settle together at its close, so a buy and a sell on the same day never fail on their order.
 *
 * With `splits` (per ticker; only those that count, i.e. executed on or before today), positions are
 * compared in the newest split basis: after a 2-for-1 split, 10 shares bought before it can be sold as 20
 * after it. The arithmetic stays exact: every quantity is scaled by the same product of one ratio term per
 * split (split_to for splits after its date, split_from for the others), so no division is needed.
 */
export function findNegativePosition(
  opening: OpeningPosition[],
  trades: LedgerTrade[],
  splits?: ReadonlyMap<string, readonly LedgerSplit[]>,
): NegativePosition | null {
  const scales = new Map<string, BasisScale>();
  const scaleOf = (ticker: string): BasisScale => {
    let scale = scales.get(ticker);
    if (!scale) {
      scale = new BasisScale(splits?.get(ticker) ?? []);
      scales.set(ticker, scale);
    }
    return scale;
  };
  const positions = new Map<string, bigint>();
  for (const holding of opening) {
    const scaled = scaleOf(holding.ticker).newest(toUnits(holding.quantity), holding.asOf);
    positions.set(holding.ticker, (positions.get(holding.ticker) ?? 0n) + scaled);
  }
  const sorted = [...trades].sort(
    (a, b) => a.tradeDate.localeCompare(b.tradeDate) || a.ticker.localeCompare(b.ticker),
  );
  for (let i = 0; i < sorted.length; i++) {
    const trade = sorted[i];
    const scale = scaleOf(trade.ticker);
    const units = scale.newest(toUnits(trade.quantity), trade.tradeDate);
    const position = (positions.get(trade.ticker) ?? 0n) + (trade.type === 'BUY' ? units : -units);
    positions.set(trade.ticker, position);
    const next = sorted[i + 1];
    const dayClosed = !next || next.tradeDate !== trade.tradeDate || next.ticker !== trade.ticker;
    if (dayClosed && position < 0n)
      return {
        ticker: trade.ticker,
        date: trade.tradeDate,
        quantity: fromUnits(scale.real(position, trade.tradeDate)),
      };
  }
  return null;
}

/**
 * Exact newest-basis quantities of one ticker, scaled by Π split_from over all its splits (in 1e-8 units
 * per ratio): real q on date d becomes q · Π_{e>d} split_to · Π_{e<=d} split_from.
 */
class BasisScale {
  private readonly splits: Array<{ date: IsoDate; from: bigint; to: bigint }>;

  constructor(splits: readonly LedgerSplit[]) {
    this.splits = splits.map((split) => ({
      date: split.executionDate,
      from: toUnits(split.splitFrom),
      to: toUnits(split.splitTo),
    }));
  }

  /** Real units on `date` (absent: already in the newest basis) to scaled newest-basis units. */
  newest(units: bigint, date: IsoDate | undefined): bigint {
    return units * this.termOn(date);
  }

  /** Scaled newest-basis units back to real units at the close of `date`. */
  real(scaled: bigint, date: IsoDate): bigint {
    return scaled / this.termOn(date);
  }

  private termOn(date: IsoDate | undefined): bigint {
    let term = 1n;
    for (const split of this.splits) term *= date !== undefined && split.date > date ? split.to : split.from;
    return term;
  }
}
