import { ApiProperty } from '@nestjs/swagger';
import { IsQuantity, IsTicker } from '../../common/validation/decorators.js';

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
}
