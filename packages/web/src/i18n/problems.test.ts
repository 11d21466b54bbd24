import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../server/src/errors/app-error.ts';
import { PROBLEM_TEXTS } from './problem-texts.ts';
import { fieldText, problemText } from './problems.ts';

const problem = (code: string, extra: Record<string, unknown> = {}, fields = [] as never[]) => ({
  status: 409,
  code,
  fields,
  extra,
});

describe('the problem catalogue', () => {
  it('has French and English text for every code of the server’s error table', () => {
    const missing = Object.keys(ERROR_CODES).filter(
      (code) => !PROBLEM_TEXTS[code]?.fr.trim() || !PROBLEM_TEXTS[code]?.en.trim(),
    );
    expect(missing, 'add these codes to packages/web/src/i18n/problem-texts.ts').toEqual([]);
  });

  it('words a problem from the catalogue, not from the server’s English detail', () => {
    expect(problemText(problem('voucher_expired'), 'fr')).toBe('Ce bon a expiré.');
    expect(problemText(problem('voucher_expired'), 'en')).toBe('This voucher has expired.');
  });

  it('fills values from the problem’s extensions, with plurals', () => {
    expect(problemText(problem('invalid_amount', { limit: 180 }), 'fr')).toBe(
      'Au plus 180 tampons d’un coup sur cette carte.',
    );
    expect(problemText(problem('rate_limited', { retryAfterSeconds: 1 }), 'fr')).toBe(
      'Trop de tentatives. Réessayez dans 1 seconde.',
    );
    expect(problemText(problem('rate_limited'), 'en')).toBe(
      'Too many attempts. Try again in a moment.',
    );
    expect(
      problemText(
        problem('adjustment_limit_exceeded', { limit: { perAdjustment: 10, dailyRemaining: 4 } }),
        'en',
      ),
    ).toContain('at most 10 per adjustment, 4 left today');
    expect(problemText(problem('refund_window_closed', { windowHours: 24 }), 'fr')).toBe(
      'Votre rôle ne permet de rembourser que les achats des 24 dernières heures : demandez au gérant.',
    );
  });

  it('says a 500 with its correlation id, and an unknown code without English', () => {
    const broken = {
      status: 500,
      code: 'internal_error',
      fields: [],
      extra: { correlationId: 'r-1' },
    };
    expect(problemText(broken, 'fr')).toContain('citez ce code : r-1');
    expect(problemText(problem('brand_new_code'), 'fr')).toBe(
      'La demande a été refusée (brand_new_code).',
    );
  });

  it('appends the first field’s problem to a validation problem', () => {
    const invalid = {
      status: 422,
      code: 'validation_failed',
      fields: [
        { field: 'email', code: 'invalid_format', format: 'email', message: 'Invalid email' },
      ],
      extra: {},
    };
    expect(problemText(invalid, 'fr')).toBe(
      'Certaines informations ne sont pas valides. Adresse e-mail non valide.',
    );
  });
});

describe('field problems', () => {
  it('writes a money limit as money in the person’s language', () => {
    const amount = {
      field: 'amountCents',
      code: 'too_big',
      origin: 'number',
      maximum: 100_000_000,
    };
    expect(fieldText(amount, 'fr')).toBe('Trop grand : 1\u202f000\u202f000,00\u00a0€ au plus');
    expect(fieldText(amount, 'en')).toBe('Too big: at most €1,000,000.00');
  });

  it('counts characters with plurals, and says "required" for an empty required text', () => {
    const long = { field: 'name', code: 'too_big', origin: 'string', maximum: 100 };
    expect(fieldText(long, 'fr')).toBe('Trop long : 100 caractères au plus');
    const empty = { field: 'name', code: 'too_small', origin: 'string', minimum: 1 };
    expect(fieldText(empty, 'fr')).toBe('Obligatoire');
    expect(fieldText({ ...empty, minimum: 10 }, 'en')).toBe('Too short: at least 10 characters');
  });

  it('prefers a field’s own wording of a code, then the code, then the problem table', () => {
    expect(fieldText({ field: 'firstName', code: 'required' }, 'fr')).toBe(
      'Donnez au moins un nom, un e-mail ou un téléphone',
    );
    expect(fieldText({ field: 'lastName', code: 'required' }, 'fr')).toBe('Obligatoire');
    expect(fieldText({ field: 'stampsPerCard', code: 'invalid_program' }, 'en')).toBe(
      'A program setting is out of range.',
    );
    expect(fieldText({ field: 'x', code: 'never_seen' }, 'fr')).toBe('Non valide');
  });

  it('lists the allowed values', () => {
    const kind = { field: 'kind', code: 'invalid_value', values: ['stamps', 'points'] };
    expect(fieldText(kind, 'fr')).toBe('Valeur non prévue (possibles : stamps, points)');
  });
});
