import type { BarArrays, PriceBar } from '../../src/returns/calculators/types.js';
import { epochDay } from '../../src/returns/calculators/weekdays.js';

/** `bars` as the calculator's typed arrays (epoch days and closes), each array in its own buffer. */
export function barArraysOf(bars: readonly PriceBar[]): BarArrays {
  return {
    days: Int32Array.from(bars, (bar) => epochDay(bar.date)),
    closes: Float64Array.from(bars, (bar) => bar.close),
  };
}
