/**
 * A file's bytes in base64, as the upload sends them (the API takes JSON only, which keeps
 * cross-site form posts out). Chunked: `String.fromCharCode(...bytes)` overflows the stack on
 * a large file.
 * @example await base64OfBytes(new TextEncoder().encode('Nom;Date')) // 'Tm9tO0RhdGU='
 */
export function base64OfBytes(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** The steps a running import goes through, in order (as the server reports them). */
export const IMPORT_PROGRESS = [
  'reading',
  'customers',
  'purchases',
  'refunds',
  'balances',
] as const;

/** Which step of how many a running import is at (1-based), for "step 2 of 5". */
export function progressOf(step: string | null): { n: number; total: number } {
  const index = IMPORT_PROGRESS.indexOf(step as (typeof IMPORT_PROGRESS)[number]);
  return { n: Math.max(index, 0) + 1, total: IMPORT_PROGRESS.length };
}
