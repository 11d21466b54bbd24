import type { Context } from 'hono';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../errors/app-error.ts';

/** An RFC 9457 problem document, with our stable `code` and optional field-level errors. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  correlationId?: string;
  [extension: string]: unknown;
};

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  malformed_request: 'The request could not be read',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  rate_limited: 'Too many requests',
  internal_error: 'Internal error',
};

export function problemOf(error: AppError, correlationId?: string): Problem {
  const status = ERROR_CODES[error.code];
  const { fields, ...extensions } = error.details;
  return {
    type: `https://habitue.app/problems/${error.code.replaceAll('_', '-')}`,
    title: TITLES[error.code] ?? error.code.replaceAll('_', ' '),
    status,
    detail: error.message,
    code: error.code,
    ...(fields ? { errors: fields } : {}),
    ...extensions,
    ...(correlationId ? { correlationId } : {}),
  };
}

export function problemResponse(
  c: Context,
  problem: Problem,
  headers: Record<string, string> = {},
) {
  return c.body(JSON.stringify(problem), problem.status as 400, {
    'content-type': 'application/problem+json',
    ...headers,
  });
}

/** Turns a thrown AppError into its problem response; anything else is the caller's to log. */
export function respondWithError(c: Context, error: AppError) {
  const headers: Record<string, string> = {};
  // rate_limited, database_busy, database_unavailable, overloaded: say when to come back.
  if (typeof error.details.retryAfterSeconds === 'number') {
    headers['retry-after'] = String(error.details.retryAfterSeconds);
  }
  return problemResponse(c, problemOf(error, c.get('requestId')), headers);
}

export { AppError };
