import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { Figure } from '../dashboard/Explain.tsx';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { messages } from './messages.ts';

type Liability = components['schemas']['Liability'];

/**
 * The dashboard's liability per program, as of now: outstanding stamps, points and vouchers at
 * cost, the PCG provision, the IFRS 15 contract liability and each program's realised reward cost
 * ratio, with the month-by-month file for the accountant.
 */
export function LiabilityPanel() {
  const t = useT(messages);
  const can = useCan();
  const { me } = useSession();
  const { lang } = useLang();
  const f = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const localized = useLocalized();
  const report = useQuery({
    queryKey: ['analytics-liability'],
    // The route also answers files (CSV, XLSX); without `format` it answers JSON.
    queryFn: async () => (await call(api.GET('/api/v1/analytics/liability', {}))) as Liability,
    enabled: can('analytics:read'),
  });
  if (!can('analytics:read')) return null;
  const r = report.data;
  const last = (r?.months.length ?? 0) - 1;
  const total = r?.totals[last];
  return (
    <Figure
      title={t('title')}
      explain={t('explain')}
      caption={r ? t('asOf', { date: f.dateTime(r.asOf) }) : undefined}
    >
      <ProblemAlert error={report.error} />
      {!r && report.isPending && <p className="muted">{t('loading')}</p>}
      {r && r.programs.length === 0 && <p className="muted">{t('none')}</p>}
      {r && r.programs.length > 0 && total && (
        <>
          <TableRegion title={t('title')}>
            <table className="figures-table liability">
              <thead>
                <tr>
                  <th scope="col">{t('colProgram')}</th>
                  <th scope="col">{t('colOutstanding')}</th>
                  <th scope="col">{t('colAtCost')}</th>
                  <th scope="col">{t('colUse')}</th>
                  <th scope="col">{t('colProvision')}</th>
                  <th scope="col">{t('colContract')}</th>
                  <th scope="col">{t('colCostRatio')}</th>
                </tr>
              </thead>
              <tbody>
                {r.programs.map((p) => {
                  const m = p.months[last]!;
                  return (
                    <tr key={p.programId}>
                      <th scope="row">{localized(p.name)}</th>
                      <td>
                        {t(p.unit, { n: m.outstandingUnits })}{' '}
                        {t('vouchers', { n: m.openVouchers })}
                      </td>
                      <td>{f.cents(m.atCostCents)}</td>
                      <td>{f.percent(m.useProbability)}</td>
                      <td>{f.cents(m.provisionCents)}</td>
                      <td>{f.cents(m.contractLiabilityCents)}</td>
                      <td>
                        {m.trailingSalesCents > 0
                          ? f.percent(m.trailingRewardCostCents / m.trailingSalesCents)
                          : t('noSales')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  <td />
                  <td>{f.cents(total.atCostCents)}</td>
                  <td />
                  <td>{f.cents(total.provisionCents)}</td>
                  <td>{f.cents(total.contractLiabilityCents)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </TableRegion>
          <p className="small">
            {t('download')}{' '}
            <a href={`/api/v1/analytics/liability?format=csv&locale=${lang}`} download>
              {t('csv')}
            </a>{' '}
            ·{' '}
            <a href={`/api/v1/analytics/liability?format=xlsx&locale=${lang}`} download>
              {t('xlsx')}
            </a>
          </p>
        </>
      )}
    </Figure>
  );
}
