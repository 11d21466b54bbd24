import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useCan, useSession } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { PrivacySettingsSection } from '../join/PrivacySettingsSection.tsx';
import { AppleCertificateSection } from '../wallet/AppleCertificateSection.tsx';
import { AdjustmentPolicySection } from './AdjustmentPolicySection.tsx';
import { ApiKeysSection } from './ApiKeysSection.tsx';
import { AuditLogSection } from './AuditLogSection.tsx';
import { BusinessSection } from './BusinessSection.tsx';
import { JobsSection } from './JobsSection.tsx';
import { messages } from './messages.ts';
import { OutboxSection } from './OutboxSection.tsx';
import { permissionMessages } from './permission-messages.ts';
import { SecuritySection } from './SecuritySection.tsx';
import { ServingCostSection } from './ServingCostSection.tsx';
import { StaffSection } from './StaffSection.tsx';
import { ValueSettingsSection } from './ValueSettingsSection.tsx';
import { WebhooksSection } from './WebhooksSection.tsx';
import '../programs/programs.css';
import './settings.css';

/** The owner's settings: the business, the team, API keys and the activity log. */
export function SettingsPage() {
  const t = useT(messages);
  const tp = useT(permissionMessages);
  const { me } = useSession();
  const can = useCan();
  const { hash } = useLocation();
  // A link from elsewhere in the app (the dashboard's "add your team") lands on its section.
  useEffect(() => {
    if (hash && me) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, me]);
  if (!me) return null;
  if (!can('merchant:manage')) {
    return (
      <div className="stack">
        <h1>{t('title')}</h1>
        <p className="alert warn">{t('ownerOnly')}</p>
        {can('outbox:read') && <OutboxSection />}
        <SecuritySection />
      </div>
    );
  }
  return (
    <div className="stack settings">
      <h1>{t('title')}</h1>
      <p className="row jump">
        <span className="sr-only">{t('jumpTo')}</span>
        <a href="#business">{t('business')}</a>
        <a href="#staff">{t('staff')}</a>
        <a href="#adjustments">{tp('policyTitle')}</a>
        <a href="#api-keys">{t('apiKeys')}</a>
        <a href="#audit">{t('audit')}</a>
        <a href="#outbox">{t('outbox')}</a>
        <a href="#security">{t('security')}</a>
      </p>
      <BusinessSection key={me.merchant.id} merchant={me.merchant} />
      <StaffSection />
      <AdjustmentPolicySection />
      <ValueSettingsSection />
      <ServingCostSection />
      <PrivacySettingsSection />
      <AppleCertificateSection />
      <ApiKeysSection />
      <WebhooksSection />
      <AuditLogSection />
      <JobsSection />
      <OutboxSection />
      <SecuritySection />
    </div>
  );
}
