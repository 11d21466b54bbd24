import { describe, expect, it } from 'vitest';
import { isWebUrl } from './webhook-url.ts';

describe('isWebUrl', () => {
  it('accepts http and https URLs, spaces around them too', () => {
    expect(isWebUrl('https://crm.example.fr/hooks')).toBe(true);
    expect(isWebUrl(' http://93.184.215.14:8080/h ')).toBe(true);
  });

  it('refuses other schemes and what is not a URL', () => {
    expect(isWebUrl('ftp://example.fr/')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('crm.example.fr')).toBe(false);
    expect(isWebUrl('')).toBe(false);
  });
});
