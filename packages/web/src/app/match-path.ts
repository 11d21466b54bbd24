/**
 * The parameters of `pattern` (react-router's syntax: `/c/:token`) in `pathname`, decoded, or
 * null when it does not match. A trailing slash is ignored; every parameter must be non-empty.
 *
 * @example matchPath('/join/:slug/:token', '/join/cafe/x1') // { slug: 'cafe', token: 'x1' }
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const segments = (path: string) => path.replace(/\/+$/, '').split('/');
  const wanted = segments(pattern);
  const actual = segments(pathname);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of wanted.entries()) {
    const value = actual[i] ?? '';
    if (part.startsWith(':')) {
      if (!value) return null;
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null; // a malformed escape is no address of ours
      }
    } else if (part !== value) return null;
  }
  return params;
}
