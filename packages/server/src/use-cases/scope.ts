import type { Kysely } from 'kysely';
import type { PrincipalRole, Restriction } from '../auth/permissions.ts';
import type { ActorType, Database } from '../db/schema.ts';

export type Actor = { type: ActorType; id: string | null; role?: PrincipalRole };

/**
 * What every merchant-scoped use case receives: the database, which merchant, who acts, and
 * the time — passed in, so rules and tests never read the clock themselves.
 */
export type MerchantScope = {
  db: Kysely<Database>;
  merchantId: string;
  actor: Actor;
  now: Date;
  /** Set when the caller's grant holds only within a rule (`auth/permissions.ts`). */
  restriction?: Restriction;
};
