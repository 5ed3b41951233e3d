import { parseJsonBars } from './price-import.parser.js';

describe('parseJsonBars', () => {
  it('takes a JSON number JavaScript prints with an exponent (1e-7) as its plain decimal', () => {
    const { bars, errors } = parseJsonBars([
      { date: '2024-01-02', open: 1e-7, high: 2e-7, low: 1e-7, close: 1.5e-7, volume: 5e-7 },
    ]);
    expect(errors).toEqual([]);
    expect(bars).toEqual([
      {
        date: '2024-01-02',
        open: '0.0000001',
        high: '0.0000002',
        low: '0.0000001',
        close: '0.00000015',
        volume: '0.0000005',
        vwap: null,
        trades: null,
      },
    ]);
  });

  it('still refuses a number of more than 20 digits', () => {
    expect(
      parseJsonBars([{ date: '2024-01-02', open: 1e21, high: 1e21, low: 1, close: 1, volume: 1 }]).errors,
    ).toEqual([{ field: '[0]', message: '[0]: open must be a number greater than 0' }]);
  });
});
