import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { readProgram } from '../../../use-cases/programs/list-programs.ts';
import { addReward, changeReward } from '../../../use-cases/rewards/save-reward.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { LocalizedInput, ProgramSchema, RewardInput } from '../programs/programs.schemas.ts';
import { merchantScope } from '../scope.ts';

const cost = z.number().int().min(1).max(10_000_000);

const add = jsonRoute({
  method: 'post',
  path: '/api/v1/rewards',
  tags: ['Programs'],
  summary: "Add a reward to a points program's catalog",
  request: jsonBody(RewardInput.extend({ programId: Uuid, cost })),
  status: 201,
  responseSchema: ProgramSchema,
  responseDescription: 'The program with its new reward and the economics',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/rewards/{id}',
  tags: ['Programs'],
  summary: "Change a reward's name, cost or economics (issued vouchers keep theirs)",
  request: {
    params: IdParams,
    ...jsonBody(
      z.object({
        name: LocalizedInput.optional(),
        cost: cost.optional(),
        costPriceCents: z.number().int().min(0).max(100_000_000).optional(),
        retailValueCents: z.number().int().min(0).max(100_000_000).optional(),
      }),
    ),
  },
  responseSchema: ProgramSchema,
  responseDescription: 'The program with the updated reward',
});

const archive = jsonRoute({
  method: 'post',
  path: '/api/v1/rewards/{id}/archive',
  tags: ['Programs'],
  summary: 'Stop offering a reward; vouchers already issued stay valid',
  request: { params: IdParams },
  responseSchema: ProgramSchema,
  responseDescription: 'The program with the archived reward',
});

export function registerRewardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(add, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => {
      await addReward(tx, scope, body);
      return { status: 201, body: await readProgram(tx, scope.merchantId, body.programId) };
    }) as never;
  });
  app.openapi(update, async (c) => {
    const id = c.req.valid('param').id;
    const changes = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { id, changes }, async (tx) => {
      const reward = await changeReward(tx, scope, id, changes);
      return { status: 200, body: await readProgram(tx, scope.merchantId, reward.programId) };
    }) as never;
  });
  app.openapi(archive, async (c) => {
    const id = c.req.valid('param').id;
    const scope = merchantScope(c);
    return runWrite(c, scope, { id }, async (tx) => {
      const reward = await changeReward(tx, scope, id, { archived: true });
      return { status: 200, body: await readProgram(tx, scope.merchantId, reward.programId) };
    }) as never;
  });
}
