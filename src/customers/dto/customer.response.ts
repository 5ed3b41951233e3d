import { ApiProperty } from '@nestjs/swagger';

export class PortfolioStockResponse {
  @ApiProperty({ example: 'AAPL' }) stock_ticker!: string;
  @ApiProperty({ example: 10 }) quantity!: number;
  @ApiProperty({
    format: 'date',
    example: '2024-01-02',
    description: 'The date on which quantity real shares were held',
  })
  as_of!: string;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) name!: string;
  @ApiProperty({ example: '12 St James Square, London' }) address!: string;
  @ApiProperty({ nullable: true, type: String, example: 'ada@example.com' }) email!: string | null;
  @ApiProperty({ format: 'uuid' }) portfolio_id!: string;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
  @ApiProperty({ type: [PortfolioStockResponse] }) portfolio_stocks!: PortfolioStockResponse[];
}
