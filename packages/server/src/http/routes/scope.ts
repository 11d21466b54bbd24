import type { Context } from 'hono';
import type { Permission } from '../../auth/permissions.ts';
import type { MerchantScope } from '../../use-cases/scope.ts';
import { authorize } from '../middleware/authenticate.ts';
import type { AppEnv } from '../types.ts';

/** Authorizes the caller for `permission` and returns the scope a use case runs in. */
export function merchantScope(c: Context<AppEnv>, permission: Permission): MerchantScope {
  const principal = authorize(c, permission);
  const { db, now } = c.get('services');
  return {
    db,
    merchantId: principal.merchantId,
    actor: { type: principal.actor.type, id: principal.actor.id, role: principal.role },
    now: now(),
  };
}
