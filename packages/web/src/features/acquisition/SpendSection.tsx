import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from '../customers/euros.ts';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { monthLabel } from './channel-label.ts';
import { messages } from './messages.ts';
import {
  type AcquisitionReport,
  useAcquisitionChannels,
  useChannelLabel,
} from './use-acquisition.ts';

type Budget = 'development' | 'loyalty';

/** Seed 003's two budgets, entered month by month; the report's period is the list's. */
export function SpendSection({ r }: { r: AcquisitionReport }) {
  const t = useT(messages);
  const f = useFormat();
  const { lang } = useLang();
  const can = useCan();
  const client = useQueryClient();
  const channels = useAcquisitionChannels();
  const label = useChannelLabel(r.channels);
  const range = { from: r.fromMonth, to: r.toMonth };
  const entries = useQuery({
    queryKey: ['acquisition-spend', range],
    queryFn: () => call(api.GET('/api/v1/acquisition/spend', { params: { query: range } })),
  });
  const [month, setMonth] = useState(r.toMonth);
  const [budget, setBudget] = useState<Budget>('development');
  const [channel, setChannel] = useState('');
  const [amount, setAmount] = useState('');
  const [badAmount, setBadAmount] = useState(false);
  const save = useMutation({
    mutationFn: (amountCents: number) =>
      call(
        api.PUT('/api/v1/acquisition/spend', {
          body: {
            month,
            budget,
            channel: budget === 'development' && channel ? channel : null,
            amountCents,
          },
        }),
      ),
    onSuccess: () => {
      setAmount('');
      void client.invalidateQueries({ queryKey: ['acquisition-spend'] });
      void client.invalidateQueries({ queryKey: ['acquisition'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cents = euroToCents(amount);
    setBadAmount(cents === null);
    if (cents !== null) save.mutate(cents);
  };
  const choices = [
    { key: 'referral', label: t('referral') },
    ...(channels.data?.items ?? [])
      .filter((c) => !c.archived)
      .map((c) => ({ key: `channel:${c.id}`, label: c.label })),
  ];
  const items = entries.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="spend-title">
      <h2 id="spend-title">{t('spend')}</h2>
      <p className="muted small">{t('spendIntro')}</p>
      {can('programs:write') && (
        <form className="row" onSubmit={submit} aria-labelledby="spend-title">
          <div className="field">
            <label htmlFor="spend-month">{t('month')}</label>
            <select id="spend-month" value={month} onChange={(e) => setMonth(e.target.value)}>
              {r.months.map((m) => (
                <option key={m.month} value={m.month}>
                  {monthLabel(m.month, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="spend-budget">{t('budget')}</label>
            <select
              id="spend-budget"
              value={budget}
              onChange={(e) => setBudget(e.target.value as Budget)}
            >
              <option value="development">{t('development')}</option>
              <option value="loyalty">{t('loyalty')}</option>
            </select>
          </div>
          {budget === 'development' && (
            <div className="field">
              <label htmlFor="spend-channel">{t('channel')}</label>
              <select
                id="spend-channel"
                value={channel}
                onChange={(e) => setChannel(e.target.value)}
              >
                <option value="">{t('general')}</option>
                {choices.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Field
            label={t('amount')}
            inputMode="decimal"
            value={amount}
            error={badAmount ? t('badAmount') : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
          <button type="submit" disabled={save.isPending}>
            {t('save')}
          </button>
        </form>
      )}
      <ProblemAlert error={save.error ?? entries.error} />
      {save.isSuccess && (
        <p className="small" role="status">
          {t('saved')}
        </p>
      )}
      {entries.data && items.length === 0 && <p className="muted">{t('noEntries')}</p>}
      {items.length > 0 && (
        <TableRegion title={t('spend')}>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('colMonth')}</th>
                <th scope="col">{t('colBudget')}</th>
                <th scope="col">{t('colChannel')}</th>
                <th scope="col">{t('colAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={`${s.month}-${s.budget}-${s.channel ?? ''}`}>
                  <th scope="row">{monthLabel(s.month, lang)}</th>
                  <td>{t(s.budget)}</td>
                  <td>{s.channel === null ? t('dash') : label(s.channel)}</td>
                  <td>{f.cents(s.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
