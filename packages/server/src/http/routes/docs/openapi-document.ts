import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../types.ts';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Habitué API',
    version: '1.0.0',
    description:
      'Loyalty and customer value for small businesses. Authenticate with a session cookie (web app) ' +
      'or `Authorization: Bearer <API key>` (point-of-sale integrations). Errors are RFC 9457 ' +
      '`application/problem+json` documents with a stable `code`. Amounts are integer cents.',
  },
} as const;

/** Registers the security schemes and returns the OpenAPI 3.1 document of every route. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key created by the owner: `hab_<prefix>_<secret>`',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'habitue_session',
  });
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
