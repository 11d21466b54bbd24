/**
 * What a file chosen in the Apple Wallet form holds: PEM text (a certificate or a key, as
 * `openssl` writes them) or binary DER/PKCS#12, which goes to the server in base64.
 * @example
 * certificateFile(new TextEncoder().encode('-----BEGIN CERTIFICATE-----…')) // { kind: 'pem', text: '-----BEGIN…' }
 */
export function certificateFile(bytes: Uint8Array):
  | { kind: 'pem'; text: string }
  | {
      kind: 'binary';
      base64: string;
    } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('-----BEGIN ')) return { kind: 'pem', text };
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { kind: 'binary', base64: btoa(binary) };
}

/** Whether a certificate expires within 30 days of `now` (the page asks to renew it). */
export function expiresSoon(iso: string, now: Date): boolean {
  return new Date(iso).getTime() - now.getTime() < 30 * 86_400_000;
}
