import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ReportDownloadQuery {
  @ApiPropertyOptional({
    type: 'string',
    enum: ['true', 'false'],
    default: 'false',
    description: 'true adds a line per holding after each customer line',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'holdings must be true or false' })
  holdings?: 'true' | 'false';
}
