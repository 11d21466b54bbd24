import { stampCardPresets } from '@habitue/loyalty';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { archiveProgram } from '../../../use-cases/programs/archive-program.ts';
import { createProgram, type ProgramDraft } from '../../../use-cases/programs/create-program.ts';
import { getProgram, listPrograms } from '../../../use-cases/programs/list-programs.ts';
import { type ProgramChanges, updateProgram } from '../../../use-cases/programs/update-program.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { CreateProgramBody, ProgramSchema, UpdateProgramBody } from './programs.schemas.ts';

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/programs',
  tags: ['Programs'],
  summary: 'Loyalty programs with their rewards and reward economics',
  request: { query: z.object({ includeArchived: z.enum(['true', 'false']).default('false') }) },
  responseSchema: z.object({ items: z.array(ProgramSchema) }),
  responseDescription: 'Programs, oldest first',
});

const presets = jsonRoute({
  method: 'get',
  path: '/api/v1/programs/presets',
  tags: ['Programs'],
  summary: 'Ready-made stamp cards (5 achats = 1 offert, le 10e offert, …)',
  responseSchema: z.object({ items: z.array(z.object({ id: z.string() }).passthrough()) }),
  responseDescription: 'Presets',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/programs/{id}',
  tags: ['Programs'],
  summary: 'One program',
  request: { params: IdParams },
  responseSchema: ProgramSchema,
  responseDescription: 'The program',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/programs',
  tags: ['Programs'],
  summary: 'Create a stamp card (with its reward) or a points program (with its catalog)',
  request: jsonBody(CreateProgramBody),
  status: 201,
  responseSchema: ProgramSchema,
  responseDescription: 'Created, with the reward economics',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/programs/{id}',
  tags: ['Programs'],
  summary: 'Change the rules (a new version; past entries are never rewritten)',
  request: { params: IdParams, ...jsonBody(UpdateProgramBody) },
  responseSchema: ProgramSchema,
  responseDescription: 'Updated',
});

const archive = jsonRoute({
  method: 'post',
  path: '/api/v1/programs/{id}/archive',
  tags: ['Programs'],
  summary: 'Stop earning in a program; balances and vouchers stay redeemable',
  request: { params: IdParams },
  responseSchema: ProgramSchema,
  responseDescription: 'Archived',
});

export function registerProgramRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const scope = merchantScope(c);
    const items = await listPrograms(scope, {
      includeArchived: c.req.valid('query').includeArchived === 'true',
    });
    return c.json({ items: items as z.infer<typeof ProgramSchema>[] }, 200);
  });
  app.openapi(presets, (c) => {
    merchantScope(c);
    return c.json({ items: stampCardPresets.map((p) => ({ ...p })) }, 200);
  });
  app.openapi(get, async (c) => {
    const program = await getProgram(merchantScope(c), c.req.valid('param').id);
    return c.json(program as z.infer<typeof ProgramSchema>, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await createProgram(tx, scope, toCreateInput(body)),
    })) as never;
  });
  app.openapi(update, async (c) => {
    const { spendEstimate, ...changes } = c.req.valid('json');
    const scope = merchantScope(c);
    const id = c.req.valid('param').id;
    return runWrite(c, scope, { id, changes, spendEstimate }, async (tx) => ({
      status: 200,
      body: await updateProgram(tx, scope, id, changes as ProgramChanges, spendEstimate),
    })) as never;
  });
  app.openapi(archive, async (c) => {
    const scope = merchantScope(c);
    const id = c.req.valid('param').id;
    return runWrite(c, scope, { id }, async (tx) => ({
      status: 200,
      body: await archiveProgram(tx, scope, id),
    })) as never;
  });
}

/** Splits the request into the program's rules and what comes with it (reward, catalog, estimate). */
function toCreateInput(
  body: z.infer<typeof CreateProgramBody>,
): Parameters<typeof createProgram>[2] {
  const spendEstimate = body.spendEstimate ?? {};
  if (body.kind === 'stamps') {
    const { reward, spendEstimate: _e, ...program } = body;
    return { program: program as ProgramDraft, reward, spendEstimate };
  }
  const { catalog, spendEstimate: _e, ...program } = body;
  return { program: program as ProgramDraft, catalog: catalog ?? [], spendEstimate };
}
