import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { defineMessages, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';

const messages = defineMessages({
  fr: {
    title: 'Confidentialité',
    hint: 'La page d’inscription et votre page de confidentialité nomment votre commerce comme responsable des données. Donnez l’adresse postale et le contact où vos clients exercent leurs droits.',
    address: 'Adresse postale du commerce',
    contactEmail: 'E-mail pour les demandes sur les données',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    page: 'Voir votre page de confidentialité',
  },
  en: {
    title: 'Privacy',
    hint: 'The sign-up page and your privacy page name your business as data controller. Give the postal address and the contact where your customers exercise their rights.',
    address: 'Postal address of the business',
    contactEmail: 'Email for data requests',
    save: 'Save',
    saved: 'Saved.',
    page: 'See your privacy page',
  },
});

/** Settings → Privacy: what the privacy notice names besides the shop's name (owners). */
export function PrivacySettingsSection() {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: ['privacy-settings'],
    queryFn: () => call(api.GET('/api/v1/privacy-settings')),
  });
  const [address, setAddress] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  useEffect(() => {
    if (!settings.data) return;
    setAddress(settings.data.controller.address ?? '');
    setContactEmail(settings.data.controller.contactEmail ?? '');
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/privacy-settings', {
          body: { address: address.trim() || null, contactEmail: contactEmail.trim() || null },
        }),
      ),
    onSuccess: (data) => client.setQueryData(['privacy-settings'], data),
  });
  if (!can('merchant:manage')) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="privacy-settings-title" id="privacy">
      <h2 id="privacy-settings-title">{t('title')}</h2>
      <p className="muted small">{t('hint')}</p>
      <form className="stack" onSubmit={submit}>
        <Field
          label={t('address')}
          value={address}
          maxLength={300}
          onChange={(e) => setAddress(e.target.value)}
        />
        <Field
          label={t('contactEmail')}
          type="email"
          value={contactEmail}
          maxLength={254}
          onChange={(e) => setContactEmail(e.target.value)}
        />
        <ProblemAlert error={save.error} />
        {save.isSuccess && (
          <p className="alert" role="status">
            {t('saved')}
          </p>
        )}
        <div className="row">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save')}
          </button>
          {settings.data && <a href={settings.data.policyPath}>{t('page')}</a>}
        </div>
      </form>
    </section>
  );
}
