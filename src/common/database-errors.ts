/** True for a Postgres unique violation, optionally on a given constraint column. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const driver = (error as { driverError?: { code?: string; detail?: string } }).driverError ?? error;
  const { code, detail } = driver as { code?: string; detail?: string };
  return code === '23505' && (column === undefined || (detail ?? '').includes(`(${column})`));
}
