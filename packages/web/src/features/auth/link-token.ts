/**
 * The secret of an emailed link (`…/reset-password#token=…`). It travels in the fragment,
 * which the browser never sends to a server nor puts in a Referer header.
 * @example
 * tokenFromHash('#token=abc'); // 'abc'
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}
