import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/**
 * On the customer's card: "Parrainez un ami" with the link to share (the shop's sign-up page
 * carrying their referral code — never the card's own link, which is a secret).
 */
export function ReferralShare({ referral }: { referral: { code: string; url: string } | null }) {
  const t = useT(messages);
  const [copied, setCopied] = useState(false);
  if (!referral) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(referral.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section className="card stack card-referral" aria-labelledby="referral-title">
      <h2 id="referral-title">{t('shareTitle')}</h2>
      <p>{t('shareText')}</p>
      <p>
        <a href={referral.url} className="referral-link">
          {referral.url}
        </a>
      </p>
      <p className="muted">{t('shareCode', { code: referral.code })}</p>
      <div className="row">
        <button type="button" className="button secondary" onClick={copy}>
          {t('copy')}
        </button>
        {canShare && (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              navigator.share({ title: t('shareTitle'), url: referral.url }).catch(() => {})
            }
          >
            {t('share')}
          </button>
        )}
      </div>
      {copied && (
        <p className="alert ok" role="status">
          {t('copied')}
        </p>
      )}
    </section>
  );
}
