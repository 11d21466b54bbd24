import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { permissionMatrix } from '../../../auth/permission-matrix.ts';
import { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES, PERMISSIONS } from '../../../auth/permissions.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';

const Cell = z
  .enum(['yes', 'no', 'adjustment_policy', 'recent_purchases', 'scope'])
  .openapi({ description: 'yes; no; yes within a limit; `scope`: when the key has the scope' });

const Matrix = z
  .object({
    rows: z.array(
      z.object({
        permission: z.enum(PERMISSIONS),
        owner: Cell,
        manager: Cell,
        staff: Cell,
        apiKey: Cell,
      }),
    ),
    apiKeyScopes: z.array(z.enum(API_KEY_SCOPES)),
    defaultApiKeyScopes: z
      .array(z.enum(API_KEY_SCOPES))
      .openapi({ description: 'What a new key gets when created without `scopes`' }),
  })
  .openapi('PermissionMatrix');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/permissions',
  tags: ['Staff'],
  summary: 'What each role may do: the permission table every request is checked against',
  responseSchema: Matrix,
  responseDescription: 'One row per permission; docs/roles.md lists the operations of each',
});

export function registerPermissionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, (c) =>
    c.json(
      {
        rows: permissionMatrix(),
        apiKeyScopes: [...API_KEY_SCOPES],
        defaultApiKeyScopes: [...DEFAULT_API_KEY_SCOPES],
      },
      200,
    ),
  );
}
