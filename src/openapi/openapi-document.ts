import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { problemResponseObject } from '../common/openapi/problem-examples.js';
import { ProblemResponse } from '../common/openapi/problem.response.js';
import { SERVICE_NAME, SERVICE_VERSION } from '../root/service-info.js';
import { serveSwaggerUi } from './swagger-ui.js';

export const DOCS_PATH = 'docs';
export const OPENAPI_JSON_PATH = '/openapi.json';
export const BEARER_SCHEME = 'bearer';

const PROTECTED_PATH = /^\/api\/v1(\/|$)/;
const HEALTH_PATH = /^\/health(\/|$)/;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const DESCRIPTION = `Customer stock portfolios, Polygon daily prices and exact date-range returns.

Errors are \`application/problem+json\` (RFC 9457) documents with a \`request_id\`.

**Authentication.** When the service runs with \`API_KEYS\`, every \`/api/v1\` route needs
\`Authorization: Bearer <key>\`: an \`admin\` key may do everything, a \`read\` key may only GET, and a
customer key (created with \`POST /api/v1/customers/{id}/api-keys\`) may only read that customer's own data.
\`/\`, \`/health\` and this documentation are public.

**Rate limits.** Each key (or client IP when anonymous) has a per-minute budget; over it, the answer is
429 with \`Retry-After\`.`;

/** The statuses every protected operation may answer, whatever its own errors. */
const AUTH_STATUSES = [401, 403, 429];
/** Answered before routing: a body over the limit or of another type (any method may send one). */
const BODY_STATUSES = [413, 415];
/** Answered before routing: a path parameter over the router's length limit. */
const PATH_PARAMETER_STATUS = 414;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The OpenAPI document of every route of the application (no server or database needed). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(SERVICE_NAME)
    .setVersion(SERVICE_VERSION)
    .setDescription(DESCRIPTION)
    .setLicense('UNLICENSED', 'https://spdx.org/licenses/')
    .addServer('/', 'This server')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'A key from API_KEYS, or a customer key (pr_…)' },
      BEARER_SCHEME,
    )
    .build();
  const methodKeys = new Map<string, string>();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemResponse],
    operationIdFactory: (controllerKey, methodKey) => {
      const operationId = lowerFirst(controllerKey.replace(/Controller$/, '')) + upperFirst(methodKey);
      methodKeys.set(operationId, methodKey);
      return operationId;
    },
  });
  return completeOperations(document, methodKeys);
}

/**
 * Every /api/v1 operation needs the bearer scheme and may answer 401, 403 and 429 problems (and
 * 413/415 with a body, 414 with a path parameter: all answered before routing); every other
 * operation is public (`security: []`). An operation without @ApiOperation({ summary }) gets one derived
 * from its operation id (e.g. "Customers: list").
 */
function completeOperations(document: OpenAPIObject, methodKeys: Map<string, string>): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const methodKey = methodKeys.get(operation.operationId ?? '') ?? method;
      operation.summary ??= `${upperFirst(operation.tags?.[0] ?? 'service')}: ${words(methodKey)}`;
      if (!PROTECTED_PATH.test(path)) {
        operation.security = [];
        // Public routes are rate limited per client IP, except the health probes.
        if (!HEALTH_PATH.test(path)) operation.responses['429'] ??= problemResponseObject(429);
        continue;
      }
      operation.security = [{ [BEARER_SCHEME]: [] }];
      for (const status of AUTH_STATUSES) operation.responses[status] ??= problemResponseObject(status);
      if (method !== 'get') {
        for (const status of BODY_STATUSES) operation.responses[status] ??= problemResponseObject(status);
      }
      if (path.includes('{')) {
        operation.responses[PATH_PARAMETER_STATUS] ??= problemResponseObject(PATH_PARAMETER_STATUS);
      }
    }
  }
  return document;
}

/** populateFortune500 → "populate fortune500". */
const words = (identifier: string) => identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** Recursively sorts object keys (arrays keep their order): a byte-stable serialisation. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

/** Swagger UI at /docs and the JSON document at /openapi.json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: OPENAPI_JSON_PATH,
  });
  serveSwaggerUi(
    app.getHttpAdapter().getInstance(),
    `/${DOCS_PATH}`,
    OPENAPI_JSON_PATH,
    `${SERVICE_NAME} API`,
  );
}
