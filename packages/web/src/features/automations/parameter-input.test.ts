import { describe, expect, it } from 'vitest';
import { parameterValue, shareFromPercent } from './parameter-input.ts';

describe('automation parameters typed in a form', () => {
  it('reads numbers the French way too, keeps text and switches', () => {
    expect(parameterValue(7, '10')).toBe(10);
    expect(parameterValue(0.3, '0,25')).toBe(0.25);
    expect(parameterValue(7, 'dix')).toBeUndefined();
    expect(parameterValue(7, ' ')).toBeUndefined();
    expect(parameterValue('', 'chaudière')).toBe('chaudière');
    expect(parameterValue(false, true)).toBe(true);
  });

  it('turns a percentage into the share the server stores', () => {
    expect(shareFromPercent('10')).toBe(0.1);
    expect(shareFromPercent('12,5')).toBe(0.125);
    expect(shareFromPercent('')).toBeUndefined();
  });
});
