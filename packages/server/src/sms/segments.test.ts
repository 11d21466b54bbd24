import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsSize } from './segments.ts';
import { withStopMention } from './stop-mention.ts';

describe('smsSize', () => {
  it('counts a French text without accents outside GSM as one 160-character part', () => {
    const text = 'Bonjour, votre carte est prête'; // "ê" is not GSM
    expect(smsSize(text).encoding).toBe('ucs2');
    expect(smsSize('Votre carte Café Lune : https://x.fr/c/Ab3').encoding).toBe('gsm7');
    expect(smsSize('é è à ù É Ç').encoding).toBe('gsm7');
  });

  it('switches to parts of 153 septets past 160', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the euro sign and brackets twice', () => {
    expect(smsSize('5 €')).toEqual({ encoding: 'gsm7', units: 4, segments: 1 });
    expect(smsSize('€'.repeat(80)).segments).toBe(1);
    expect(smsSize('€'.repeat(81)).segments).toBe(2);
  });

  it('uses parts of 70 then 67 in UCS-2, an emoji taking two units', () => {
    expect(smsSize('ç'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('ç'.repeat(71)).segments).toBe(2);
    expect(smsSize('ç'.repeat(134)).segments).toBe(2);
    expect(smsSize('ç'.repeat(135)).segments).toBe(3);
    expect(smsSize('☕🥐').units).toBe(3);
  });

  it('never bills fewer parts than the characters need', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const size = smsSize(text);
        const capacity = size.encoding === 'gsm7' ? [160, 153] : [70, 67];
        const [single, perPart] = capacity as [number, number];
        if (size.units <= single) expect(size.segments).toBe(1);
        else expect(size.segments * perPart).toBeGreaterThanOrEqual(size.units);
        expect((size.segments - 1) * perPart).toBeLessThan(Math.max(size.units, 1));
      }),
    );
  });
});

describe('the STOP mention', () => {
  it('is counted as delivered: the provider’s 5-digit code, not the placeholder', () => {
    const text = withStopMention('a'.repeat(148));
    // 148 + newline + "STOP au " (8) + 5 digits = 162 septets: two parts, where the 11-letter
    // placeholder with its brackets (two septets each) would have counted 170.
    expect(text.endsWith('\nSTOP au [STOP_CODE]')).toBe(true);
    expect(smsSize(text)).toEqual({ encoding: 'gsm7', units: 162, segments: 2 });
    expect(smsSize(withStopMention('a'.repeat(146)))).toMatchObject({ units: 160, segments: 1 });
  });

  it('is added once', () => {
    expect(withStopMention(withStopMention('Promo'))).toBe('Promo\nSTOP au [STOP_CODE]');
  });
});
