import { GOAL_TEMPLATES } from '@habitue/analytics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withMerchant } from '../db/tenant.ts';
import { AppError } from '../errors/app-error.ts';
import { dayToIso, localDay } from '../use-cases/analytics/local-day.ts';
import { createGoal } from '../use-cases/goals/create-goal.ts';

/** Seed 001's templates a bakery would start with: visits, members' basket, departures. */
const DEMO_GOAL_TEMPLATES = ['frequency', 'member_basket', 'churn'] as const;

/**
 * The demo shop's goals, set by its owner on the seeding day from seed 001's templates, through
 * the same use case as the Goals page: each baseline is measured from the shop's history. Runs
 * after the history is committed (the measure reads it like the dashboard does); a template the
 * data cannot measure is left out rather than given a made-up baseline.
 */
export async function seedDemoGoals(
  db: Kysely<Database>,
  shop: { merchantId: string; ownerId: string; timeZone: string },
  now: Date,
): Promise<string[]> {
  const scope = {
    db,
    merchantId: shop.merchantId,
    actor: { type: 'user' as const, id: shop.ownerId, role: 'owner' as const },
    now,
  };
  const today = localDay(now, shop.timeZone);
  const created: string[] = [];
  for (const id of DEMO_GOAL_TEMPLATES) {
    const template = GOAL_TEMPLATES.find((t) => t.id === id)!;
    try {
      await withMerchant(db, shop.merchantId, (tx) =>
        createGoal(tx, scope, {
          metric: template.metric,
          target: template.target,
          deadline: dayToIso(today + template.days),
          template: template.id,
        }),
      );
      created.push(template.id);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'goal_not_measurable')) throw error;
    }
  }
  return created;
}
