import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Figure } from './Explain.tsx';
import { messages } from './messages.ts';
import { TableRegion } from './TableRegion.tsx';
import type { Overview } from './use-overview.ts';

/** Frequency and basket of members next to non-members. */
export function MembersTable({ o }: { o: Overview }) {
  const t = useT(messages);
  const f = useFormat();
  const rows = [
    { label: t('membersRow'), g: o.membersVsNonMembers.members },
    { label: t('nonMembersRow'), g: o.membersVsNonMembers.nonMembers },
  ];
  return (
    <Figure title={t('members')} explain={t('membersExplain')}>
      <TableRegion title={t('members')}>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t('colGroup')}</span>
              </th>
              <th scope="col">{t('colCustomers')}</th>
              <th scope="col">{t('colFrequency')}</th>
              <th scope="col">{t('colBasket')}</th>
              <th scope="col">{t('colRevenue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, g }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{f.number(g.customers)}</td>
                <td>
                  {g.purchasesPerCustomer === null ? t('none') : f.number(g.purchasesPerCustomer)}
                </td>
                <td>
                  {g.averageOrderValueCents === null
                    ? t('none')
                    : f.cents(g.averageOrderValueCents)}
                </td>
                <td>{f.cents(g.revenueCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </Figure>
  );
}
