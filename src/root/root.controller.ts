import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SERVICE_NAME, SERVICE_VERSION } from './service-info.js';

class RootResponse {
  @ApiProperty({ example: SERVICE_NAME }) name!: string;
  @ApiProperty({ example: SERVICE_VERSION }) version!: string;
  @ApiProperty({ example: 'running' }) status!: string;
  @ApiProperty({ example: 'development' }) environment!: string;
}

@ApiTags('service')
@Controller()
export class RootController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOkResponse({ type: RootResponse })
  info(): RootResponse {
    return {
      name: SERVICE_NAME,
      version: SERVICE_VERSION,
      status: 'running',
      environment: this.config.nodeEnv,
    };
  }
}
