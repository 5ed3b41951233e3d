import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  IsCalendarDate,
  IsFee,
  IsPrice,
  IsQuantity,
  IsTicker,
  UpperCase,
} from '../../common/validation/decorators.js';

export class CreateTransactionDto {
  @ApiProperty({ example: 'AAPL' })
  @IsTicker()
  ticker!: string;

  @ApiProperty({ enum: ['BUY', 'SELL'], example: 'BUY' })
  @UpperCase()
  @IsIn(['BUY', 'SELL'], { message: 'type must be BUY or SELL' })
  type!: 'BUY' | 'SELL';

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }], example: 5 })
  @IsQuantity()
  quantity!: string;

  @ApiProperty({ format: 'date', example: '2024-03-05', description: 'Not in the future (New York date)' })
  @IsCalendarDate()
  trade_date!: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 187.12,
    description: 'Price per share; omitted means the close of trade_date',
  })
  @IsOptional()
  @IsPrice()
  price?: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 1.5,
    description:
      'Money paid for the trade (>= 0, at most 8 decimals; default 0): a BUY costs q·p + fee, a SELL yields q·p − fee',
  })
  @IsOptional()
  @IsFee()
  fee?: string;
}
