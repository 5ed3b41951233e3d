import { barCopyRows, tsvCopyRows } from './bar-copy-rows.js';
import { decodeBarTsv } from './bar-tsv.js';
import { barTsvOf } from '../../test/factories/bar-tsv.factory.js';
import { storedBar } from '../../test/factories/stored-bar.factory.js';

const bar = storedBar;
const source = { adjusted: true, source: 'polygon' as const };

/** The chunks as text. */
const text = (chunks: Iterable<Buffer>) => [...chunks].map((chunk) => chunk.toString('utf8'));

describe('barCopyRows', () => {
  it('writes one tab-separated row per bar, \\N for null, the decimals as given, no fetched_at (its default)', () => {
    const rows = text(
      barCopyRows(
        'AAPL',
        [bar('2024-01-02', '187.123456789', { vwap: '186.5', trades: 42 }), bar('2024-01-03', '0.0001')],
        source,
      ),
    );
    expect(rows).toEqual([
      `AAPL\t2024-01-02\t187.123456789\t187.123456789\t187.123456789\t187.123456789\t1000\t186.5\t42\tt\tpolygon\n` +
        `AAPL\t2024-01-03\t0.0001\t0.0001\t0.0001\t0.0001\t1000\t\\N\t\\N\tt\tpolygon\n`,
    ]);
  });

  it('hands over large batches in chunks of whole rows', () => {
    const bars = Array.from({ length: 7500 }, (_, i) => bar(`2024-01-02`, String(i)));
    const chunks = text(barCopyRows('X', bars, { adjusted: false, source: 'import' }));
    expect(chunks.map((chunk) => chunk.split('\n').length - 1)).toEqual([3000, 3000, 1500]);
    expect(chunks.every((chunk) => chunk.endsWith('\tf\timport\n'))).toBe(true);
  });

  it('writes values with non-ASCII characters as UTF-8, and rows longer than the guess whole', () => {
    const long = '1.' + '5'.repeat(400);
    const [chunk] = barCopyRows('ÄÖ', [bar('2024-01-02', long, { vwap: 'é1' })], source);
    expect(chunk.toString('utf8')).toBe(
      `ÄÖ\t2024-01-02\t${long}\t${long}\t${long}\t${long}\t1000\té1\t\\N\tt\tpolygon\n`,
    );
  });

  it.each(['1\t2', '1\n2', '1\r', '1\\N', '\\N', '\\', 'é\t1'])(
    'refuses a value COPY would have to escape (%j)',
    (value) => {
      expect(() => [...barCopyRows('X', [bar('2024-01-02', '1', { open: value })], source)]).toThrow(
        'would have to escape',
      );
    },
  );
});

const tsvOf = barTsvOf;

describe('tsvCopyRows', () => {
  const bars = [
    bar('2024-01-02', '187.123456789', { vwap: '186.5', trades: 42 }),
    bar('2024-01-03', '0.0001'),
    ...Array.from({ length: 100 }, (_, i) =>
      bar(`2024-02-${String(1 + (i % 28)).padStart(2, '0')}`, `${i}.5`),
    ),
  ];

  it('writes the rows barCopyRows writes for the same bars, ticker in front and source behind', () => {
    const tsv = tsvOf(bars);
    expect(decodeBarTsv(tsv)).toEqual(bars);
    for (const [ticker, rowSource] of [
      ['AAPL', source],
      ['ÄÖ', { adjusted: false, source: 'import' as const }],
    ] as const) {
      expect(text(tsvCopyRows(ticker, tsv, rowSource)).join('')).toBe(
        text(barCopyRows(ticker, bars, rowSource)).join(''),
      );
    }
  });

  it('writes nothing for no bars, and refuses a ticker COPY would have to escape', () => {
    expect([...tsvCopyRows('AAPL', tsvOf([]), source)]).toEqual([]);
    expect(() => [...tsvCopyRows('A\tB', tsvOf(bars), source)]).toThrow('would have to escape');
  });
});
