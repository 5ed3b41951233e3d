/** Jest runs TypeScript as native ESM through SWC (decorator metadata on, as NestJS needs). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'es6' },
  },
];

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    // @fastify/static (Swagger UI assets) and light-my-request (Fastify's inject, used by the fuzzer)
    // require() these ESM-only packages; Node 20.19+ can, Jest cannot.
    'node_modules/(content-disposition|cookie)/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
    '^.+\\.ts$': swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
};

/** The tiers that need PostgreSQL share one server for the run (started once, whichever tier runs first). */
const withPostgres = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/**
 * Three tiers, one per layer: `unit` (pure code and services with their repositories replaced; no
 * database), `integration` (repositories and jobs against real PostgreSQL), `e2e` (the whole app over
 * HTTP, and the browser). `npm test` runs all three; `npm run test:unit` (etc.) one.
 */
export default {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      globalSetup: '<rootDir>/test/support/skip-report.ts',
      globalTeardown: '<rootDir>/test/support/skip-report-teardown.ts',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      ...withPostgres,
      displayName: 'integration',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.int-spec.ts'],
    },
    {
      ...shared,
      ...withPostgres,
      displayName: 'e2e',
      roots: ['<rootDir>/test/e2e', '<rootDir>/test/browser', '<rootDir>/test/fuzz'],
      testMatch: ['**/*.e2e-spec.ts'],
    },
  ],
};
