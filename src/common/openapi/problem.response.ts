import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'stocks[0].quantity' }) field!: string;
  @ApiProperty({ example: 'quantity must be a number greater than 0 with at most 8 decimals' })
  message!: string;
}

/** RFC 9457 problem details. */
export class ProblemResponse {
  @ApiProperty({ example: '/problems/validation-error' }) type!: string;
  @ApiProperty({ example: 'Invalid request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'quantity must be a number greater than 0 with at most 8 decimals' })
  detail!: string;
  @ApiPropertyOptional({ example: '/api/v1/customers' }) instance?: string;
  @ApiPropertyOptional({ example: 'req-1' }) request_id?: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse] }) errors?: FieldErrorResponse[];
}
