import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import { moneyRange } from './money-range.ts';
import type { Overview } from './use-overview.ts';

const MODEL_NAMES = { bgNbd: 'BG/NBD', paretoNbd: 'Pareto/NBD' } as const;

/** Why a model was not fitted, by the server's stable reason (its `message` is English). */
const FIT_REASONS = {
  'empty-input': 'fitEmpty',
  'invalid-input': 'fitInvalid',
  'no-repeat-purchases': 'fitNoRepeat',
  'not-converged': 'fitNotConverged',
  'parameters-diverged': 'fitDiverged',
  'skipped-too-large': 'fitSkipped',
  'too-few-customers': 'fitTooFew',
} as const;

/** Simple CLV (the seeds' formula, with its inputs) and predictive CLV (with the model used). */
export function ValueFigures({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const { lang } = useLang();
  const reasonText = (reason: string) =>
    reason in FIT_REASONS ? t(FIT_REASONS[reason as keyof typeof FIT_REASONS]) : reason;
  const s = o.simpleClv;
  const p = o.predictiveClv;
  const models = p.models;
  const fits = (['bgNbd', 'paretoNbd'] as const)
    .map((key) => {
      const fit = models[key];
      return fit.status === 'fitted'
        ? `${MODEL_NAMES[key]} ln L = ${f.number(fit.logLikelihood)}${models.chosen === key ? ' ✓' : ''}${fit.warnings.some((w) => w.code === 'no-dropout') ? ` (${t('noDropout')})` : ''}`
        : `${MODEL_NAMES[key]} : ${reasonText(fit.reason)}`;
    })
    .join(' · ');
  const failed = models.bgNbd.status === 'failed' ? models.bgNbd : null;
  const d = p.sufficiency;
  const sufficiency = t(
    d.level === 'too-little'
      ? 'sufficiencyTooLittle'
      : d.level === 'trend'
        ? 'sufficiencyTrend'
        : 'sufficiencyCustomer',
    { customers: d.customers, repeat: d.repeatCustomers, months: d.months },
  );
  const chosenFit = models.chosen === null ? null : models[models.chosen];
  const noDropout =
    chosenFit?.status === 'fitted' && chosenFit.warnings.some((w) => w.code === 'no-dropout');
  return (
    <div className="grid two">
      <Figure
        title={t('simpleClv')}
        value={s.clvCents === null ? t('none') : f.cents(s.clvCents)}
        caption={
          s.inputs
            ? t('simpleClvFormula', {
                basket: f.cents(s.inputs.averageBasketCents),
                perYear: Math.round(s.inputs.purchasesPerYear * 10) / 10,
                years: Math.round(s.inputs.yearsOfRelationship * 10) / 10,
              })
            : t('simpleClvNone')
        }
        explain={t('simpleClvExplain')}
      />
      <Figure
        title={t('predictiveClv', { months: p.horizonMonths })}
        value={
          p.averageCents === null
            ? t('none')
            : p.averageIntervalCents
              ? t('moneyRange', moneyRange(p.averageIntervalCents, lang, 'EUR'))
              : f.cents(p.averageCents)
        }
        caption={
          p.averageCents === null || models.chosen === null
            ? t('predictiveNone', {
                reason:
                  failed?.reason === 'too-few-customers'
                    ? t('tooFewCustomers', {
                        customers: models.customers,
                        repeat: models.repeatCustomers,
                        minCustomers: models.minimumCustomers,
                        minRepeat: models.minimumRepeatCustomers,
                      })
                    : failed
                      ? reasonText(failed.reason)
                      : fits,
              })
            : `${t('predictiveClvCaption', {
                months: p.horizonMonths,
                model: MODEL_NAMES[models.chosen],
                customers: p.customers,
              })}${noDropout ? ` · ${t('noDropout')}` : ''}`
        }
        explain={
          <>
            <p>
              {t('predictiveClvExplain', {
                margin: f.percent(p.marginRate),
                rate: f.percent(p.monthlyDiscountRate),
              })}
            </p>
            <p>{t('rangeNote')}</p>
            <p>{sufficiency}</p>
            <p>{t('predictiveFits', { fits })}</p>
          </>
        }
      />
    </div>
  );
}
