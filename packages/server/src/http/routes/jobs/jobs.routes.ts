import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { Schedule } from '../../../jobs/schedule.ts';
import { listJobs } from '../../../use-cases/jobs/list-jobs.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);

const Job = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ example: 'points.expire' }),
    status: JobStatus,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    createdAt: z.string(),
    lastRunAt: z.string().nullable().openapi({ description: 'When the last try started' }),
    nextRunAt: z
      .string()
      .nullable()
      .openapi({ description: 'When it will be tried next (queued jobs only)' }),
    finishedAt: z.string().nullable(),
    lastError: z.string().nullable().openapi({ description: 'Why the last try failed' }),
  })
  .openapi('Job');

const JobSchedule = z
  .object({
    kind: z.string().openapi({ example: 'points.expire' }),
    schedule: Schedule, // in the shop's time zone
    nextRunAt: z.string().nullable(),
    lastRunAt: z.string().nullable(),
  })
  .openapi('JobSchedule');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/jobs',
  tags: ['Business'],
  summary: "The shop's background jobs: recurring ones and the latest runs (owners and managers)",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      status: JobStatus.optional(),
    }),
  },
  responseSchema: z.object({ schedules: z.array(JobSchedule), items: z.array(Job) }),
  responseDescription: 'Recurring jobs and the latest jobs, newest first',
});

export function registerJobRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { limit, status } = c.req.valid('query');
    const jobs = await listJobs(merchantScope(c), {
      limit,
      ...(status ? { status } : {}),
    });
    return c.json(jobs, 200);
  });
}
