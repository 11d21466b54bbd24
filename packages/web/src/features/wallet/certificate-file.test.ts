import { describe, expect, it } from 'vitest';
import { certificateFile, expiresSoon } from './certificate-file.ts';

describe('a certificate file chosen in the form', () => {
  it('keeps PEM text as it is', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(certificateFile(new TextEncoder().encode(pem))).toEqual({ kind: 'pem', text: pem });
  });

  it('sends binary files (.p12, DER) in base64, byte for byte', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const file = certificateFile(bytes);
    expect(file.kind).toBe('binary');
    const back = Uint8Array.from(atob(file.kind === 'binary' ? file.base64 : ''), (c) =>
      c.charCodeAt(0),
    );
    expect(back).toEqual(bytes);
  });

  it('warns 30 days before the certificate expires', () => {
    const now = new Date('2027-02-20T00:00:00Z');
    expect(expiresSoon('2027-03-14T12:00:00Z', now)).toBe(true);
    expect(expiresSoon('2027-04-14T12:00:00Z', now)).toBe(false);
  });
});
