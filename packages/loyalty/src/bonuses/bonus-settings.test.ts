import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/factories.ts';
import { firstDaysExtra } from './bonus-settings.ts';

const DAY = 86_400_000;
const launchWeek = { days: 7, extraPercent: 100 };

describe('firstDaysExtra', () => {
  it('doubles what a purchase earns during the first week, then stops', () => {
    expect(firstDaysExtra(launchWeek, 12, NOW, new Date(NOW.getTime() + 2 * DAY))).toBe(12);
    expect(firstDaysExtra(launchWeek, 12, NOW, new Date(NOW.getTime() + 7 * DAY))).toBe(0);
  });

  it('rounds down and gives nothing on nothing earned or without a launch plan', () => {
    expect(firstDaysExtra({ days: 7, extraPercent: 50 }, 3, NOW, NOW)).toBe(1);
    expect(firstDaysExtra(launchWeek, 0, NOW, NOW)).toBe(0);
    expect(firstDaysExtra(null, 12, NOW, NOW)).toBe(0);
  });
});
