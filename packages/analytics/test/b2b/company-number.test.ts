import { describe, expect, it } from 'vitest';
import { checkCompanyNumber, luhnValid } from '../../src/measures.ts';

describe('checkCompanyNumber', () => {
  it('accepts a SIREN and a SIRET with a good Luhn key, as typed', () => {
    expect(checkCompanyNumber('732 829 320')).toEqual({
      valid: true,
      kind: 'siren',
      siren: '732829320',
      value: '732829320',
    });
    expect(checkCompanyNumber('732.829.320.00074')).toMatchObject({
      valid: true,
      kind: 'siret',
      siren: '732829320',
      value: '73282932000074',
    });
  });

  it('refuses a wrong check digit, a wrong length and letters, saying which', () => {
    expect(checkCompanyNumber('732829321')).toEqual({ valid: false, reason: 'bad_check_digit' });
    expect(checkCompanyNumber('73282932000075')).toEqual({
      valid: false,
      reason: 'bad_check_digit',
    });
    expect(checkCompanyNumber('7328293')).toEqual({ valid: false, reason: 'wrong_length' });
    expect(checkCompanyNumber('73282932O')).toEqual({ valid: false, reason: 'not_digits' });
    expect(checkCompanyNumber('')).toEqual({ valid: false, reason: 'not_digits' });
  });

  it('refuses a SIRET whose SIREN part fails its own key even when the 14 digits pass', () => {
    // 9 digits failing Luhn, completed by a NIC that makes the 14 pass.
    const siren = '732829321';
    const nic = Array.from({ length: 100 }, (_, i) => `000${String(i).padStart(2, '0')}`).find(
      (candidate) => luhnValid(siren + candidate),
    )!;
    expect(luhnValid(siren + nic)).toBe(true);
    expect(checkCompanyNumber(siren + nic)).toEqual({ valid: false, reason: 'bad_check_digit' });
  });

  it("follows La Poste's exception: its establishments' digits add up to a multiple of 5", () => {
    expect(checkCompanyNumber('35600000000048')).toMatchObject({ valid: true }); // head office, Luhn
    expect(luhnValid('35600000049837')).toBe(false);
    expect(checkCompanyNumber('356 000 000 49837')).toMatchObject({
      valid: true,
      kind: 'siret',
      siren: '356000000',
    });
    // Sum 46: neither rule holds.
    expect(checkCompanyNumber('35600000049838')).toEqual({
      valid: false,
      reason: 'bad_check_digit',
    });
    // The exception is La Poste's alone: the same sum rule does not save another company.
    expect(checkCompanyNumber('73282932000079')).toEqual({
      valid: false,
      reason: 'bad_check_digit',
    });
  });
});
