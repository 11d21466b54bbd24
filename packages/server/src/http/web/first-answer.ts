import type { Context } from 'hono';
import type { AppEnv } from '../types.ts';

/** The id of the element that carries it (read by packages/web/src/app/first-answer.ts). */
export const FIRST_ANSWER_ID = 'first-answer';

/** An API answer written into the page that would have asked for it first. */
export type FirstAnswer = {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
};

/** Request headers that would change how the API encodes or validates its answer. */
const NOT_FORWARDED = ['accept-encoding', 'if-none-match', 'if-modified-since', 'range'];
/** Answer headers the page acts on (a rate limit's wait). */
const KEPT = ['retry-after'];

/**
 * Asks the API, within this process, what the page at this path would ask first, as the
 * browser would (its cookies, its address for the rate limits, the request id for the logs):
 * the same route, limits and errors, so the page shows what it would have shown, after one
 * round trip instead of two. Undefined when the answer is not JSON.
 */
export async function askFirst(
  fetchApi: (request: Request) => Response | Promise<Response>,
  c: Context<AppEnv>,
  url: string,
): Promise<FirstAnswer | undefined> {
  const headers = new Headers(c.req.raw.headers);
  for (const name of NOT_FORWARDED) headers.delete(name);
  headers.set('accept', 'application/json');
  const requestId = c.get('requestId');
  if (requestId) headers.set('x-request-id', requestId);
  const answer = await fetchApi(new Request(new URL(url, c.req.url), { headers }));
  if (!/json/.test(answer.headers.get('content-type') ?? '')) return undefined;
  const kept: Record<string, string> = {};
  for (const name of KEPT) {
    const value = answer.headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return { url, status: answer.status, headers: kept, body: await answer.json() };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON that can sit inside a `<script>` element whatever the strings in it hold: `<`, `>` and
 * `&` written as `\u003c`… (so no `</script>`, `<!--` or `]]>` can close or change the
 * element), and the two line separators JavaScript once refused. `JSON.parse` reads it back
 * to the same value.
 * @example scriptSafeJson({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The page with the answer in it, as data (`type="application/json"`: never run). */
export function withFirstAnswer(html: string, answer: FirstAnswer): string {
  const element = `<script type="application/json" id="${FIRST_ANSWER_ID}">${scriptSafeJson(answer)}</script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + element : html.slice(0, end) + element + html.slice(end);
}
