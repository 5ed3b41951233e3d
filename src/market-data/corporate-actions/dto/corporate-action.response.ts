import { ApiProperty } from '@nestjs/swagger';

export class SplitResponse {
  @ApiProperty({
    type: String,
    format: 'date',
    example: '2020-08-31',
    description: 'First day on the new basis',
  })
  execution_date!: string;
  @ApiProperty({ type: String, example: '1', description: 'Shares before (exact decimal string)' })
  split_from!: string;
  @ApiProperty({ type: String, example: '4', description: 'Shares after (exact decimal string)' })
  split_to!: string;
}

export class DividendResponse {
  @ApiProperty({ type: String, format: 'date', example: '2024-08-12', description: 'Ex-dividend date' })
  ex_dividend_date!: string;
  @ApiProperty({
    type: String,
    example: '0.25',
    description: 'Cash per share held before the ex-date (exact)',
  })
  cash_amount!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'USD',
    description: 'ISO 4217; null only on Polygon items that carry none (they are USD)',
  })
  currency!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2024-08-15',
    description: 'Pay date',
  })
  pay_date!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'Record date' })
  record_date!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['CD', 'SC', 'LC', 'LT', 'ST'],
    example: 'CD',
    description: 'CD regular, SC special, LC/LT/ST capital gains; null when not given',
  })
  dividend_type!: string | null;
}

export class SplitsResponse {
  @ApiProperty({ type: String, example: 'AAPL', description: 'The upper-cased ticker' }) ticker!: string;
  @ApiProperty({ type: [SplitResponse], description: 'Ascending by execution date' })
  splits!: SplitResponse[];
}

export class DividendsResponse {
  @ApiProperty({ type: String, example: 'AAPL', description: 'The upper-cased ticker' }) ticker!: string;
  @ApiProperty({ type: [DividendResponse], description: 'Ascending by ex-dividend date' })
  dividends!: DividendResponse[];
}

export class SplitsImportResponse extends SplitsResponse {
  @ApiProperty({ type: Number, example: 1, description: 'Rows inserted or changed (0: all already stored)' })
  stored!: number;
}

export class DividendsImportResponse extends DividendsResponse {
  @ApiProperty({ type: Number, example: 4, description: 'Rows inserted or changed (0: all already stored)' })
  stored!: number;
}
