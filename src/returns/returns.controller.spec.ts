import type { FastifyReply } from 'fastify';
import type { ReturnsResult } from './calculators/types.js';
import { ReturnsController } from './returns.controller.js';
import type { PerformanceRequest, ReturnsRequest, ReturnsService } from './returns.service.js';

describe('ReturnsController', () => {
  const seen: ReturnsRequest[] = [];
  const result = { holdings: [], series: [], warnings: [], missing_prices: [] } as unknown as ReturnsResult;
  const service = {
    calculate: async (request: ReturnsRequest) => (seen.push(request), result),
    performance: async (request: PerformanceRequest) => (
      seen.push(request),
      { result, points: [], total: 0, nextCursor: null }
    ),
  };
  const controller = new ReturnsController(service as unknown as ReturnsService);
  const query = { start_date: '2024-01-01', end_date: '2024-01-31' };
  const reply = { type: () => reply } as unknown as FastifyReply;

  beforeEach(() => (seen.length = 0));

  it('passes Cache-Control: no-cache through to both routes, and only then', async () => {
    await controller.returnsFor('c', query, 'no-cache', reply);
    await controller.performance('c', query, 'max-age=0, No-Cache');
    await controller.returnsFor('c', query, undefined, reply);
    await controller.performance('c', query, 'max-age=60');
    expect(seen.map((request) => request.noCache)).toEqual([true, true, false, false]);
  });

  it('asks for daily points, 1000 a page, unless the query says otherwise', async () => {
    await controller.performance('c', query);
    await controller.performance('c', { ...query, interval: 'month', limit: 12, cursor: 'x' });
    expect(seen).toMatchObject([
      { interval: 'day', limit: 1000, cursor: undefined },
      { interval: 'month', limit: 12, cursor: 'x' },
    ]);
  });
});
