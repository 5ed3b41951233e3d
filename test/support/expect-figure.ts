export type Figure = number | string | null;

/**
 * One figure of a contract table: a number to relative 1e-9 (absolute 1e-9 near zero), anything else
 * (a date, null, undefined) exactly. The label names the figure in the failure.
 */
export function expectFigure(actual: unknown, expected: Figure | undefined, label: string): void {
  if (typeof expected !== 'number') {
    expect({ [label]: actual }).toEqual({ [label]: expected });
    return;
  }
  if (typeof actual !== 'number') throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
  const gap = Math.abs(actual - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected)))
    throw new Error(`${label}: expected ${expected}, got ${actual} (gap ${gap})`);
}

/** Each named figure of an answer (a result, a holding, a response body), labelled by its name. */
export function expectFigures(actual: object, expected: Record<string, Figure>, label = ''): void {
  for (const [key, figure] of Object.entries(expected))
    expectFigure((actual as Record<string, unknown>)[key], figure, `${label}${key}`);
}
