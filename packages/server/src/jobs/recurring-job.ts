import { z } from 'zod';
import type { JobDefinition } from './define-job.ts';
import type { Schedule } from './schedule.ts';

/**
 * The payload of a job enqueued by a schedule: which occurrence it stands for, as the shop's
 * wall time ('2026-12-06T06:00') and as an instant. A handler that catches up after the server
 * was down uses `occasion`, not its own clock, to know which day it is handling.
 */
export const OccasionPayload = z.object({ occasion: z.string(), scheduledFor: z.iso.datetime() });
export type OccasionPayload = z.infer<typeof OccasionPayload>;

/** A job every shop runs on a schedule in its own time zone (e.g. points expiry at 03:00). */
export type RecurringJob = { job: JobDefinition<OccasionPayload>; schedule: Schedule };

/** Occurrences missed while no server ran that are still enqueued (a month of daily runs). */
export const MAX_CATCH_UP = 31;
