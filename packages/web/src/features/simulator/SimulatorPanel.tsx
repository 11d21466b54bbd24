import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import type { SimulationDraft } from './simulation-draft.ts';

const HISTORY = 'history';

/**
 * "Simulate it on my past year": replays the shop's recorded sales (or a sales file uploaded in
 * Clients → Importer) through the program being edited, on demand, and says what it would have
 * cost, against the 1–5 % guideline, what is still owed, and the lift in visits that pays for it.
 */
export function SimulatorPanel({ draft, ready }: { draft: SimulationDraft; ready: boolean }) {
  const t = useT(messages);
  const can = useCan();
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const localized = useLocalized();
  const sourceId = useId();
  const [source, setSource] = useState(HISTORY);
  const [margin, setMargin] = useState('60');
  const [withTiers, setWithTiers] = useState(true);
  const uploads = useQuery({
    queryKey: ['imports', 'for-simulation'],
    queryFn: () => call(api.GET('/api/v1/imports', { params: { query: { limit: 20 } } })),
    enabled: can('data:import'),
  });
  const files = (uploads.data?.items ?? []).filter((u) => u.status === 'uploaded');
  const simulate = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/programs/simulate', {
          body: {
            program: draft,
            grossMarginPercent: Number.parseInt(margin, 10) || 60,
            withTiers,
            ...(source === HISTORY ? {} : { uploadId: source }),
          },
        }),
      ),
  });
  const result = simulate.data;
  return (
    <section className="stack-tight simulator" aria-labelledby={`${sourceId}-title`}>
      <h2 className="small-title" id={`${sourceId}-title`}>
        {t('title')}
      </h2>
      <p className="small muted">{t('intro')}</p>
      <div className="field">
        <label htmlFor={sourceId}>{t('source')}</label>
        <select id={sourceId} value={source} onChange={(e) => setSource(e.target.value)}>
          <option value={HISTORY}>{t('sourceHistory')}</option>
          {files.map((f) => (
            <option key={f.id} value={f.id}>
              {t('sourceUpload', { name: f.fileName })}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('margin')}
        hint={t('marginHint')}
        inputMode="numeric"
        value={margin}
        onChange={(e) => setMargin(e.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={withTiers}
          onChange={(e) => setWithTiers(e.target.checked)}
        />{' '}
        {t('withTiers')}
      </label>
      <button
        type="button"
        className="button secondary"
        disabled={!ready || simulate.isPending}
        onClick={() => simulate.mutate()}
      >
        {simulate.isPending ? t('running') : t('run')}
      </button>
      {!ready && <p className="small muted">{t('invalid')}</p>}
      <ProblemAlert error={simulate.error} />
      {result && (
        <div className={`econ econ-${result.band === 'within' ? 'ok' : 'warn'}`} role="status">
          {result.visits === 0 ? (
            <p>{t('noSales')}</p>
          ) : (
            <>
              <p className="small">
                {t('period', {
                  from: fmt.date(result.from),
                  to: fmt.date(result.to),
                  customers: result.customers,
                  visits: result.visits,
                  spend: fmt.cents(result.spendCents),
                })}
              </p>
              <p>
                <strong>
                  {t('ratio', { ratio: fmt.percent(result.costRatioPercent / 100) })} —{' '}
                  {t(
                    result.band === 'within'
                      ? 'bandWithin'
                      : result.band === 'below'
                        ? 'bandBelow'
                        : 'bandAbove',
                  )}
                </strong>
              </p>
              <p>
                {t('rewards', { n: result.rewardsGiven, cost: fmt.cents(result.rewardCostCents) })}
              </p>
              {result.byReward.length > 1 && (
                <ul className="small">
                  {result.byReward.map((r) => (
                    <li key={r.rewardId}>
                      {localized(r.name)} × {r.count} ({fmt.cents(r.costCents)})
                    </li>
                  ))}
                </ul>
              )}
              {result.discountCents > 0 && (
                <p>{t('discounts', { amount: fmt.cents(result.discountCents) })}</p>
              )}
              <p>
                {t('liability', {
                  amount: fmt.cents(result.liabilityCents),
                  n: result.outstanding,
                })}
              </p>
              <p className="small">{t('expired', { n: result.expired })}</p>
              <p>
                {result.breakEven
                  ? t('breakEven', {
                      visits: fmt.number(result.breakEven.extraVisitsPerCustomer),
                      lift: fmt.percent(result.breakEven.liftPercent / 100),
                    })
                  : t('breakEvenNone')}
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
