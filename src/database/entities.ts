import { Customer } from '../customers/entities/customer.entity.js';
import { Stock } from '../market-data/entities/stock.entity.js';
import { Holding } from '../portfolios/entities/holding.entity.js';
import { Portfolio } from '../portfolios/entities/portfolio.entity.js';
import { Transaction } from '../portfolios/entities/transaction.entity.js';

/** Every entity, listed explicitly (globs do not load under native ESM in tests). */
export const ENTITIES = [Customer, Portfolio, Holding, Transaction, Stock];
