import { Module } from '@nestjs/common';
import { StocksRepository } from './stocks.repository.js';

/** The shared registry of tickers; other features depend on it to create stocks on demand. */
@Module({ providers: [StocksRepository], exports: [StocksRepository] })
export class StocksModule {}
