import { useCallback } from 'react';
import { useLocalized, useT } from '../../i18n/i18n.tsx';
import { fieldMessages } from './messages.ts';
import type { ImportMapping } from './types.ts';

type FieldKey = keyof (typeof fieldMessages)['fr'];

/** A field of the reader's list (or a program's opening balance) as the person reads it. */
export function useFieldName(fields: ImportMapping['fields'] | undefined) {
  const t = useT(fieldMessages);
  const localized = useLocalized();
  return useCallback(
    (field: string) => {
      if (field.startsWith('openingBalance:')) {
        const program = fields?.find((f) => f.field === field)?.programName;
        return t('openingBalance', { program: program ? localized(program) : field.slice(15) });
      }
      return field in fieldMessages.fr ? t(field as FieldKey) : field;
    },
    [t, localized, fields],
  );
}
