import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { archiveGoal } from '../../../use-cases/goals/archive-goal.ts';
import { createGoal } from '../../../use-cases/goals/create-goal.ts';
import { listGoals } from '../../../use-cases/goals/list-goals.ts';
import { updateGoal } from '../../../use-cases/goals/update-goal.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { Goal, GoalBody, GoalPatch, GoalsQuery, GoalsResult } from './goals.schemas.ts';

const tags = ['Goals'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/goals',
  tags,
  summary: 'The shop’s goals with their progress, the metrics and their value today, the templates',
  request: { query: GoalsQuery },
  responseSchema: GoalsResult,
  responseDescription: 'The goals',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/goals',
  tags,
  status: 201,
  summary: 'Set a goal: its baseline is measured now, the target is resolved against it',
  description:
    'Refused with 422 `goal_not_measurable` when the metric has nothing to measure yet. Send an `Idempotency-Key`.',
  request: jsonBody(GoalBody),
  responseSchema: Goal,
  responseDescription: 'Set',
});

const patch = jsonRoute({
  method: 'patch',
  path: '/api/v1/goals/{id}',
  tags,
  summary: 'Rename a goal, or move its target or deadline (the baseline stays)',
  description: 'Refused with 409 `goal_archived` for an archived goal.',
  request: { params: IdParams, ...jsonBody(GoalPatch) },
  responseSchema: Goal,
  responseDescription: 'Changed',
});

const archive = jsonRoute({
  method: 'post',
  path: '/api/v1/goals/{id}/archive',
  tags,
  summary: 'Archive a goal (kept for the record, off the list)',
  request: { params: IdParams },
  responseSchema: Goal,
  responseDescription: 'Archived',
});

export function registerGoalRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { archived } = c.req.valid('query');
    const result = await listGoals(merchantScope(c), { archived });
    return c.json(result as z.infer<typeof GoalsResult>, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await createGoal(tx, scope, body),
    })) as never;
  });
  app.openapi(patch, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await updateGoal(tx, scope, id, body),
    })) as never;
  });
  app.openapi(archive, async (c) => {
    const { id } = c.req.valid('param');
    const scope = merchantScope(c);
    return runWrite(c, scope, { id }, async (tx) => ({
      status: 200,
      body: await archiveGoal(tx, scope, id),
    })) as never;
  });
}
