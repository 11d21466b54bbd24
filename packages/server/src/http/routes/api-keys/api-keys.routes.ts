import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES } from '../../../auth/permissions.ts';
import type { listApiKeys as listRows } from '../../../repositories/api-keys.ts';
import { createApiKey } from '../../../use-cases/api-keys/create-api-key.ts';
import { listApiKeys } from '../../../use-cases/api-keys/list-api-keys.ts';
import { revokeApiKey } from '../../../use-cases/api-keys/revoke-api-key.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Scope = z.enum(API_KEY_SCOPES).openapi('ApiKeyScope');

const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(Scope).openapi({ description: 'What the key may do; see docs/roles.md' }),
    prefix: z.string().openapi({ description: 'Shown as hab_<prefix>_… to tell keys apart' }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

type Row = Awaited<ReturnType<typeof listRows>>[number];
const present = (r: Row) => ({
  id: r.id,
  name: r.name,
  prefix: r.key_prefix,
  scopes: API_KEY_SCOPES.filter((s) => r.scopes.includes(s)),
  createdAt: r.created_at.toISOString(),
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/api-keys',
  tags: ['API keys'],
  summary: 'Keys for point-of-sale integrations (owner only)',
  responseSchema: z.object({ items: z.array(ApiKey) }),
  responseDescription: 'Keys, newest first',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/api-keys',
  tags: ['API keys'],
  summary: 'Create a key; the secret is in this response only (owner only)',
  request: jsonBody(
    z.object({
      name: z.string().trim().min(1).max(80),
      scopes: z
        .array(Scope)
        .max(API_KEY_SCOPES.length)
        .optional()
        .openapi({
          description: `Default: ${DEFAULT_API_KEY_SCOPES.join(', ')} (no adjustments, exports or webhooks)`,
        }),
    }),
  ),
  status: 201,
  responseSchema: ApiKey.extend({ key: z.string() }),
  responseDescription: 'Created; store `key` now, it is never shown again',
});

const revoke = jsonRoute({
  method: 'post',
  path: '/api/v1/api-keys/{id}/revoke',
  tags: ['API keys'],
  summary: 'Revoke a key; requests with it fail at once (owner only)',
  request: { params: IdParams },
  responseSchema: ApiKey,
  responseDescription: 'Revoked',
});

export function registerApiKeyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listApiKeys(merchantScope(c));
    return c.json({ items: rows.map(present) }, 200);
  });
  app.openapi(create, async (c) => {
    const created = await createApiKey(merchantScope(c), c.req.valid('json'));
    return c.json({ ...present(created), key: created.key }, 201);
  });
  app.openapi(revoke, async (c) => {
    const revoked = await revokeApiKey(merchantScope(c), c.req.valid('param').id);
    return c.json(present(revoked), 200);
  });
}
