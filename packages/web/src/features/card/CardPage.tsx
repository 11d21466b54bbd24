import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ReferralShare } from '../bonuses/ReferralShare.tsx';
import { CardCause } from '../causes/CardCause.tsx';
import { CardClub } from '../club/CardClub.tsx';
import { CardTradeDiscount } from '../discounts/CardTradeDiscount.tsx';
import { TierStanding } from '../tiers/TierStanding.tsx';
import { cardQueryKey, type PublicCard } from './card-answer.ts';
import { messages } from './messages.ts';
import { ProgramProgress } from './ProgramProgress.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { QrCode } from './QrCode.tsx';
import { useCardManifest } from './use-card-manifest.ts';
import { WalletButtons } from './wallet/WalletButtons.tsx';
import './card.css';

export type { PublicCard };

/** The customer's card, behind its link: QR code for the counter, progress, vouchers. */
export function CardPage() {
  const { token = '' } = useParams();
  const t = useT(messages);
  const welcome = (useLocation().state as { welcome?: boolean } | null)?.welcome === true;
  const query = useQuery({
    queryKey: cardQueryKey(token),
    queryFn: () => call(api.GET('/api/v1/public/cards/{token}', { params: { path: { token } } })),
    retry: (count, error) => !(error instanceof ApiProblem) && count < 2,
    refetchOnWindowFocus: true,
  });
  useCardManifest(token, query.data?.business.name);
  useEffect(() => {
    document.title = query.data ? `${t('title')} · ${query.data.business.name}` : t('title');
  }, [query.data, t]);

  const card = query.data;
  if (!card) {
    const missing = query.error instanceof ApiProblem && query.error.status === 404;
    return (
      <PublicFrame businessName={null} brandColor={null}>
        {query.isPending ? (
          <p className="muted" role="status">
            {t('loading')}
          </p>
        ) : missing ? (
          <div className="alert error" role="alert">
            {t('notFound')}
          </div>
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </PublicFrame>
    );
  }
  return (
    <PublicFrame
      businessName={card.business.name}
      brandColor={card.business.brandColor}
      subtitle={card.firstName ? t('hello', { name: card.firstName }) : t('helloAnonymous')}
    >
      <h1 className="sr-only">{t('title')}</h1>
      {welcome && (
        <div className="alert ok welcome" role="status">
          {t('welcome')}
        </div>
      )}
      <section className="card card-qr" aria-labelledby="qr-title">
        <h2 id="qr-title">{t('showAtCounter')}</h2>
        <QrCode value={card.cardUrl} label={t('qrLabel')} size="min(260px, 70vw)" />
        <p className="token">{t('manualCode', { token: card.cardToken })}</p>
      </section>
      <TierStanding tier={card.tier} level={card.tierLevel} />
      <CardClub club={card.club} />
      <CardCause cause={card.cause} />
      <CardTradeDiscount trade={card.tradeDiscount} />
      <WalletButtons token={token} />
      {card.programs.map((program) => (
        <ProgramProgress key={`${program.kind}-${program.name.fr}`} program={program} />
      ))}
      <Vouchers card={card} />
      <ReferralShare referral={card.referral} />
    </PublicFrame>
  );
}

function Vouchers({ card }: { card: PublicCard }) {
  const t = useT(messages);
  const localized = useLocalized();
  const format = useFormat();
  const vouchers = card.programs.flatMap((p) => p.vouchers);
  return (
    <section className="card stack card-rewards" aria-labelledby="rewards-title">
      <h2 id="rewards-title">{t('rewardsTitle')}</h2>
      {vouchers.length === 0 ? (
        <p className="muted">{t('noVouchers')}</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {vouchers.map((v) => (
            <li key={v.code} className="voucher">
              <p>
                <strong>{localized(v.reward) || t('reward')}</strong>
              </p>
              <p className="code">{v.code}</p>
              <p className="small">
                {t('voucherHelp')}
                {v.expiresAt && <> {t('voucherExpires', { date: format.date(v.expiresAt) })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
