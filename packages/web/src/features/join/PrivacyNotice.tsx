import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { privacyMessages } from './privacy-messages.ts';

export type ShopPrivacy = components['schemas']['ShopPrivacy'];

/**
 * The information owed at collection (GDPR art. 13), generated from the shop's settings: the
 * controller with its address, purposes, retention, rights with the CNIL complaint, and where
 * to exercise them. `full` adds what the privacy page says beyond the sign-up notice.
 */
export function PrivacyText({ privacy, full = false }: { privacy: ShopPrivacy; full?: boolean }) {
  const t = useT(privacyMessages);
  const { name, address, contactEmail } = privacy.controller;
  return (
    <>
      <p>{address ? t('controllerAt', { name, address }) : t('controller', { name })}</p>
      {full && <p>{t('whatData')}</p>}
      <p>{t('purposes')}</p>
      <p>{t('retention', { years: privacy.retentionYears })}</p>
      <p>{t('rights')}</p>
      <p>{contactEmail ? t('contact', { email: contactEmail }) : t('contactShop')}</p>
      {full && <p>{t('sharing')}</p>}
    </>
  );
}

/** The sign-up page's notice, with the link to the shop's privacy page. */
export function PrivacyNotice({ privacy }: { privacy: ShopPrivacy }) {
  const t = useT(privacyMessages);
  return (
    <section className="small muted join-privacy" aria-labelledby="join-privacy-title">
      <h2 id="join-privacy-title">{t('noticeTitle')}</h2>
      <PrivacyText privacy={privacy} />
      <a href={privacy.policyPath}>{t('readPolicy')}</a>
    </section>
  );
}
