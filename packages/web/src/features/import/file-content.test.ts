import { describe, expect, it } from 'vitest';
import { base64OfBytes, progressOf } from './file-content.ts';

describe('base64OfBytes', () => {
  it('encodes like the server decodes, across chunk boundaries', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64OfBytes(new TextEncoder().encode('N° client;Prénom'))).toBe(
      Buffer.from('N° client;Prénom').toString('base64'),
    );
  });
});

describe('progressOf', () => {
  it('counts the steps from 1, the reading first', () => {
    expect(progressOf('reading')).toEqual({ n: 1, total: 5 });
    expect(progressOf('balances')).toEqual({ n: 5, total: 5 });
    expect(progressOf(null)).toEqual({ n: 1, total: 5 });
  });
});
