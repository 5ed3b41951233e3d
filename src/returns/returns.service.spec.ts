import type { CorporateActionsRepository } from '../market-data/corporate-actions/corporate-actions.repository.js';
import type { PriceSeriesService } from '../market-data/price-series.service.js';
import type { CustomerLedger } from '../portfolios/customer-ledger.js';
import type { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import { ReturnsService } from './returns.service.js';

/** Fakes of the two sources, counting reads, with versions a test can bump. */
function setup() {
  const state = { ledgerVersion: 1, priceVersion: 'v1', ledgerReads: 0, seriesReads: 0, actionReads: 0 };
  const ledger = (): CustomerLedger => ({
    version: state.ledgerVersion,
    opening: [{ ticker: 'A', quantity: 1, asOf: '2024-01-02' }],
    trades: [],
  });
  const transactions = {
    ledgerUntil: async () => {
      state.ledgerReads++;
      return ledger();
    },
    ledgersUntil: async (ids: string[]) => {
      state.ledgerReads++;
      return new Map(ids.filter((id) => id !== 'unknown').map((id) => [id, ledger()]));
    },
    ledgerAndPriceVersions: async () => ({ ledgerVersion: state.ledgerVersion, priceVersions: versions() }),
  } as unknown as PortfolioLedgerRepository;
  const versions = () => new Map([['A', state.priceVersion]]);
  const prices = {
    priceVersions: async () => versions(),
    window: async () => {
      state.seriesReads++;
      return {
        versions: versions(),
        newest: new Map([['A', '2024-01-03']]),
        bars: new Map([
          [
            'A',
            [
              { date: '2024-01-02', close: 10 },
              { date: '2024-01-03', close: 11 },
            ],
          ],
        ]),
      };
    },
  } as unknown as PriceSeriesService;
  const corporateActions = {
    splitsFor: async () => (state.actionReads++, new Map()),
    dividendsFor: async () => new Map(),
  } as unknown as CorporateActionsRepository;
  const service = new ReturnsService(transactions, prices, corporateActions, {
    now: () => new Date('2024-06-01T00:00:00Z'),
  });
  return { service, state };
}

const request = { customerId: 'c', start: '2024-01-02', end: '2024-01-03' };

describe('ReturnsService result cache', () => {
  it('reuses corporate actions while the price version holds, and reads them again after a change', async () => {
    const { service, state } = setup();
    await service.calculate(request);
    await service.calculate({ ...request, noCache: true });
    expect(state.actionReads).toBe(1);
    state.priceVersion = 'v2';
    await service.calculate(request);
    expect(state.actionReads).toBe(2);
  });

  it('serves a repeat from the cache after checking the versions, and recomputes when one changed', async () => {
    const { service, state } = setup();
    const first = await service.calculate(request);
    expect(await service.calculate(request)).toBe(first);
    expect(state.ledgerReads).toBe(1);
    state.ledgerVersion = 2;
    expect(await service.calculate(request)).not.toBe(first);
    expect(state.ledgerReads).toBe(2);
    state.priceVersion = 'v2';
    await service.calculate(request);
    expect(state.seriesReads).toBe(3);
  });

  it('recomputes on no-cache, and keys by window', async () => {
    const { service } = setup();
    const first = await service.calculate(request);
    const recomputed = await service.calculate({ ...request, noCache: true });
    expect(recomputed).not.toBe(first);
    expect(recomputed).toEqual(first);
    expect(await service.calculate({ ...request, end: '2024-01-04' })).not.toBe(recomputed);
    // The accounting options are part of the key; their defaults are the same entry as leaving them out.
    const excluded = await service.calculate({ ...request, dividends: 'exclude' });
    const fifo = await service.calculate({ ...request, costBasis: 'fifo' });
    expect(excluded).not.toBe(recomputed);
    expect(fifo).not.toBe(recomputed);
    expect(fifo).not.toBe(excluded);
    expect(await service.calculate({ ...request, dividends: 'include', costBasis: 'average' })).toBe(
      recomputed,
    );
  });

  it('computes no series for returns; a performance request recomputes once with one, which then serves both', async () => {
    const { service } = setup();
    const page = { ...request, interval: 'day' as const, limit: 10 };
    const plain = await service.calculate(request);
    expect(plain.series).toEqual([]);
    const charted = await service.performance(page);
    expect(charted.result).not.toBe(plain);
    expect(charted.result.series.map((point) => point.date)).toEqual(['2024-01-02', '2024-01-03']);
    expect(charted.points.map((point) => point.date)).toEqual(['2024-01-02', '2024-01-03']);
    expect({ ...charted.result, series: [] }).toEqual(plain);
    expect(await service.calculate(request)).toBe(charted.result);
    expect((await service.performance(page)).result).toBe(charted.result);
  });

  it('reuses the ledger of an end date while its version holds, also on no-cache', async () => {
    const { service, state } = setup();
    await service.calculate(request);
    await service.calculate({ ...request, noCache: true });
    await service.calculate({ ...request, start: '2024-01-03', noCache: true });
    expect(state.ledgerReads).toBe(1);
    await service.calculate({ ...request, end: '2024-01-04' });
    expect(state.ledgerReads).toBe(2);
    state.ledgerVersion = 2;
    await service.calculate({ ...request, noCache: true });
    expect(state.ledgerReads).toBe(3);
  });
});

describe('ReturnsService.readEach and computeEach (a report chunk)', () => {
  it('reads a chunk in one step, then computes its customers one at a time as they are pulled', async () => {
    const { service, state } = setup();
    const inputs = await service.readEach(['c', 'd', 'unknown'], { start: request.start, end: request.end });
    expect(state).toMatchObject({ ledgerReads: 1, seriesReads: 1, actionReads: 1 });
    const each = service.computeEach(inputs);
    const first = each.next().value!;
    expect(first.customerId).toBe('c');
    const rest = [...each];
    expect(rest.map((item) => item.customerId)).toEqual(['d', 'unknown']);
    expect(state).toMatchObject({ ledgerReads: 1, seriesReads: 1, actionReads: 1 });
    expect(first.result).toEqual(await service.calculate(request));
    expect(rest[0].result).toEqual(first.result);
    expect(rest[1].problem?.problem.status).toBe(404);
  });
});
