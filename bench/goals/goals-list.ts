/**
 * Is the goals list (`GET /api/v1/goals`) fast enough at scale? Each call measures every goal's
 * metric at each weekly checkpoint since the goal was set, and every metric's current value,
 * from the shop's whole purchase history. On a demo shop grown to N customers (a data directory
 * left by `bench/analytics/event-loop.ts --data-dir DIR`, or a new one), the four seed templates
 * are added as goals started 26 weeks ago (each run adds four more), then the list is
 * asked several times with the customer figures already in memory (as a dashboard reload does).
 * Prints the CPU time of the process per call (the wall clock of a shared machine says little).
 *
 *   npx tsx bench/goals/goals-list.ts --data-dir DIR [--calls 5]
 */
import { parseArgs } from 'node:util';
import { GOAL_TEMPLATES } from '@habitue/analytics';
import { uuidv7 } from 'uuidv7';
import { useMetricsWorkers } from '../../packages/server/src/analytics-worker/metrics-pool.ts';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem, withMerchant } from '../../packages/server/src/db/tenant.ts';
import { insertGoal } from '../../packages/server/src/repositories/goals.ts';
import { loadCustomerMetrics } from '../../packages/server/src/use-cases/analytics/load-customer-metrics.ts';
import { dayToIso, localDay } from '../../packages/server/src/use-cases/analytics/local-day.ts';
import { listGoals } from '../../packages/server/src/use-cases/goals/list-goals.ts';
import { demoMerchantId } from '../web/grow-shop.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, calls: { type: 'string', default: '5' } },
});
if (!values['data-dir'])
  throw new Error('--data-dir DIR: a data directory with the grown demo shop');
useMetricsWorkers(1);
const storage = await openStorage(
  { kind: 'embedded', dataDir: values['data-dir'] },
  { command: 'bench:goals-list' },
);
const db = storage.db;
const merchantId = await asSystem(db, demoMerchantId);
const now = new Date();
const today = localDay(now, 'Europe/Paris');
await withMerchant(db, merchantId, async (tx) => {
  for (const t of GOAL_TEMPLATES)
    await insertGoal(
      tx,
      merchantId,
      {
        id: uuidv7(),
        name: null,
        metric: t.metric,
        segment: null,
        template: t.id,
        baseline: 1,
        target: 2,
        starts_on: dayToIso(today - 26 * 7),
        deadline: dayToIso(today - 26 * 7 + Math.max(t.days, 26 * 7 + 30)),
      },
      now,
    );
});
const scope = {
  db,
  merchantId,
  now,
  actor: { type: 'system', id: 'bench' },
} as unknown as Parameters<typeof listGoals>[0];
const metrics = await loadCustomerMetrics(scope); // the figures in memory first
const cpu: number[] = [];
let goals = 0;
for (let i = 0; i < Number(values.calls); i++) {
  const before = process.cpuUsage();
  const list = await listGoals(scope, { archived: false });
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  goals = list.goals.length;
}
await storage.close();
console.log(
  `${metrics.customers.length} customers, ${metrics.transactions.customer.length} purchases, ${goals} goals with 26 weekly checkpoints each:`,
);
console.log(
  `GET /api/v1/goals (listGoals) CPU per call, in order: ${cpu.map((c) => `${c.toFixed(0)} ms`).join(', ')} (the first measures, the next ones find the goals measured)`,
);
