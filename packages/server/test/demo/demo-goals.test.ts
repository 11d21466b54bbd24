import { expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../support/test-app.ts';

const NOW = new Date('2026-12-06T09:00:00Z');

type GoalBody = {
  template: string;
  metric: string;
  baseline: number;
  target: number;
  startsOn: string;
  deadline: string;
  progress: { current: number | null };
};

describeEachBackend('the demo shop’s goals', (database) => {
  it('starts with three of seed 001’s goals, their baselines measured from its history', async () => {
    await seedDemoShop(database().db, { seed: 1, now: NOW });
    const api = testClient(testServices(database(), { now: () => NOW }));
    const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
    const cookie = sessionCookie(login.headers);
    const response = await api.request('GET', '/api/v1/goals', { cookie });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { goals, metrics, today } = response.body as {
      goals: GoalBody[];
      metrics: { metric: string; current: number | null }[];
      today: string;
    };
    expect(today).toBe('2026-12-06');
    const byTemplate = new Map(goals.map((g) => [g.template, g]));
    expect([...byTemplate.keys()].sort()).toEqual(['churn', 'frequency', 'member_basket']);
    for (const goal of goals) {
      // Set today: the baseline is today's measure of the shop's own figure, not a made-up one.
      const measured = metrics.find((m) => m.metric === goal.metric)?.current;
      expect(measured, goal.metric).toBeGreaterThan(0);
      expect(goal.baseline).toBeCloseTo(measured!, 9);
      expect(goal.startsOn).toBe('2026-12-06');
    }
    const basket = byTemplate.get('member_basket')!;
    expect(basket.target).toBeCloseTo(basket.baseline * 1.15, 6);
    expect(basket.deadline).toBe('2027-03-07'); // 91 days
    const churn = byTemplate.get('churn')!;
    expect(churn.target).toBeCloseTo(churn.baseline * 0.9, 6);
    expect(churn.deadline).toBe('2027-12-06'); // 365 days
    expect(byTemplate.get('frequency')!.target).toBe(2);
  });
});
