import { describe, expect, it } from 'vitest';
import { birthdaysDue } from './birthday.ts';
import { tierReachedDue } from './tier-reached.ts';
import { weMissYouDue } from './we-miss-you.ts';

describe('who is due, decided from what the repositories read', () => {
  it('wishes a 29 February birthday on the 28th in other years, and catches up missed days', () => {
    const people = [
      { id: 'leap', birth_day: 29, birth_month: 2 },
      { id: 'march', birth_day: 1, birth_month: 3 },
    ];
    expect(birthdaysDue(people, '2027-02-28', '2027-02-28')).toEqual([
      { customerId: 'leap', occasionKey: '2027' },
    ]);
    expect(birthdaysDue(people, '2028-02-28', '2028-02-28')).toEqual([]);
    expect(birthdaysDue(people, '2028-02-27', '2028-03-01').map((d) => d.customerId)).toEqual([
      'leap',
      'march',
    ]);
  });

  it('misses good customers slipping away, once per absence', () => {
    const due = weMissYouDue(
      [
        { id: 'good', pAlive: 0.2, purchases: 6, lastVisit: '2026-05-02' },
        { id: 'once', pAlive: 0.1, purchases: 1, lastVisit: '2026-05-02' },
        { id: 'fine', pAlive: 0.8, purchases: 9, lastVisit: '2026-11-30' },
        { id: 'unknown', pAlive: null, purchases: 4, lastVisit: '2026-01-02' },
      ],
      { pAliveBelow: 0.3, minPurchases: 3 },
    );
    expect(due).toEqual([{ customerId: 'good', occasionKey: 'after:2026-05-02' }]);
  });

  it('congratulates a rise once per level, never a fall back to a level already passed', () => {
    const ladder = {
      levels: [
        { id: 'bronze', name: 'Bronze' },
        { id: 'silver', name: 'Argent' },
        { id: 'gold', name: 'Or' },
      ],
    } as never;
    const at = new Date('2026-12-06T10:00:00Z');
    const window = {
      from: new Date('2026-12-06T00:00:00Z'),
      day: '2026-12-06',
      timeZone: 'Europe/Paris',
      topOnly: false,
    };
    const changes = [
      { customer_id: 'up', level_id: 'silver', updated_at: at },
      { customer_id: 'down', level_id: 'silver', updated_at: at },
      { customer_id: 'first', level_id: 'bronze', updated_at: at },
      { customer_id: 'old', level_id: 'gold', updated_at: new Date('2026-12-01T10:00:00Z') },
    ];
    const congratulated = new Map([['down', ['level:gold']]]);
    expect(tierReachedDue(ladder, changes, congratulated, window)).toEqual([
      { customerId: 'up', occasionKey: 'level:silver', values: { niveau: 'Argent' } },
    ]);
    expect(
      tierReachedDue(ladder, changes, new Map(), { ...window, topOnly: true }).map(
        (d) => d.customerId,
      ),
    ).toEqual([]);
  });
});
