import createClient, { type Middleware } from 'openapi-fetch';
import { problemFrom } from './problem.ts';
import type { paths } from './schema.d.ts';

/**
 * The typed API client, generated from the server's OpenAPI document (docs/openapi.json →
 * src/api/schema.d.ts, `npm run api-types`). Any non-2xx answer is thrown as an ApiProblem, so
 * screens handle errors in one way.
 */
const throwProblems: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await problemFrom(response);
    return undefined;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(throwProblems);

/** A fresh key per user action: a double tap or a network retry of the same action is one effect. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** Unwraps openapi-fetch's `{ data }` (errors were already thrown). */
export async function call<T>(request: Promise<{ data?: T }>): Promise<T> {
  const { data } = await request;
  return data as T;
}
