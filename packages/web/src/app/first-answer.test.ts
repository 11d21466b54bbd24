import type { MiddlewareCallbackParams } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem.ts';
import { answerFromPage, readFirstAnswer } from './first-answer.ts';

const URL_ = '/api/v1/public/cards/abc123';

/** What openapi-fetch hands a middleware before sending a request. */
function asked(method: string, path: string) {
  return {
    request: new Request(`https://shop.example${path}`, { method }),
  } as MiddlewareCallbackParams;
}

describe("the card's first answer, written in the page", () => {
  it('reads what the server wrote, and nothing else', () => {
    const written = JSON.stringify({ url: URL_, status: 200, headers: {}, body: { a: 1 } });
    expect(readFirstAnswer(written)).toEqual({
      url: URL_,
      status: 200,
      headers: {},
      body: { a: 1 },
    });
    expect(readFirstAnswer(null)).toBeNull();
    expect(readFirstAnswer('not json')).toBeNull();
    expect(readFirstAnswer('{"url":3}')).toBeNull();
  });

  it('answers the first request for its URL, once; other requests go to the network', async () => {
    const middleware = answerFromPage({
      url: URL_,
      status: 200,
      headers: {},
      body: { token: 'abc123' },
    });
    const onRequest = middleware.onRequest!;
    expect(await onRequest(asked('GET', '/api/v1/public/cards/other'))).toBeUndefined();
    expect(await onRequest(asked('POST', URL_))).toBeUndefined();
    const first = await onRequest(asked('GET', URL_));
    expect(first).toBeInstanceOf(Response);
    expect(await (first as Response).json()).toEqual({ token: 'abc123' });
    expect(await onRequest(asked('GET', URL_))).toBeUndefined();
  });

  it('throws a problem as the API client does, so the page words it as before', async () => {
    const middleware = answerFromPage({
      url: URL_,
      status: 429,
      headers: { 'retry-after': '30' },
      body: { status: 429, code: 'rate_limited', detail: 'Too many' },
    });
    const thrown = await Promise.resolve(middleware.onRequest!(asked('GET', URL_))).catch((e) => e);
    expect(thrown).toBeInstanceOf(ApiProblem);
    expect(thrown).toMatchObject({ status: 429, code: 'rate_limited' });
  });
});
