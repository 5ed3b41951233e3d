import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'stocks[0].quantity' }) field!: string;
  @ApiProperty({ example: 'quantity must be a number greater than 0 with at most 8 decimals' })
  message!: string;
}

export class MissingPriceResponse {
  @ApiProperty({ example: 'MSFT' }) ticker!: string;
  @ApiProperty({ format: 'date', example: '2024-01-01', description: 'The first day a price is needed for' })
  needed_from!: string;
}

/** RFC 9457 problem details, with the extension members some problems carry. */
export class ProblemResponse {
  @ApiProperty({ example: '/problems/validation-error' }) type!: string;
  @ApiProperty({ example: 'Invalid request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'quantity must be a number greater than 0 with at most 8 decimals' })
  detail!: string;
  @ApiPropertyOptional({ example: '/api/v1/customers' }) instance?: string;
  @ApiPropertyOptional({ example: 'req-1' }) request_id?: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: '400: each invalid field' })
  errors?: FieldErrorResponse[];
  @ApiPropertyOptional({ type: [MissingPriceResponse], description: '422 missing-prices: what to load' })
  missing_prices?: MissingPriceResponse[];
  @ApiPropertyOptional({
    type: [String],
    example: ['database'],
    description: '503 from /health: failing checks',
  })
  failed_checks?: string[];
}
