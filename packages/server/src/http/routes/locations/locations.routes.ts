import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { addLocation } from '../../../use-cases/locations/add-location.ts';
import { listLocations } from '../../../use-cases/locations/list-locations.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Location = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Location');

const present = (r: Awaited<ReturnType<typeof listLocations>>[number]) => ({
  id: r.id,
  name: r.name,
  address: r.address,
  createdAt: r.created_at.toISOString(),
});

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/locations',
  tags: ['Business'],
  summary: "This business's shops and points of sale",
  responseSchema: z.object({ items: z.array(Location) }),
  responseDescription: 'Locations',
});

const add = jsonRoute({
  method: 'post',
  path: '/api/v1/locations',
  tags: ['Business'],
  summary: 'Add a shop or point of sale (owner only)',
  request: jsonBody(
    z.object({
      name: z.string().trim().min(1).max(120),
      address: z.string().trim().max(300).nullish(),
    }),
  ),
  status: 201,
  responseSchema: Location,
  responseDescription: 'Added',
});

export function registerLocationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listLocations(merchantScope(c));
    return c.json({ items: rows.map(present) }, 200);
  });
  app.openapi(add, async (c) => {
    return c.json(present(await addLocation(merchantScope(c), c.req.valid('json'))), 201);
  });
}
