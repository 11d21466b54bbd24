import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { basisPointsText, percentToBasisPoints } from './percent.ts';
import { SaveRow, serverFieldError } from './SaveRow.tsx';
import { valueSettingsMessages as messages } from './value-settings-messages.ts';

type Settings = components['schemas']['ValueSettings'];

/** Réglages → Valeur client: the margin and discount rate customer value is computed with. */
export function ValueSettingsSection() {
  const t = useT(messages);
  const settings = useQuery({
    queryKey: ['value-settings'],
    queryFn: () => call(api.GET('/api/v1/value-settings')),
  });
  return (
    <section id="value" className="card stack" aria-labelledby="value-title">
      <h2 id="value-title">{t('title')}</h2>
      {settings.data && (
        <p className="muted">
          {t('intro', {
            margin: basisPointsText(settings.data.defaults.marginRateBp),
            discount: basisPointsText(settings.data.defaults.annualDiscountRateBp),
          })}
        </p>
      )}
      <ProblemAlert error={settings.error} />
      {settings.data && <ValueSettingsForm initial={settings.data} />}
    </section>
  );
}

function ValueSettingsForm({ initial }: { initial: Settings }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [margin, setMargin] = useState(basisPointsText(initial.marginRateBp));
  const [discount, setDiscount] = useState(basisPointsText(initial.annualDiscountRateBp));
  const [saved, setSaved] = useState(false);
  const marginBp = margin.trim() === '' ? null : percentToBasisPoints(margin);
  const discountBp = discount.trim() === '' ? null : percentToBasisPoints(discount);
  const local = {
    margin: margin.trim() !== '' && marginBp === null ? t('notRate') : undefined,
    discount: discount.trim() !== '' && discountBp === null ? t('notRate') : undefined,
  };
  const save = useMutation({
    mutationFn: (body: Omit<Settings, 'defaults'>) =>
      call(
        api.PUT('/api/v1/value-settings', {
          body,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (next) => {
      client.setQueryData(['value-settings'], next);
      // Every figure that values customers changes with these rates.
      void client.invalidateQueries({
        predicate: (query) => String(query.queryKey[0]).startsWith('analytics'),
      });
      void client.invalidateQueries({ queryKey: ['serving-cost'] });
      setSaved(true);
    },
  });
  const server = (field: string) => serverFieldError(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (local.margin || local.discount) return;
    save.mutate({ marginRateBp: marginBp, annualDiscountRateBp: discountBp });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="row">
        <Field
          label={t('margin')}
          hint={t('marginHint')}
          inputMode="decimal"
          placeholder={basisPointsText(initial.defaults.marginRateBp)}
          value={margin}
          onChange={(e) => setMargin(e.target.value)}
          error={local.margin ?? server('marginRateBp')}
        />
        <Field
          label={t('discount')}
          hint={t('discountHint')}
          inputMode="decimal"
          placeholder={basisPointsText(initial.defaults.annualDiscountRateBp)}
          value={discount}
          onChange={(e) => setDiscount(e.target.value)}
          error={local.discount ?? server('annualDiscountRateBp')}
        />
      </div>
      <SaveRow
        error={save.error}
        pending={save.isPending}
        saved={saved}
        saveLabel={t('save')}
        savedLabel={t('saved')}
      />
    </form>
  );
}
