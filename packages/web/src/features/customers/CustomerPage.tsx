import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { CustomerReferrals } from '../bonuses/CustomerReferrals.tsx';
import { moneyRange } from '../dashboard/money-range.ts';
import { PrivacySection } from '../gdpr/PrivacySection.tsx';
import { AdjustmentForm } from './AdjustmentForm.tsx';
import { ContactSection } from './ContactSection.tsx';
import { InteractionsSection, ServingCostCard } from './InteractionsSection.tsx';
import { messages } from './messages.ts';
import { NotesSection } from './NotesSection.tsx';
import { PurchaseHistorySection } from './PurchaseHistorySection.tsx';
import { RewardsObtainedSection } from './RewardsObtainedSection.tsx';
import { SurveyAnswersSection } from './SurveyAnswersSection.tsx';
import { TagsSection } from './TagsSection.tsx';
import { type CardProgram, type CustomerDetail, fullName } from './types.ts';
import './customers.css';
import { CustomerAccountCard } from '../accounts/CustomerAccountCard.tsx';
import { CustomerChannel } from '../acquisition/CustomerChannel.tsx';
import { ClubMembership } from '../club/ClubMembership.tsx';
import { CustomerOffers } from '../cross-sell/CustomerOffers.tsx';
import { ExpiryNotice } from '../expiry/ExpiryNotice.tsx';
import { AddToFollowUp } from '../follow-up/AddToFollowUp.tsx';
import { TierStanding } from '../tiers/TierStanding.tsx';

const CHANNELS = ['email', 'sms', 'post'] as const;

/** The customer's portrait: who they are, what they are worth, what they bought, what we know. */
export function CustomerPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const can = useCan();
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: () => call(api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });
  const card = useQuery({
    queryKey: ['card', id],
    queryFn: () => call(api.GET('/api/v1/customers/{id}/card', { params: { path: { id } } })),
  });
  if (customer.error) return <ProblemAlert error={customer.error} />;
  if (!customer.data) return <p className="muted">…</p>;
  const c = customer.data;
  return (
    <div className="stack customer-page">
      <Link to="/customers" className="small">
        {t('back')}
      </Link>
      <h1>{fullName(c) || c.phone || c.email || t('anonymous')}</h1>
      <div className="customer-grid">
        <ContactSection customer={c} />
        <CustomerAccountCard customerId={id} />
        {/* Value figures are for managers and owners (docs/roles.md). */}
        {can('analytics:read') && <ValueCard id={id} />}
        {can('analytics:read') && <ServingCostCard customerId={id} />}
        <section className="card stack" aria-labelledby="card-title">
          <h2 id="card-title">{t('card')}</h2>
          <ProblemAlert error={card.error} />
          <TierStanding compact tier={c.tier} level={c.tierLevel} />
          {card.data && <CardPrograms programs={card.data.programs} />}
          <a href={c.cardUrl} target="_blank" rel="noreferrer" className="small">
            {t('openCard')}
          </a>
        </section>
        <ClubMembership customerId={id} />
        <RewardsObtainedSection customerId={id} />
        <CustomerOffers customerId={id} />
        <CustomerChannel customerId={id} />
        <Consents customer={c} />
      </div>
      <div className="customer-columns">
        <PurchaseHistorySection customerId={id} />
        <div className="stack">
          <TagsSection customerId={id} />
          <NotesSection customerId={id} />
          <InteractionsSection customerId={id} />
          {can('surveys:manage') && <SurveyAnswersSection customerId={id} />}
          <AddToFollowUp customerId={id} />
          <CustomerReferrals customerId={id} />
          {card.data && <AdjustmentForm customerId={id} programs={card.data.programs} />}
          <PrivacySection customerId={id} />
        </div>
      </div>
    </div>
  );
}

