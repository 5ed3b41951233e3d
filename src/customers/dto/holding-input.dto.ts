import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsQuantity, IsTicker } from '../../common/validation/decorators.js';

export class HoldingInputDto {
  @ApiProperty({ example: 'AAPL', pattern: '^[A-Z][A-Z0-9.-]{0,9}$', description: 'Upper-cased on input' })
  @IsTicker()
  ticker!: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 10,
    description: 'Greater than 0, at most 8 decimals; a number or a decimal string',
  })
  @IsQuantity()
  quantity!: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-01-02',
    description:
      'The date on which `quantity` real shares were held (split basis and cost date); default: the New York date of the request',
  })
  @IsOptional()
  @IsCalendarDate({ min: '1970-01-01' })
  as_of?: string;
}
