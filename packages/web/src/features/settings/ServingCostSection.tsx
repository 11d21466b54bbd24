import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from '../customers/euros.ts';
import { basisPointsText, percentToBasisPoints } from './percent.ts';
import { SaveRow, serverFieldError } from './SaveRow.tsx';
import { servingCostMessages as messages } from './serving-cost-messages.ts';

type Settings = components['schemas']['ServingCostSettings'];

const centsText = (cents: number | null) =>
  cents === null ? '' : (cents / 100).toFixed(2).replace('.', ',');

/** Réglages → Coût de service: the owner's hourly cost and financing rate. */
export function ServingCostSection() {
  const t = useT(messages);
  const settings = useQuery({
    queryKey: ['serving-cost-settings'],
    queryFn: () => call(api.GET('/api/v1/serving-cost-settings')),
  });
  return (
    <section id="serving-costs" className="card stack" aria-labelledby="serving-costs-title">
      <h2 id="serving-costs-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={settings.error} />
      {settings.data && <ServingCostForm initial={settings.data} />}
    </section>
  );
}

function ServingCostForm({ initial }: { initial: Settings }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [hourly, setHourly] = useState(centsText(initial.hourlyCostCents));
  const [rate, setRate] = useState(basisPointsText(initial.financingRateBp));
  const [saved, setSaved] = useState(false);
  const hourlyCents = hourly.trim() === '' ? null : euroToCents(hourly);
  const rateBp = rate.trim() === '' ? null : percentToBasisPoints(rate);
  const local = {
    hourly: hourly.trim() !== '' && hourlyCents === null ? t('notAmount') : undefined,
    rate: rate.trim() !== '' && rateBp === null ? t('notRate') : undefined,
  };
  const save = useMutation({
    mutationFn: (body: Settings) =>
      call(
        api.PUT('/api/v1/serving-cost-settings', {
          body,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (next) => {
      client.setQueryData(['serving-cost-settings'], next);
      void client.invalidateQueries({ queryKey: ['serving-cost'] });
      setSaved(true);
    },
  });
  const server = (field: string) => serverFieldError(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (local.hourly || local.rate) return;
    save.mutate({ hourlyCostCents: hourlyCents, financingRateBp: rateBp });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="row">
        <Field
          label={t('hourly')}
          hint={t('hourlyHint')}
          inputMode="decimal"
          value={hourly}
          onChange={(e) => setHourly(e.target.value)}
          error={local.hourly ?? server('hourlyCostCents')}
        />
        <Field
          label={t('financing')}
          hint={t('financingHint')}
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          error={local.rate ?? server('financingRateBp')}
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
