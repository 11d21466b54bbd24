import type { Context } from 'hono';
import { AppError } from '../../../errors/app-error.ts';
import { authorize } from '../../middleware/authenticate.ts';
import type { AppEnv } from '../../types.ts';

/**
 * The person behind a session cookie. Passwords and sessions belong to people: an API key
 * is refused here even though it authenticates elsewhere.
 */
export function signedInUser(c: Context<AppEnv>) {
  const principal = authorize(c);
  if (principal.actor.type !== 'user') {
    throw new AppError('forbidden', 'Only a signed-in person has a password and sessions');
  }
  return { userId: principal.actor.id, sessionHash: principal.actor.sessionHash, principal };
}
