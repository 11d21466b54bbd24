import type { Context } from 'hono';
import type { MerchantScope } from '../../use-cases/scope.ts';
import { authorize, restrictionIn } from '../middleware/authenticate.ts';
import type { AppEnv } from '../types.ts';

/**
 * The scope a use case runs in: the caller's merchant, who acts, the time, and the restriction
 * their grant carries. The permission itself was checked against the table in `authenticate`.
 */
export function merchantScope(c: Context<AppEnv>): MerchantScope {
  const principal = authorize(c);
  const { db, now } = c.get('services');
  const restriction = restrictionIn(c);
  return {
    db,
    merchantId: principal.merchantId,
    actor: { type: principal.actor.type, id: principal.actor.id, role: principal.role },
    now: now(),
    ...(restriction ? { restriction } : {}),
  };
}
