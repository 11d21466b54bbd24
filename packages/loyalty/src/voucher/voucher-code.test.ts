import { describe, expect, it } from 'vitest';
import { formatVoucherCode, normalizeVoucherCode, VOUCHER_ALPHABET } from './voucher-code.ts';

describe('voucher codes', () => {
  it('has 32 distinct symbols and none of 0, O, 1, I', () => {
    expect(new Set(VOUCHER_ALPHABET).size).toBe(32);
    expect(VOUCHER_ALPHABET).not.toMatch(/[0O1I]/);
  });

  it('maps each byte to one symbol, modulo 32, grouped by 4', () => {
    expect(formatVoucherCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 31]))).toBe('2345-678Z');
    // 32 → index 0 ('2'), 255 → index 31 ('Z'), 40 → index 8 ('A')
    expect(formatVoucherCode(new Uint8Array([32, 255, 40]))).toBe('2ZA');
  });

  it('normalizes what a cashier types', () => {
    expect(normalizeVoucherCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normalizeVoucherCode('ab-cd-ef-gh')).toBe('ABCD-EFGH');
    expect(normalizeVoucherCode(formatVoucherCode(new Uint8Array([9, 8, 7, 6, 5])))).toBe('BA98-7');
  });
});