function ValueCard({ id }: { id: string }) {
  const t = useT(messages);
  const format = useFormat();
  const localized = useLocalized();
  const value = useQuery({
    queryKey: ['customer-value', id],
    queryFn: () => call(api.GET('/api/v1/analytics/customers/{id}', { params: { path: { id } } })),
    retry: (n, e) => n < 1 && !(e instanceof ApiProblem && e.status < 500),
  });
  const v = value.data?.customer;
  const { lang } = useLang();
  const money = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? t('none') : format.cents(cents);
  const riskText = { low: t('riskLow'), medium: t('riskMedium'), high: t('riskHigh') };
  return (
    <section className="card" aria-labelledby="value-title">
      <h2 id="value-title">{t('value')}</h2>
      <ProblemAlert error={value.error} />
      {v && !v.lastVisit && <p className="muted">{t('noValue')}</p>}
      {v?.lastVisit && (
        <dl className="customer-facts">
          <div>
            <dt>{t('segmentLabel')}</dt>
            <dd>
              {v.rfm ? (
                <Link to={`/customers?segment=${v.rfm.segment}`}>{localized(v.rfm.label)}</Link>
              ) : (
                t('none')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('annualValue')}</dt>
            <dd>{money(v.annualSpendCents)}</dd>
          </div>
          <div>
            <dt>{t('predictedValue')}</dt>
            <dd>
              {v.predictedClvIntervalCents
                ? t('moneyRange', moneyRange(v.predictedClvIntervalCents, lang, 'EUR'))
                : money(v.predictedClvCents)}
            </dd>
          </div>
          <div>
            <dt>{t('pAlive')}</dt>
            <dd>
              {v.pAlive === null ? t('none') : format.percent(v.pAlive)}
              {v.risk && <span className={`risk risk-${v.risk}`}>{riskText[v.risk]}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('lastVisit')}</dt>
            <dd>{format.date(v.lastVisit)}</dd>
          </div>
          <div>
            <dt>{t('visits')}</dt>
            <dd>{v.purchases}</dd>
          </div>
          <div>
            <dt>{t('basket')}</dt>
            <dd>{money(v.averageBasketCents)}</dd>
          </div>
          <div>
            <dt>{t('totalSpend')}</dt>
            <dd>{money(v.totalSpendCents)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

function CardPrograms({ programs }: { programs: CardProgram[] }) {
  const t = useT(messages);
  const localized = useLocalized();
  const format = useFormat();
  return (
    <>
      {programs
        .filter((p) => !p.archived || p.balance > 0 || p.clawbackOwed > 0)
        .map((p) => (
          <div key={p.programId} className="customer-program">
            <strong>{localized(p.programName)}</strong>
            <span>
              {p.progress
                ? `${p.progress.current} / ${p.progress.target} ${p.unit === 'stamps' ? t('stamps') : t('points')}`
                : t('balance', {
                    balance: p.balance,
                    unit: p.unit === 'stamps' ? t('stamps') : t('points'),
                  })}
            </span>
            {p.clawbackOwed > 0 && (
              <span className="customer-owed">
                {p.clawbackOwed === 1
                  ? t('owedOne', { unit: p.unit === 'stamps' ? t('stamp') : t('point') })
                  : t('owed', {
                      owed: p.clawbackOwed,
                      unit: p.unit === 'stamps' ? t('stamps') : t('points'),
                    })}
              </span>
            )}
            <ExpiryNotice
              kind={p.unit}
              balance={p.expiry?.amount ?? 0}
              expiresAt={p.expiry?.expiresAt}
            />
            {p.vouchers.length > 0 ? (
              <ul className="customer-vouchers">
                {p.vouchers.map((v) => (
                  <li key={v.code}>
                    <code>{v.code}</code> {localized(v.rewardName)}
                    {v.expiresAt ? ` · ${format.date(v.expiresAt)}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted small">{t('noVouchers')}</span>
            )}
          </div>
        ))}
    </>
  );
}

function Consents({ customer }: { customer: CustomerDetail }) {
  const t = useT(messages);
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents')}</h2>
      <dl className="customer-facts">
        {CHANNELS.map((channel) => {
          const consent = customer.consents.find((k) => k.channel === channel);
          return (
            <div key={channel}>
              <dt>{t(`channel_${channel}`)}</dt>
              <dd className={consent?.granted ? 'ok' : 'muted'}>
                {consent
                  ? t(consent.granted ? 'granted' : 'refused', {
                      at: format.date(consent.recordedAt),
                      source: consent.source,
                    })
                  : t('unknownConsent')}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
