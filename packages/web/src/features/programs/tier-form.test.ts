import { describe, expect, it } from 'vitest';
import { defaultLadderForm, formFromLadder, ladderFromForm, withInnerCircle } from './tier-form.ts';

describe('the tier ladder form', () => {
  it('turns the default Bronze → Argent → Or into a ladder the rules accept', () => {
    const result = ladderFromForm(defaultLadderForm('fr'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ladder.levels.map((l) => [l.name, l.criteria])).toEqual([
      ['Bronze', {}],
      ['Argent', { spendCents: 20_000 }],
      ['Or', { spendCents: 50_000 }],
    ]);
    expect(result.ladder.review).toEqual({ periodMonths: 12, graceMonths: 3 });
  });

  it('adds the inner circle on seniority, with the benefits of the level below', () => {
    const form = withInnerCircle(defaultLadderForm('fr'), 'fr');
    const result = ladderFromForm(form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ladder.levels[3]).toMatchObject({
      name: 'Cercle rapproché',
      criteria: { seniorityMonths: 12 },
      benefits: { pointsMultiplierPercent: 150 },
    });
  });

  it('reads back what it saved, money in the language', () => {
    const saved = ladderFromForm(defaultLadderForm('fr'));
    if (!saved.ok) throw new Error('default refused');
    const form = formFromLadder(saved.ladder, 'fr');
    expect(form.levels[1]?.spend).toBe('200,00');
    expect(ladderFromForm(form)).toEqual(saved);
  });

  it('names the setting at fault as the server does', () => {
    const form = defaultLadderForm('fr');
    const lower = {
      ...form,
      levels: form.levels.map((l, i) => (i === 2 ? { ...l, spend: '100' } : l)),
    };
    expect(ladderFromForm(lower)).toEqual({
      ok: false,
      problem: { field: 'levels.2.criteria.spendCents', code: 'not_increasing' },
    });
    const typo = {
      ...form,
      levels: form.levels.map((l, i) => (i === 1 ? { ...l, spend: 'deux cents' } : l)),
    };
    expect(ladderFromForm(typo)).toEqual({
      ok: false,
      problem: { field: 'levels.1.criteria.spendCents', code: 'invalid_threshold' },
    });
  });
});
