import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../../types.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.string().optional() });

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'The process is up',
  responses: { 200: { description: 'Up', content: { 'application/json': { schema: Health } } } },
});

const ready = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['Operations'],
  summary: 'The database answers',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: Health } } },
    503: {
      description: 'Database unreachable',
      content: { 'application/json': { schema: Health } },
    },
  },
});

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(ready, async (c) => {
    const { db, databaseKind } = c.get('services');
    try {
      await sql`select 1`.execute(db);
      return c.json({ status: 'ok' as const, database: databaseKind }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: databaseKind }, 503);
    }
  });
}
