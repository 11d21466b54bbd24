import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

type CardClubData = components['schemas']['PublicCard']['club'];

/** The club on the customer's card: membership until the renewal date, discount and perks. */
export function CardClub({ club }: { club: CardClubData | undefined }) {
  const t = useT(messages);
  const fmt = useFormat(undefined, 'UTC');
  if (!club || club.state === 'none') return null;
  const values = { club: club.name, date: club.renewsOn ? fmt.date(club.renewsOn) : '' };
  const line =
    club.state === 'active'
      ? t('cardMember', values)
      : club.state === 'grace'
        ? t('cardGrace', { ...values, date: club.endsOn ? fmt.date(club.endsOn) : '' })
        : club.state === 'ending'
          ? t('cardEnding', values)
          : t('cardLapsed', { ...values, date: club.endsOn ? fmt.date(club.endsOn) : '' });
  return (
    <section className="card stack" aria-label={club.name} data-testid="card-club">
      <p>
        <strong>{line}</strong>
      </p>
      {club.isMember && club.discountPercent > 0 && (
        <p>{t('memberDiscount', { percent: club.discountPercent })}</p>
      )}
      {club.isMember && club.perks.length > 0 && (
        <ul>
          {club.perks.map((perk) => (
            <li key={perk}>{perk}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
