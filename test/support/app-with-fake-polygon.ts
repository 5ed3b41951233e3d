import { PolygonFakeServer, type PolygonFakeServerOptions } from '../fakes/polygon-fake-server.js';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app.js';
import { createTestDatabase } from './test-database.js';

/** The env that points an app at a started fake Polygon, unthrottled unless the test sets a rate. */
export function fakePolygonEnv(fake: PolygonFakeServer): Record<string, string> {
  return {
    POLYGON_API_KEY: fake.apiKey,
    POLYGON_BASE_URL: fake.baseUrl,
    POLYGON_REQUESTS_PER_MINUTE: '0',
  };
}

export interface FakePolygonAppOptions extends Omit<TestAppOptions, 'database'> {
  /** How the fake is built (market, page size, key…). */
  polygon?: PolygonFakeServerOptions;
  /** Instances of the app on one database (default 1), as replicas of one deployment. */
  instances?: number;
}

export interface AppWithFakePolygon {
  /** The first instance. */
  t: TestApp;
  apps: TestApp[];
  fake: PolygonFakeServer;
  /** Closes every instance, drops their database and stops the fake. */
  close(): Promise<void>;
}

/**
 * The whole app on a fresh database, its Polygon client pointed at a started fake server. The test's env
 * is added to (and may override) the fake's.
 */
export async function createAppWithFakePolygon(
  options: FakePolygonAppOptions = {},
): Promise<AppWithFakePolygon> {
  const { polygon, instances = 1, env, ...appOptions } = options;
  const fake = new PolygonFakeServer(polygon);
  await fake.start();
  const database = await createTestDatabase();
  const apps: TestApp[] = [];
  const close = async () => {
    for (const app of apps) await app.close();
    await database.drop();
    await fake.stop();
  };
  try {
    for (let i = 0; i < instances; i++)
      apps.push(await createTestApp({ ...appOptions, database, env: { ...fakePolygonEnv(fake), ...env } }));
  } catch (error) {
    await close();
    throw error;
  }
  return { t: apps[0], apps, fake, close };
}
