import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';
import type { ImportMapping, MappingProblem } from './types.ts';

type Key = keyof (typeof messages)['fr'];

const PROBLEM_KEYS: Record<MappingProblem['code'], Key> = {
  'column-not-in-file': 'problem_columnNotInFile',
  'field-mapped-twice': 'problem_fieldMappedTwice',
  'column-mapped-twice': 'problem_columnMappedTwice',
  'no-customer-column': 'problem_noCustomerColumn',
  'purchase-needs-date': 'problem_purchaseNeedsDate',
  'purchase-needs-amount': 'problem_purchaseNeedsAmount',
};

const NOTICE_KEYS: Record<ImportMapping['notices'][number], Key> = {
  'amount-is-unit-price': 'notice_amountIsUnitPrice',
  'before-tax-amount': 'notice_beforeTax',
};

/** What stops the import as mapped, and what the owner should know about the amounts. */
export function MappingMessages({
  problems,
  notices,
  fieldName,
}: {
  problems: MappingProblem[];
  notices: ImportMapping['notices'];
  fieldName: (field: string) => string;
}) {
  const t = useT(messages);
  return (
    <>
      {problems.length > 0 && (
        <div className="alert error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={`${p.code}-${p.column ?? ''}-${p.field ?? ''}`}>
                {t(PROBLEM_KEYS[p.code], {
                  column: p.column ?? '',
                  field: p.field ? fieldName(p.field) : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.map((n) => (
        <p key={n} className="alert warn">
          {t(NOTICE_KEYS[n])}
        </p>
      ))}
    </>
  );
}
