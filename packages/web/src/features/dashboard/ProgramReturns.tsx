import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { programReturnsMessages } from './messages.ts';

/** Members against comparable non-members, and the campaigns' and automations' control groups. */
export function ProgramReturns() {
  const t = useT(programReturnsMessages);
  const f = useFormat();
  const query = useQuery({
    queryKey: ['analytics-program-returns'],
    queryFn: () => call(api.GET('/api/v1/analytics/program-returns')),
    staleTime: 60_000,
  });
  const r = query.data;
  if (!r) return null;
  const m = r.members;
  const margin = m.incrementalMarginIntervalCents;
  const rolled = r.rolledUp;
  return (
    <Figure
      title={t('title')}
      value={
        margin
          ? t('membersValue', { low: f.cents(margin[0]!), high: f.cents(margin[1]!) })
          : t('membersNone')
      }
      caption={t('period', { from: f.date(r.period.from), to: f.date(r.period.to) })}
      explain={t('explain')}
    >
      {margin && (
        <p className="muted small">
          {t('membersCaption', { members: m.matchedMembers, cost: f.cents(m.rewardCostCents) })}
        </p>
      )}
      <p className="muted small">
        {m.roi === null ? t('roiNone') : t('roi', { roi: f.percent(m.roi) })}
      </p>
      {rolled ? (
        <>
          <p>
            {t('actionsValue', {
              low: f.cents(rolled.incrementalRevenueIntervalCents[0]!),
              high: f.cents(rolled.incrementalRevenueIntervalCents[1]!),
            })}
          </p>
          <p className="muted small">
            {t('actionsCaption', {
              measured: rolled.measured,
              customers: rolled.customers,
              margin: f.cents(rolled.incrementalMarginCents),
            })}
          </p>
        </>
      ) : (
        <p className="muted small">{t('actionsNone')}</p>
      )}
    </Figure>
  );
}
