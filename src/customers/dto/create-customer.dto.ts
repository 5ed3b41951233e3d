import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsText, UniqueBy } from '../../common/validation/decorators.js';
import { HoldingInputDto } from './holding-input.dto.js';

export class CreateCustomerDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 255,
    example: 'Ada Lovelace',
    description: 'One line, not only whitespace, no control characters',
  })
  @IsText({ max: 255 })
  name!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: '12 St James Square, London',
    description: 'Not only whitespace; may span lines (tab, line feed, carriage return)',
  })
  @IsText({ max: 500, multiline: true })
  address!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'ada@example.com',
    description: 'Unique when present',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @Length(3, 320)
  email?: string | null;

  @ApiPropertyOptional({ type: [HoldingInputDto], description: 'Opening holdings; each ticker at most once' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => HoldingInputDto)
  @UniqueBy((holding: HoldingInputDto) => holding?.ticker, 'ticker')
  stocks?: HoldingInputDto[];
}
