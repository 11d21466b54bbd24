import { AppError, type ErrorCode } from '../errors/app-error.ts';

/**
 * An error as it crosses from a worker thread: structured cloning keeps an Error's message but
 * not its class or its own fields, so an `AppError` travels as its code and details.
 */
export type FailureMessage = {
  name: string;
  message: string;
  stack?: string;
  app?: { code: ErrorCode; details: AppError['details'] };
};

export function failureOf(error: unknown): FailureMessage {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const app = error instanceof AppError ? { code: error.code, details: error.details } : undefined;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(app ? { app } : {}),
  };
}

/** The error the caller would have seen had the computation run in its own thread. */
export function errorOf(failure: FailureMessage): Error {
  const error = failure.app
    ? new AppError(failure.app.code, failure.message, failure.app.details)
    : new Error(failure.message);
  if (!failure.app) error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  return error;
}
