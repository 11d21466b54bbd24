import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { TableRegion } from '../dashboard/TableRegion.tsx';
import { messages } from './messages.ts';

/**
 * The shop's strongest "bought A, then B" habits, from its receipts: what the customer page
 * offers, and the item keys a campaign's « à proposer » segment takes.
 */
export function RulesSection() {
  const t = useT(messages);
  const f = useFormat();
  const can = useCan();
  const rules = useQuery({
    queryKey: ['cross-sell-rules'],
    queryFn: () => call(api.GET('/api/v1/cross-sell/rules', { params: { query: { limit: 20 } } })),
    enabled: can('analytics:read'),
  });
  if (!can('analytics:read')) return null;
  const r = rules.data;
  return (
    <section className="card stack" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p className="muted small">{t('rulesIntro')}</p>
      <ProblemAlert error={rules.error} />
      {r && r.rules.length === 0 && (
        <p className="muted">{t('noRules', { n: r.customersWithItems })}</p>
      )}
      {r && r.rules.length > 0 && (
        <TableRegion title={t('rulesTitle')}>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('colAfter')}</th>
                <th scope="col">{t('colThen')}</th>
                <th scope="col">{t('colConfidence')}</th>
                <th scope="col">{t('colLift')}</th>
                <th scope="col">{t('colCustomers')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rules.map((rule) => (
                <tr key={`${rule.antecedent}>${rule.consequent}`}>
                  <th scope="row">{rule.antecedentName}</th>
                  <td>
                    {rule.consequentName} <span className="muted small">({rule.consequent})</span>
                  </td>
                  <td>{f.percent(rule.confidence)}</td>
                  <td>{t('times', { x: f.number(rule.lift) })}</td>
                  <td>{f.number(rule.customers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
