import { ApiProperty } from '@nestjs/swagger';

export class TransactionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customer_id!: string;
  @ApiProperty({ example: 'AAPL' }) ticker!: string;
  @ApiProperty({ enum: ['BUY', 'SELL'] }) type!: 'BUY' | 'SELL';
  @ApiProperty({ example: 5 }) quantity!: number;
  @ApiProperty({ format: 'date', example: '2024-03-05' }) trade_date!: string;
  @ApiProperty({ nullable: true, type: Number, example: 187.12 }) price!: number | null;
  @ApiProperty({ example: 1.5, description: 'Money paid for the trade (0 when none)' }) fee!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
