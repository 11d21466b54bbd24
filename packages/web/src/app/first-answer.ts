import type { Middleware } from 'openapi-fetch';
import { problemFrom } from '../api/problem.ts';

/** Written by the server into the card page (packages/server/src/http/web/first-answer.ts). */
const ELEMENT_ID = 'first-answer';

type FirstAnswer = { url: string; status: number; headers: Record<string, string>; body: unknown };

function isFirstAnswer(value: unknown): value is FirstAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { url, status, headers } = value as Partial<FirstAnswer>;
  return typeof url === 'string' && typeof status === 'number' && typeof headers === 'object';
}

/** The answer the server wrote into this page, if it did (and it reads as one). */
export function readFirstAnswer(json: string | null | undefined): FirstAnswer | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return isFirstAnswer(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Answers the page's first request for the URL the server already answered, from the page
 * itself, once: the card shows after one round trip. Later requests (a refresh when the
 * customer comes back to the tab) go to the network. An error answer is thrown as the API
 * client throws it (ApiProblem), so the page says what it always said.
 */
export function answerFromPage(answer: FirstAnswer | null): Middleware {
  let kept = answer;
  return {
    async onRequest({ request }) {
      if (!kept || request.method !== 'GET' || new URL(request.url).pathname !== kept.url) return;
      const { status, headers, body } = kept;
      kept = null;
      const type = status >= 400 ? 'application/problem+json' : 'application/json';
      const response = new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': type, ...headers },
      });
      if (!response.ok) throw await problemFrom(response);
      return response;
    },
  };
}

/** The middleware for this document's embedded answer. */
export function answerFromThisPage(): Middleware {
  return answerFromPage(readFirstAnswer(document.getElementById(ELEMENT_ID)?.textContent));
}
