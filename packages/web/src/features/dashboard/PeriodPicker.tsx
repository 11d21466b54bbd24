import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';
import type { PeriodQuery } from './use-overview.ts';

export type PeriodPreset = 'last12' | 'last6' | 'last3' | 'thisYear' | 'custom';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

function monthsBack(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, d + 1));
  return date.toISOString().slice(0, 10);
}

/** The API query for a preset; the last 12 months is the server's default (no parameters). */
export function presetPeriod(preset: PeriodPreset, custom: PeriodQuery): PeriodQuery {
  const to = today();
  switch (preset) {
    case 'last12':
      return {};
    case 'last6':
      return { from: monthsBack(to, 6), to };
    case 'last3':
      return { from: monthsBack(to, 3), to };
    case 'thisYear':
      return { from: `${to.slice(0, 4)}-01-01`, to };
    case 'custom':
      return custom.from && custom.to && custom.from <= custom.to ? custom : {};
  }
}

/** Choose the period the retention, frequency, basket and Pareto figures cover. */
export function PeriodPicker({
  preset,
  custom,
  onPreset,
  onCustom,
}: {
  preset: PeriodPreset;
  custom: PeriodQuery;
  onPreset(preset: PeriodPreset): void;
  onCustom(custom: PeriodQuery): void;
}) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="period-picker row">
      <label htmlFor={`${id}-preset`}>{t('period')}</label>
      <select
        id={`${id}-preset`}
        value={preset}
        onChange={(e) => onPreset(e.target.value as PeriodPreset)}
      >
        <option value="last12">{t('periodLast12')}</option>
        <option value="last6">{t('periodLast6')}</option>
        <option value="last3">{t('periodLast3')}</option>
        <option value="thisYear">{t('periodThisYear')}</option>
        <option value="custom">{t('periodCustom')}</option>
      </select>
      {preset === 'custom' && (
        <span className="row period-dates">
          <label htmlFor={`${id}-from`}>{t('from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={custom.from ?? ''}
            max={custom.to}
            onChange={(e) => onCustom({ ...custom, from: e.target.value })}
          />
          <label htmlFor={`${id}-to`}>{t('to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={custom.to ?? ''}
            min={custom.from}
            onChange={(e) => onCustom({ ...custom, to: e.target.value })}
          />
        </span>
      )}
    </div>
  );
}
