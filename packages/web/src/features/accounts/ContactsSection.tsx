import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { fullName } from '../customers/types.ts';
import { messages } from './messages.ts';

type Account = components['schemas']['B2bAccountWithContacts'];

/** The customers who buy for the company; found by name, email or phone, added in one click. */
export function ContactsSection({ account }: { account: Account }) {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const found = useQuery({
    queryKey: ['customers', 'search', query],
    queryFn: () => call(api.GET('/api/v1/customers', { params: { query: { query, limit: 5 } } })),
    enabled: query.trim().length >= 2,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['b2b-account', account.id] });
  const path = (customerId: string) => ({ params: { path: { id: account.id, customerId } } });
  const add = useMutation({
    mutationFn: (customerId: string) =>
      call(api.PUT('/api/v1/b2b-accounts/{id}/contacts/{customerId}', path(customerId))),
    onSuccess: () => {
      setQuery('');
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (customerId: string) =>
      call(api.DELETE('/api/v1/b2b-accounts/{id}/contacts/{customerId}', path(customerId))),
    onSuccess: () => void refresh(),
  });
  const linked = new Set(account.contacts.map((c) => c.customerId));
  return (
    <section className="card stack" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contactsTitle')}</h2>
      <p className="muted small">{t('contactsIntro')}</p>
      {account.contacts.length === 0 && <p className="muted">{t('noContact')}</p>}
      <ul className="customer-notes">
        {account.contacts.map((c) => (
          <li key={c.customerId} className="row">
            <Link to={`/customers/${c.customerId}`}>
              {fullName(c) || c.email || c.phone || c.customerId}
            </Link>
            {can('customers:write') && (
              <button
                type="button"
                className="secondary"
                onClick={() => remove.mutate(c.customerId)}
                disabled={remove.isPending}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {can('customers:write') && (
        <div className="stack">
          <Field
            label={t('findCustomer')}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="customer-notes">
            {found.data?.items
              .filter((c) => !linked.has(c.id))
              .map((c) => (
                <li key={c.id} className="row">
                  <span>{fullName(c) || c.email || c.phone}</span>
                  <button type="button" onClick={() => add.mutate(c.id)} disabled={add.isPending}>
                    {t('add')}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
      <ProblemAlert error={add.error ?? remove.error ?? found.error} />
    </section>
  );
}
