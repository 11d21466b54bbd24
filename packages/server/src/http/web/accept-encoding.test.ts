import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './accept-encoding.ts';

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('prefers brotli when the client takes both, whatever their order', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('br, gzip', both)).toBe('br');
  });

  it('sends gzip to a client without brotli, or when brotli was not written', () => {
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });

  it('follows the weights the client gives', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('BR;Q=1, GZIP;Q=0.1', both)).toBe('br');
  });

  it('sends the file as it is when nothing acceptable is available', () => {
    expect(chooseEncoding(undefined, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
    expect(chooseEncoding('identity', both)).toBe('identity');
    expect(chooseEncoding('deflate', both)).toBe('identity');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBe('identity');
    expect(chooseEncoding('gzip, br', [])).toBe('identity');
  });

  it('reads the wildcard, and lets a named refusal win over it', () => {
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('br;q=0, *', both)).toBe('gzip');
    expect(chooseEncoding('*;q=0', both)).toBe('identity');
  });

  it('ignores a weight that is not a number rather than trusting it', () => {
    expect(chooseEncoding('br;q=abc, gzip', both)).toBe('gzip');
  });
});
