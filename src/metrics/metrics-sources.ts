import type { DataSource } from 'typeorm';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The pg pool behind the TypeORM DataSource (undefined before it connects or after it is destroyed). */
export function poolStats(dataSource: DataSource): PoolStats | undefined {
  if (!dataSource.isInitialized) return undefined;
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

const UNDEFINED_TABLE = '42P01';

/**
 * Seconds between `now` and the start (UTC) of the newest bar's date in stock_prices; undefined when the
 * table does not exist yet or holds no rows.
 */
export async function newestBarAgeSeconds(
  dataSource: DataSource,
  now: Date,
  timeoutMs: number,
): Promise<number | undefined> {
  if (!dataSource.isInitialized) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const rows = await Promise.race([
      dataSource.query<{ newest: string | null }[]>(
        "SELECT to_char(max(date), 'YYYY-MM-DD') AS newest FROM stock_prices",
      ),
      timeout,
    ]);
    const newest = rows[0]?.newest;
    if (!newest) return undefined;
    return Math.max(0, (now.getTime() - Date.parse(`${newest}T00:00:00Z`)) / 1000);
  } catch (error) {
    const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
    if (code === UNDEFINED_TABLE || (error as { code?: string }).code === UNDEFINED_TABLE) return undefined;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
