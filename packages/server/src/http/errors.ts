import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { core, ZodError } from 'zod';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { isDatabaseUnavailable, outageOf, RETRY_AFTER_SECONDS } from './database-outage.ts';
import { respondWithError } from './problem.ts';
import type { AppEnv } from './types.ts';

/** PostgreSQL error codes that mean "the input was wrong", not "the server broke". */
const DATABASE_ERRORS: Record<string, () => AppError> = {
  '23505': () => new AppError('conflict', 'This conflicts with an existing record'),
  '23503': () =>
    new AppError('validation_failed', 'The request refers to something that does not exist'),
  '23514': () => new AppError('validation_failed', 'A value is out of the allowed range'),
  '22003': () => new AppError('validation_failed', 'A number is too large'),
  '22P02': () => new AppError('validation_failed', 'A value has the wrong format'),
  // A NUL byte or a character the database encoding cannot store.
  '22021': () =>
    new AppError('validation_failed', 'A value contains a character that cannot be stored'),
  '22P05': () =>
    new AppError('validation_failed', 'A value contains a character that cannot be stored'),
  '55P03': () =>
    new AppError('database_busy', 'The database is busy; retry the request', {
      retryAfterSeconds: 1,
    }),
  '40001': () =>
    new AppError('database_busy', 'The database is busy; retry the request', {
      retryAfterSeconds: 1,
    }),
  '40P01': () =>
    new AppError('database_busy', 'The database is busy; retry the request', {
      retryAfterSeconds: 1,
    }),
};

/**
 * The one place where failures become HTTP responses. Known failures keep their code; an
 * unknown one is logged with a correlation id and answered with a bare 500 that reveals no
 * internals.
 */
export function handleError(error: unknown, c: Context<AppEnv>) {
  if (error instanceof AppError) return respondWithError(c, error);
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'payload_too_large' : 'malformed_request';
    return respondWithError(
      c,
      new AppError(code, error.message || 'The request could not be read'),
    );
  }
  const services = c.get('services');
  if (services && isDatabaseUnavailable(error)) {
    outageOf(services.db, services.logger).report(error);
    return respondWithError(
      c,
      new AppError('database_unavailable', 'The database is unavailable; retry in a moment', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      }),
    );
  }
  const pgCode = (error as { code?: unknown } | null)?.code;
  if (typeof pgCode === 'string' && DATABASE_ERRORS[pgCode]) {
    return respondWithError(c, DATABASE_ERRORS[pgCode]());
  }
  c.get('services')?.logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
  return respondWithError(c, new AppError('internal_error', 'Something went wrong on our side'));
}

/** zod's issues as form-ready field errors ("birthday.day": "Too small…"). */
export function validationError(error: ZodError, target: string): AppError {
  const fields: FieldError[] = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : target,
    message: issue.message,
    code: issue.code,
    ...limitsOf(issue),
  }));
  const where = {
    json: 'body',
    query: 'query string',
    param: 'path',
    header: 'headers',
    cookie: 'cookies',
  };
  return new AppError(
    'validation_failed',
    `The ${where[target as keyof typeof where] ?? target} is not valid`,
    { fields },
  );
}

/** The machine-readable part of a zod issue, so that clients can word it in their language. */
function limitsOf(issue: core.$ZodIssue): Partial<FieldError> {
  switch (issue.code) {
    case 'too_big':
      return {
        origin: issue.origin,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive ?? true,
      };
    case 'too_small':
      return {
        origin: issue.origin,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive ?? true,
      };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_value':
      return {
        values: issue.values.map((v) =>
          typeof v === 'bigint' ? Number(v) : v,
        ) as FieldError['values'],
      };
    case 'invalid_type':
      return { origin: issue.expected };
    default:
      return {};
  }
}
