/** A points multiplier as the API takes it (see the loyalty rules, earn/multipliers.ts). */
export type Multiplier = {
  percent: number;
  when:
    | { kind: 'quiet_hours'; weekdays: number[]; from: string; to: string }
    | { kind: 'category'; category: string }
    | { kind: 'dates'; startsOn: string; endsOn: string };
};

export type MultiplierForm = {
  kind: Multiplier['when']['kind'];
  factor: string;
  weekdays: number[];
  from: string;
  to: string;
  category: string;
  startsOn: string;
  endsOn: string;
};

export const EMPTY_MULTIPLIER: MultiplierForm = {
  kind: 'quiet_hours',
  factor: '2',
  weekdays: [],
  from: '14:00',
  to: '17:00',
  category: '',
  startsOn: '',
  endsOn: '',
};

/**
 * The multiplier the form describes, or null when it cannot hold (the server checks again):
 * "×1,5" is 150 percent, ×1 to ×10; a time range forward; dates in order.
 * @example multiplierFromForm({ ...EMPTY_MULTIPLIER, weekdays: [2] }) // { percent: 200, when: { kind: 'quiet_hours', … } }
 */
export function multiplierFromForm(form: MultiplierForm): Multiplier | null {
  const factor = Number(form.factor.trim().replace(',', '.'));
  const percent = Math.round(factor * 100);
  if (!Number.isFinite(factor) || percent < 100 || percent > 1_000) return null;
  switch (form.kind) {
    case 'quiet_hours':
      if (form.weekdays.length === 0 || !form.from || !form.to || form.from >= form.to) return null;
      return {
        percent,
        when: {
          kind: 'quiet_hours',
          weekdays: [...form.weekdays].sort(),
          from: form.from,
          to: form.to,
        },
      };
    case 'category':
      return form.category.trim()
        ? { percent, when: { kind: 'category', category: form.category.trim() } }
        : null;
    case 'dates':
      if (!form.startsOn || !form.endsOn || form.startsOn > form.endsOn) return null;
      return { percent, when: { kind: 'dates', startsOn: form.startsOn, endsOn: form.endsOn } };
  }
}
