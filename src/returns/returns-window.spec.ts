import { windowDateErrors } from './returns-window.js';

describe('windowDateErrors', () => {
  const today = '2024-06-14';
  const fields = (start: string, end: string) => windowDateErrors(start, end, today).map((e) => e.field);

  it('accepts every window inside 1970-01-01..today, both ends included', () => {
    expect(windowDateErrors('1970-01-01', today, today)).toEqual([]);
    expect(windowDateErrors('2024-01-02', '2024-01-02', today)).toEqual([]);
  });

  it('names each end that lies before 1970 or after today', () => {
    expect(fields('1969-12-31', '2024-01-01')).toEqual(['start_date']);
    expect(fields('0100-01-01', '0100-01-02')).toEqual(['start_date', 'end_date']);
    expect(fields('2024-01-01', '2024-06-15')).toEqual(['end_date']);
    expect(fields('2024-01-01', '9999-12-31')).toEqual(['end_date']);
    expect(fields('2024-06-15', '2024-06-20')).toEqual(['start_date', 'end_date']);
  });

  it('names start_date when it is after end_date, saying so', () => {
    const [error] = windowDateErrors('2024-02-01', '2024-01-01', today);
    expect(error).toEqual({
      field: 'start_date',
      message: 'start_date 2024-02-01 is after end_date 2024-01-01',
    });
  });
});
