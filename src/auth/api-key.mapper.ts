import type { ApiKeyRecord } from './api-key.record.js';
import type { ApiKeyResponse } from './dto/api-key.response.js';

export const CUSTOMER_KEY_SCOPE = 'read:own-customer';

export function toApiKeyResponse(key: ApiKeyRecord): ApiKeyResponse {
  return {
    id: key.id,
    customer_id: key.customerId,
    name: key.name,
    prefix: key.prefix,
    scope: CUSTOMER_KEY_SCOPE,
    created_at: key.createdAt.toISOString(),
    revoked_at: key.revokedAt ? key.revokedAt.toISOString() : null,
  };
}
