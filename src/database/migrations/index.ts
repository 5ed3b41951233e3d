import { CreateCoreTables1795306173832 } from './1795306173832-CreateCoreTables.js';
import { CreatePriceStorageAndJobs1795306548576 } from './1795306548576-CreatePriceStorageAndJobs.js';
import { CreateApiKeys1795306821167 } from './1795306821167-CreateApiKeys.js';
import { AddCacheVersions1795309272554 } from './1795309272554-AddCacheVersions.js';
import { AddJobCoordination1796106193338 } from './1796106193338-AddJobCoordination.js';
import { CreateCorporateActions1796110010819 } from './1796110010819-CreateCorporateActions.js';
import { AddTradeFeesAndHoldingDates1796110020000 } from './1796110020000-AddTradeFeesAndHoldingDates.js';
import { AddCorporateActionCountsToJobTickers1796110031417 } from './1796110031417-AddCorporateActionCountsToJobTickers.js';
import { CreateReports1796120578696 } from './1796120578696-CreateReports.js';
import { CreateStockCloseSeries1796120809446 } from './1796120809446-CreateStockCloseSeries.js';
import { AddListVersions1796129373172 } from './1796129373172-AddListVersions.js';
import { AddStockCloseSeriesCalendar1796130000000 } from './1796130000000-AddStockCloseSeriesCalendar.js';
import { StoreCloseSeriesUncompressed1796140000000 } from './1796140000000-StoreCloseSeriesUncompressed.js';
import { DefaultBarFetchedAt1796150000000 } from './1796150000000-DefaultBarFetchedAt.js';
import { AddStockCoverage1796160000000 } from './1796160000000-AddStockCoverage.js';

/** Every migration in order; a new schema change adds one file and one line here. */
export const MIGRATIONS = [
  CreateCoreTables1795306173832,
  CreatePriceStorageAndJobs1795306548576,
  CreateApiKeys1795306821167,
  AddCacheVersions1795309272554,
  AddJobCoordination1796106193338,
  CreateCorporateActions1796110010819,
  AddTradeFeesAndHoldingDates1796110020000,
  AddCorporateActionCountsToJobTickers1796110031417,
  CreateReports1796120578696,
  CreateStockCloseSeries1796120809446,
  AddListVersions1796129373172,
  AddStockCloseSeriesCalendar1796130000000,
  StoreCloseSeriesUncompressed1796140000000,
  DefaultBarFetchedAt1796150000000,
  AddStockCoverage1796160000000,
];
