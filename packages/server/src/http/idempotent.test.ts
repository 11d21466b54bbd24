import { describe, expect, it } from 'vitest';
import { ApiKeyNotLive, AppError } from '../errors/app-error.ts';
import { isRevokedKey } from './idempotent.ts';
import { problemOf } from './problem.ts';

describe('the refusals a write under an Idempotency-Key does not store', () => {
  it("are the API key's liveness check's alone", () => {
    expect(isRevokedKey(new ApiKeyNotLive())).toBe(true);
  });

  it('leave any other unauthenticated refusal to be stored and replayed', () => {
    // A refusal a write's work might raise (a pass's or a webhook's own token, say).
    expect(isRevokedKey(new AppError('unauthenticated', 'Wrong authentication token'))).toBe(false);
    expect(isRevokedKey(new AppError('forbidden', 'Not allowed'))).toBe(false);
    expect(isRevokedKey(new Error('unauthenticated'))).toBe(false);
  });

  it("keep the API's answer to a revoked key: 401 unauthenticated", () => {
    expect(problemOf(new ApiKeyNotLive())).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      detail: 'Unknown or revoked API key',
    });
  });
});
