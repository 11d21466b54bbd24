import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors/app-error.ts';
import type { AppEnv } from '../types.ts';

/** What a refused client is told: a slot usually frees within a second. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Admits API requests through the server's `Admission` (see `admission.ts`): a request that
 * cannot start in time gets 503 `overloaded` with Retry-After instead of waiting behind all the
 * others. Servers wired without one (in-process tests) admit everything.
 */
export const shedLoad: MiddlewareHandler<AppEnv> = async (c, next) => {
  const admission = c.get('services').admission;
  if (!admission) return next();
  const release = await admission.enter();
  if (!release) {
    throw new AppError('overloaded', 'The server is busy; retry in a moment', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  }
  try {
    await next();
  } finally {
    release();
  }
};
