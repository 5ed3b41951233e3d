import { parseDividendsImport, parseSplitsImport } from './corporate-action-import.parser.js';

describe('parseSplitsImport', () => {
  it('takes a JSON array with decimal strings or plain numbers, kept exactly', () => {
    expect(
      parseSplitsImport(
        [
          { execution_date: '2020-08-31', split_from: 1, split_to: '4' },
          { execution_date: '2024-01-02', split_from: '3.5', split_to: '1.000000000001' },
        ],
        false,
      ),
    ).toEqual({
      rows: [
        { executionDate: '2020-08-31', splitFrom: '1', splitTo: '4' },
        { executionDate: '2024-01-02', splitFrom: '3.5', splitTo: '1.000000000001' },
      ],
      errors: [],
    });
  });

  it('takes a JSON number JavaScript prints with an exponent (1e-7) as its plain decimal', () => {
    expect(
      parseSplitsImport([{ execution_date: '2020-08-31', split_from: 1e-7, split_to: 2.5e-8 }], false),
    ).toEqual({
      rows: [{ executionDate: '2020-08-31', splitFrom: '0.0000001', splitTo: '0.000000025' }],
      errors: [],
    });
    expect(
      parseSplitsImport([{ execution_date: '2020-08-31', split_from: 1e21, split_to: 1 }], false).errors,
    ).toHaveLength(1);
  });

  it('takes CSV with the columns in any order, a BOM, CRLF and blank lines', () => {
    const csv = '\uFEFFsplit_to,execution_date,split_from\r\n4,2020-08-31,1\r\n\r\n';
    expect(parseSplitsImport(csv, true).rows).toEqual([
      { executionDate: '2020-08-31', splitFrom: '1', splitTo: '4' },
    ]);
  });

  it.each([
    [{ execution_date: '2020-08-31', split_from: '0', split_to: '4' }, 'rows[1].split_from'],
    [{ execution_date: '2020-08-31', split_from: '1', split_to: '-2' }, 'rows[1].split_to'],
    [{ execution_date: '2023-02-29', split_from: '1', split_to: '2' }, 'rows[1].execution_date'],
    [{ execution_date: '1969-12-31', split_from: '1', split_to: '2' }, 'rows[1].execution_date'],
    [{ split_from: '1', split_to: '2' }, 'rows[1].execution_date'],
    [{ execution_date: '2020-08-31', split_from: '1e3', split_to: '2' }, 'rows[1].split_from'],
    [{ execution_date: '2020-08-31', split_from: '1', split_to: '2', ratio: 2 }, 'rows[1].ratio'],
  ])('names the bad row and field, and returns no rows: %j', (bad, field) => {
    const parsed = parseSplitsImport(
      [{ execution_date: '2019-01-02', split_from: '1', split_to: '2' }, bad],
      false,
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((error) => error.field)).toEqual([field]);
  });

  it('a date twice in the body is an error on the second row naming the first', () => {
    const row = { execution_date: '2020-08-31', split_from: '1', split_to: '4' };
    const parsed = parseSplitsImport([row, { ...row, split_to: '5' }], false);
    expect(parsed.errors).toEqual([
      { field: 'rows[1].execution_date', message: expect.stringContaining('also rows[0]') },
    ]);
  });

  it('CSV errors name the row and its line; a bad header or arity is refused', () => {
    const csv = 'execution_date,split_from,split_to\n2020-08-31,1,4\n2021-01-04,0,4\n';
    expect(parseSplitsImport(csv, true).errors).toEqual([
      { field: 'rows[1].split_from', message: expect.stringContaining('line 3') },
    ]);
    expect(parseSplitsImport('date,from,to\n2020-08-31,1,4', true).errors[0].field).toBe('header');
    expect(parseSplitsImport('execution_date,split_from\n2020-08-31,1', true).errors[0].field).toBe('header');
    expect(parseSplitsImport('execution_date,split_from,split_to\n2020-08-31,1', true).errors[0].field).toBe(
      'rows[0]',
    );
  });

  it('refuses a non-array, a non-object row and an empty body', () => {
    expect(parseSplitsImport({ execution_date: '2020-08-31' }, false).errors[0].field).toBe('body');
    expect(parseSplitsImport(['x'], false).errors[0].field).toBe('rows[0]');
    expect(parseSplitsImport([], false).errors[0].field).toBe('body');
    expect(parseSplitsImport('execution_date,split_from,split_to\n', true).errors[0].field).toBe('body');
  });
});

describe('parseDividendsImport', () => {
  it('defaults currency to USD, upper-cases it, and leaves absent optional fields null', () => {
    expect(
      parseDividendsImport(
        [
          { ex_dividend_date: '2024-08-12', cash_amount: '0.25' },
          {
            ex_dividend_date: '2024-05-10',
            cash_amount: 0.24,
            currency: 'cad',
            pay_date: '2024-05-16',
            record_date: '2024-05-13',
            dividend_type: 'SC',
          },
        ],
        false,
      ).rows,
    ).toEqual([
      {
        exDividendDate: '2024-08-12',
        cashAmount: '0.25',
        currency: 'USD',
        payDate: null,
        recordDate: null,
        dividendType: null,
      },
      {
        exDividendDate: '2024-05-10',
        cashAmount: '0.24',
        currency: 'CAD',
        payDate: '2024-05-16',
        recordDate: '2024-05-13',
        dividendType: 'SC',
      },
    ]);
  });

  it('CSV: the required columns plus any optional ones; empty cells are absent', () => {
    const csv = 'ex_dividend_date,cash_amount,pay_date,dividend_type\n2024-08-12,0,,CD\n';
    expect(parseDividendsImport(csv, true).rows).toEqual([
      {
        exDividendDate: '2024-08-12',
        cashAmount: '0',
        currency: 'USD',
        payDate: null,
        recordDate: null,
        dividendType: 'CD',
      },
    ]);
    expect(parseDividendsImport('ex_dividend_date,pay_date\n2024-08-12,2024-08-15', true).errors).toEqual([
      { field: 'header', message: expect.stringContaining('cash_amount') },
    ]);
  });

  it.each([
    [{ ex_dividend_date: '2024-08-12', cash_amount: '-0.25' }, 'rows[0].cash_amount'],
    [{ ex_dividend_date: '2024-08-12' }, 'rows[0].cash_amount'],
    [{ ex_dividend_date: '2024-13-01', cash_amount: '1' }, 'rows[0].ex_dividend_date'],
    [{ ex_dividend_date: '2024-08-12', cash_amount: '1', pay_date: 'soon' }, 'rows[0].pay_date'],
    [{ ex_dividend_date: '2024-08-12', cash_amount: '1', record_date: '2024-8-1' }, 'rows[0].record_date'],
    [{ ex_dividend_date: '2024-08-12', cash_amount: '1', currency: 'US' }, 'rows[0].currency'],
    [{ ex_dividend_date: '2024-08-12', cash_amount: '1', dividend_type: 'XX' }, 'rows[0].dividend_type'],
  ])('names the bad field: %j', (bad, field) => {
    expect(parseDividendsImport([bad], false).errors.map((error) => error.field)).toEqual([field]);
  });
});
