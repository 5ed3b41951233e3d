import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The swagger-ui-dist that @nestjs/swagger depends on (resolved from it, not from hoisting). */
function swaggerUiDistDir(): string {
  const require = createRequire(import.meta.url);
  const fromSwagger = createRequire(require.resolve('@nestjs/swagger/package.json'));
  return dirname(fromSwagger.resolve('swagger-ui-dist/package.json'));
}

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/**
 * Swagger UI at `docsPath`, reading `specUrl`. Served by three plain routes rather than through
 * @fastify/static (SwaggerModule's way), whose current major needs require(esm), which Jest cannot do.
 * Every script is a file of this origin (no inline script), so helmet's default CSP holds.
 */
export function serveSwaggerUi(
  fastify: FastifyInstance,
  docsPath: string,
  specUrl: string,
  title: string,
): void {
  const dir = swaggerUiDistDir();
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <link rel="stylesheet" href="${docsPath}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${docsPath}/favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${docsPath}/swagger-ui-bundle.js"></script>
  <script src="${docsPath}/swagger-ui-init.js"></script>
</body>
</html>
`;
  const init = `window.ui = SwaggerUIBundle(${JSON.stringify({
    url: specUrl,
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayRequestDuration: true,
    persistAuthorization: false,
    validatorUrl: null,
  })});\n`;

  const page = async (_request: unknown, reply: { type(t: string): { send(b: string): unknown } }) =>
    reply.type('text/html; charset=utf-8').send(html);
  fastify.get(docsPath, page);
  fastify.get(`${docsPath}/index.html`, page);
  fastify.get(`${docsPath}/swagger-ui-init.js`, async (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').send(init),
  );
  for (const [file, contentType] of Object.entries(ASSETS)) {
    fastify.get(`${docsPath}/${file}`, async (_request, reply) =>
      reply
        .type(contentType)
        .header('cache-control', 'public, max-age=86400')
        .send(createReadStream(join(dir, file))),
    );
  }
}
