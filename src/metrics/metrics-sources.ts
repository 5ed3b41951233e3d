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
 * Seconds between `now` and the start (UTC) of the newest stored bar's date; undefined when the table does
 * not exist yet or no bar is stored. Read from each stock's coverage (one row per ticker), kept with its
 * bars: `max(date)` over stock_prices would scan every bar (no index leads with the date) on every scrape.
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
        "SELECT to_char(max(last_bar_date), 'YYYY-MM-DD') AS newest FROM stocks",
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
