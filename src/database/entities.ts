import { ApiKey } from '../auth/entities/api-key.entity.js';
import { ListVersion } from '../common/list-cache/list-version.entity.js';
import { Customer } from '../customers/entities/customer.entity.js';
import { JobClaim } from '../jobs/entities/job-claim.entity.js';
import { PriceJobTicker } from '../population/entities/price-job-ticker.entity.js';
import { PriceJob } from '../population/entities/price-job.entity.js';
import { PriceRefreshPeriod } from '../population/entities/price-refresh-period.entity.js';
import { CashDividend } from '../market-data/corporate-actions/entities/cash-dividend.entity.js';
import { StockSplit } from '../market-data/corporate-actions/entities/stock-split.entity.js';
import { RateLimitSlot } from '../market-data/entities/rate-limit-slot.entity.js';
import { StockCloseSeries } from '../market-data/entities/stock-close-series.entity.js';
import { StockPrice } from '../market-data/entities/stock-price.entity.js';
import { Stock } from '../market-data/entities/stock.entity.js';
import { Holding } from '../portfolios/entities/holding.entity.js';
import { Portfolio } from '../portfolios/entities/portfolio.entity.js';
import { Transaction } from '../portfolios/entities/transaction.entity.js';
import { ReportLine } from '../reports/entities/report-line.entity.js';
import { ReportPart } from '../reports/entities/report-part.entity.js';
import { Report } from '../reports/entities/report.entity.js';

/** Every entity, listed explicitly (globs do not load under native ESM in tests). */
export const ENTITIES = [
  Customer,
  Portfolio,
  Holding,
  Transaction,
  Stock,
  StockPrice,
  StockCloseSeries,
  StockSplit,
  CashDividend,
  RateLimitSlot,
  PriceJob,
  PriceJobTicker,
  PriceRefreshPeriod,
  JobClaim,
  ApiKey,
  Report,
  ReportPart,
  ReportLine,
  ListVersion,
];
