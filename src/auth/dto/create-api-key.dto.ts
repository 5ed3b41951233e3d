import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: 'reporting dashboard' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;
}
