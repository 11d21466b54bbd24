import { describe, expect, it } from 'vitest';
import { cardTokenOf } from './card-path.ts';

describe("a card page's path", () => {
  it('is /c/ and the token, a trailing slash allowed', () => {
    expect(cardTokenOf('/c/Ab12_x-9')).toBe('Ab12_x-9');
    expect(cardTokenOf('/c/Ab12_x-9/')).toBe('Ab12_x-9');
  });

  it('takes a token of 1 to 128 characters, the card API’s limit', () => {
    expect(cardTokenOf(`/c/${'a'.repeat(128)}`)).toBe('a'.repeat(128));
    expect(cardTokenOf(`/c/${'a'.repeat(129)}`)).toBeNull();
    expect(cardTokenOf('/c/')).toBeNull();
    expect(cardTokenOf('/c')).toBeNull();
  });

  it('is no other page, and no token with a character outside letters, digits, _ and -', () => {
    expect(cardTokenOf('/c/abc/extra')).toBeNull();
    expect(cardTokenOf('/c/abc//')).toBeNull();
    expect(cardTokenOf('/card/abc')).toBeNull();
    expect(cardTokenOf('/x/c/abc')).toBeNull();
    expect(cardTokenOf('/c/a%3E%3B%20rel%3Dx')).toBeNull();
    expect(cardTokenOf('/c/a.b')).toBeNull();
  });
});
