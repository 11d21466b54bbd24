import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../clv/purchase.ts';
import { goalCheckpoints, goalProgress } from './goal-progress.ts';

const line = (from: number, perDay: number, days: number[]) =>
  days.map((d) => ({ at: d * DAY_MS, value: from + perDay * d }));

describe('goal progress', () => {
  const goal = { baseline: 1.5, target: 2, startAt: 0, deadlineAt: 180 * DAY_MS };

  it('is on track when the straight line through the measures reaches the target by the deadline', () => {
    const progress = goalProgress({
      ...goal,
      now: 60 * DAY_MS,
      points: line(1.5, 0.2 / 60, [0, 14, 28, 42, 60]),
    });
    expect(progress.status).toBe('on_track');
    expect(progress.current).toBeCloseTo(1.7, 10);
    expect(progress.percentDone).toBeCloseTo(40, 8);
    expect(progress.trend!.projectedAtDeadline).toBeCloseTo(2.1, 8);
  });

  it('is late when the trend falls short, and missed once the deadline passed short of it', () => {
    const slow = line(1.5, 0.05 / 60, [0, 14, 28, 42, 60]);
    expect(goalProgress({ ...goal, now: 60 * DAY_MS, points: slow }).status).toBe('late');
    const ended = line(1.5, 0.05 / 60, [0, 60, 120, 180]);
    expect(goalProgress({ ...goal, now: 200 * DAY_MS, points: ended }).status).toBe('missed');
  });

  it('is achieved as soon as the latest measure reaches the target', () => {
    const points = [...line(1.5, 0, [0, 7]), { at: 14 * DAY_MS, value: 2.05 }];
    expect(goalProgress({ ...goal, now: 14 * DAY_MS, points }).status).toBe('achieved');
  });

  it('says it is too early with fewer than 3 measures or less than two weeks', () => {
    expect(goalProgress({ ...goal, now: 7 * DAY_MS, points: line(1.5, 0.01, [0, 7]) }).status).toBe(
      'too_early',
    );
    expect(
      goalProgress({ ...goal, now: 10 * DAY_MS, points: line(1.5, 0.001, [0, 5, 10]) }).status,
    ).toBe('too_early');
  });

  it('reads a goal to lower a figure (churn) the same as its mirror image', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 250 }),
        (baseline, change, noise, nowDays) => {
          fc.pre(Math.abs(change) > 0.01);
          const points = noise.map((n, i) => ({ at: i * 7 * DAY_MS, value: baseline + n }));
          const input = { ...goal, baseline, target: baseline + change, now: nowDays * DAY_MS };
          const mirrored = {
            ...input,
            baseline: -baseline,
            target: -(baseline + change),
            points: points.map((p) => ({ ...p, value: -p.value })),
          };
          expect(goalProgress(mirrored).status).toBe(goalProgress({ ...input, points }).status);
        },
      ),
    );
  });

  it('measures weekly from the start to the end', () => {
    expect(goalCheckpoints(0, 20 * DAY_MS)).toEqual([0, 7 * DAY_MS, 14 * DAY_MS, 20 * DAY_MS]);
    expect(goalCheckpoints(0, 14 * DAY_MS)).toEqual([0, 7 * DAY_MS, 14 * DAY_MS]);
    expect(goalCheckpoints(5, 5)).toEqual([5]);
  });
});
