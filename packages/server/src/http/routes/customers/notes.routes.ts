import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { addCustomerNote } from '../../../use-cases/customers/add-customer-note.ts';
import { listCustomerNotes } from '../../../use-cases/customers/list-customer-notes.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Note = z
  .object({
    id: z.string(),
    customerId: z.string(),
    body: z.string(),
    authorType: z.string(),
    authorId: z.string().nullable(),
    authorName: z.string().nullable().openapi({ description: 'Display name or email of a user' }),
    createdAt: z.string(),
  })
  .openapi('CustomerNote');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/notes',
  tags: ['Customers'],
  summary: "Staff's notes about a customer, newest first",
  request: {
    params: IdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      before: Uuid.optional().openapi({ description: 'nextCursor from the previous page' }),
    }),
  },
  responseSchema: z.object({ items: z.array(Note), nextCursor: z.string().nullable() }),
  responseDescription: 'One page of notes',
});

const add = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/notes',
  tags: ['Customers'],
  summary: 'Add a note about a customer (audited; send Idempotency-Key)',
  request: {
    params: IdParams,
    ...jsonBody(
      z
        .object({ body: z.string().trim().min(1, 'write something').max(2000) })
        .openapi('CustomerNoteInput'),
    ),
  },
  status: 201,
  responseSchema: Note,
  responseDescription: 'Added',
});

type NoteRow = {
  id: string;
  customer_id: string;
  body: string;
  author_type: string;
  author_id: string | null;
  created_at: Date;
  author_name?: string | null;
  author_email?: string | null;
};

function presentNote(row: NoteRow) {
  return {
    id: row.id,
    customerId: row.customer_id,
    body: row.body,
    authorType: row.author_type,
    authorId: row.author_id,
    authorName: row.author_name ?? row.author_email ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export function registerNoteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listCustomerNotes(merchantScope(c), c.req.valid('param').id, {
      limit,
      ...(before ? { before } : {}),
    });
    return c.json({ items: page.items.map(presentNote), nextCursor: page.nextCursor }, 200);
  });
  app.openapi(add, async (c) => {
    const customerId = c.req.valid('param').id;
    const { body } = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { customerId, body }, async (tx) => ({
      status: 201,
      body: presentNote(await addCustomerNote(tx, scope, { customerId, body })),
    })) as never;
  });
}
