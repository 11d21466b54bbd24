import { checkCompanyNumber } from '@habitue/analytics';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { B2bAccountFields } from '../../repositories/b2b-accounts.ts';

/** An account as a person gives it: the company number is a SIREN or a SIRET, as typed. */
export type B2bAccountInput = {
  companyName: string;
  companyNumber?: string | null | undefined;
  address?: string | null | undefined;
  paymentTermsDays?: number | undefined;
  potentialEstimateCents?: number | null | undefined;
};

const COMPANY_NUMBER_MESSAGES = {
  not_digits: 'a SIREN has 9 digits, a SIRET 14',
  wrong_length: 'a SIREN has 9 digits, a SIRET 14',
  bad_check_digit: 'this number does not exist: check its digits',
} as const;

/**
 * The stored fields of an account from what was typed: names and addresses trimmed, the
 * SIREN/SIRET checked (with La Poste's exception) and split (a SIRET gives its SIREN too).
 */
export function accountFields(input: B2bAccountInput): B2bAccountFields {
  const errors: FieldError[] = [];
  const companyName = input.companyName.trim();
  if (companyName === '') {
    errors.push({ field: 'companyName', message: 'give the company name', code: 'required' });
  }
  let siren: string | null = null;
  let siret: string | null = null;
  const typed = input.companyNumber?.trim() ?? '';
  if (typed !== '') {
    const check = checkCompanyNumber(typed);
    if (check.valid) {
      siren = check.siren;
      siret = check.kind === 'siret' ? check.value : null;
    } else {
      errors.push({
        field: 'companyNumber',
        message: COMPANY_NUMBER_MESSAGES[check.reason],
        code:
          check.reason === 'bad_check_digit' ? 'company_number_invalid' : 'company_number_format',
      });
    }
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some details are missing or not valid', {
      fields: errors,
    });
  }
  return {
    companyName,
    siren,
    siret,
    address: input.address?.trim() || null,
    paymentTermsDays: input.paymentTermsDays ?? 30,
    potentialEstimateCents: input.potentialEstimateCents ?? null,
  };
}
