import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/** "Vos achats ont déjà donné 12,40 € à la SPA de Montreuil", on the customer's card. */
export function CardCause({
  cause,
}: {
  cause: components['schemas']['PublicCard']['cause'] | undefined;
}) {
  const t = useT(messages);
  const fmt = useFormat();
  if (!cause) return null;
  return (
    <section className="card" data-testid="card-cause">
      <p>
        {cause.givenCents > 0
          ? t('cardLine', { amount: fmt.cents(cause.givenCents), cause: cause.name })
          : t('cardLineNothing', { cause: cause.name })}
      </p>
    </section>
  );
}
