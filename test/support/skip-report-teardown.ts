import type * as SkipReportModule from './skip-report.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { endSkipReport } = require('./skip-report') as typeof SkipReportModule;

/** The unit tier's global teardown: the skip report only. */
export default async function skipReportTeardown(): Promise<void> {
  endSkipReport();
}
