import { ApiProperty } from '@nestjs/swagger';

export class StockResponse {
  @ApiProperty({ example: 'AAPL' }) ticker!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Apple Inc.' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'XNAS' }) exchange!: string | null;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2022-06-01' }) first_date!:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2024-06-28' }) last_date!:
    string | null;
  @ApiProperty({ example: 523 }) bar_count!: number;
}

export class PriceBarResponse {
  @ApiProperty({ format: 'date', example: '2024-01-02' }) date!: string;
  @ApiProperty({ example: 187.15 }) open!: number;
  @ApiProperty({ example: 188.44 }) high!: number;
  @ApiProperty({ example: 183.885 }) low!: number;
  @ApiProperty({ example: 185.64 }) close!: number;
  @ApiProperty({ example: 82488674 }) volume!: number;
  @ApiProperty({ nullable: true, type: Number, example: 185.9465 }) vwap!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1008832 }) trades!: number | null;
  @ApiProperty({ example: true }) adjusted!: boolean;
  @ApiProperty({ enum: ['polygon', 'import'] }) source!: string;
  @ApiProperty() fetched_at!: string;
}

export class ImportResultResponse {
  @ApiProperty({ example: 21, description: 'Rows inserted or changed' }) bars_upserted!: number;
}
