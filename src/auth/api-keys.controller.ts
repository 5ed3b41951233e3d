import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { AdminOnly } from './admin-only.decorator.js';
import { toApiKeyResponse } from './api-key.mapper.js';
import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyDto } from './dto/create-api-key.dto.js';
import { ApiKeyResponse, CreatedApiKeyResponse } from './dto/api-key.response.js';

@ApiTags('api-keys')
@AdminOnly()
@Controller('api/v1/customers/:id/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a customer API key (admin)',
    description: 'The secret is in the response, once.',
  })
  @ApiCreatedResponse({
    type: CreatedApiKeyResponse,
    description: 'The key, with its secret shown this once: only its SHA-256 hash is stored',
  })
  @ApiProblems(400, 404)
  async create(
    @UuidParam('id') customerId: string,
    @Body() body: CreateApiKeyDto,
  ): Promise<CreatedApiKeyResponse> {
    const { key, secret } = await this.apiKeys.create(customerId, body.name ?? null);
    return { ...toApiKeyResponse(key), key: secret };
  }

  @Get()
  @ApiOperation({ summary: "List a customer's API keys (admin)" })
  @ApiOkResponse({ type: [ApiKeyResponse], description: 'Metadata of every key, revoked ones included' })
  @ApiProblems(400, 404)
  async list(@UuidParam('id') customerId: string): Promise<ApiKeyResponse[]> {
    return (await this.apiKeys.list(customerId)).map(toApiKeyResponse);
  }

  @Delete(':key_id')
  @ApiOperation({ summary: 'Revoke a customer API key (admin)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked (idempotent): the key stops working at once' })
  @ApiProblems(400, 404)
  async revoke(@UuidParam('id') customerId: string, @UuidParam('key_id') keyId: string): Promise<void> {
    await this.apiKeys.revoke(customerId, keyId);
  }
}
