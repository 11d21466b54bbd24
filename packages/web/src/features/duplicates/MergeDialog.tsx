import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useFormat, useLocalized, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { fullName } from '../customers/types.ts';
import { type ContactField, type MergeCandidate, mergeSummary } from './merge-summary.ts';
import { messages } from './messages.ts';

/**
 * Both customers side by side, which one is kept (the older by default, switchable), what the
 * merge will combine, and a confirmation. A modal `<dialog>`: Escape closes it.
 */
export function MergeDialog(props: {
  pair: [MergeCandidate, MergeCandidate];
  onClose(): void;
  onMerged(): void;
}) {
  const t = useT(messages);
  const format = useFormat();
  const localized = useLocalized();
  const client = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const [swapped, setSwapped] = useState(false);
  const [survivor, duplicate] = swapped ? [props.pair[1], props.pair[0]] : props.pair;
  const programs = useQuery({
    queryKey: ['programs', 'all'],
    queryFn: () =>
      call(api.GET('/api/v1/programs', { params: { query: { includeArchived: 'true' } } })),
  });
  const merge = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/customers/{id}/merge', {
          params: { path: { id: survivor.id } },
          body: { duplicateId: duplicate.id },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries();
      props.onMerged();
    },
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const summary = mergeSummary(survivor, duplicate);
  const programName = (id: string) =>
    localized(programs.data?.items.find((p) => p.id === id)?.name) || '';
  const balances = (list: { programId: string; unit: string; balance: number }[]) =>
    list.length === 0
      ? t('noBalance')
      : list
          .map((b) =>
            t('balance', {
              program: programName(b.programId),
              amount: t(b.unit === 'points' ? 'points' : 'stamps', { n: b.balance }),
            }),
          )
          .join(' · ');
  const describe = (c: {
    purchases: number;
    spentCents: number;
    notes: number;
    interactions: number;
    openVouchers: number;
    tags: string[];
    balances: { programId: string; unit: string; balance: number }[];
  }) => (
    <>
      <li>{t('purchases', { n: c.purchases, amount: format.cents(c.spentCents) })}</li>
      <li>{balances(c.balances)}</li>
      <li>{t('vouchers', { n: c.openVouchers })}</li>
      <li>
        {t('notes', { n: c.notes })}, {t('interactions', { n: c.interactions })}
      </li>
      {c.tags.length > 0 && <li>{t('tags', { tags: c.tags.join(', ') })}</li>}
    </>
  );
  const card = (c: MergeCandidate, title: string) => (
    <ul className="card" aria-label={title}>
      <li>
        <strong>{title}</strong>
      </li>
      <li>
        <strong>{fullName(c) || t('noName')}</strong>
      </li>
      {c.email && <li>{c.email}</li>}
      {c.phone && <li>{c.phone}</li>}
      <li className="muted small">{t('since', { date: format.date(c.customerSince) })}</li>
      {describe(c)}
    </ul>
  );
  return (
    <dialog
      ref={ref}
      className="merge-dialog stack"
      aria-labelledby="merge-title"
      onClose={props.onClose}
    >
      <h2 id="merge-title">{t('dialogTitle')}</h2>
      <div className="merge-columns">
        {card(survivor, t('keep'))}
        {card(duplicate, t('absorbed'))}
      </div>
      <button type="button" className="button secondary" onClick={() => setSwapped(!swapped)}>
        {t('swap')}
      </button>
      <section className="card" aria-labelledby="merge-combined">
        <h3 id="merge-combined">{t('combined')}</h3>
        <ul>
          <li>
            <strong>{fullName(summary.contact) || t('noName')}</strong>
          </li>
          {describe(summary)}
          {summary.taken.length > 0 && (
            <li>
              {t('taken', {
                fields: summary.taken
                  .map((f: ContactField) => t(`field_${f}` as `field_${ContactField}`))
                  .join(', '),
              })}
            </li>
          )}
        </ul>
      </section>
      <p className="small">{t('explain')}</p>
      <ProblemAlert error={merge.error} />
      <div className="row">
        <button
          type="button"
          className="button danger"
          disabled={merge.isPending}
          onClick={() => merge.mutate()}
        >
          {merge.isPending ? t('merging') : t('confirm')}
        </button>
        <button type="button" className="button secondary" onClick={() => ref.current?.close()}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
