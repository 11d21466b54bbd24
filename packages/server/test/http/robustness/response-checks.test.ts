import { describe, expect, it } from 'vitest';
import { responseProblems } from './response-checks.ts';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  status,
  contentType: 'application/problem+json',
  text: JSON.stringify({ type: 'x', title: 'x', status, detail: 'x', code, ...extra }),
});

/** The fuzzer is only as good as its verdicts: each rule must catch what it names. */
describe('what the fuzzer counts as a bad answer', () => {
  it('accepts a success and a well-formed problem', () => {
    expect(responseProblems({ status: 200, contentType: 'application/json', text: '{}' })).toEqual(
      [],
    );
    expect(responseProblems(problem(404, 'not_found'))).toEqual([]);
    expect(responseProblems(problem(404, 'voucher_not_found'))).toEqual([]);
  });

  it('refuses a 5xx, even a tidy one', () => {
    expect(responseProblems(problem(500, 'internal_error'))).toEqual(['answered 500']);
  });

  it('refuses a 4xx that is not a problem document with a matching code and status', () => {
    expect(
      responseProblems({ status: 400, contentType: 'text/plain', text: 'Bad Request' }),
    ).toEqual([expect.stringContaining('instead of application/problem+json')]);
    expect(responseProblems(problem(400, 'not_found'))).toEqual([
      'code "not_found" sent with HTTP 400',
    ]);
    expect(responseProblems(problem(422, 'made_up'))).toEqual(['an unknown error code "made_up"']);
    expect(
      responseProblems({
        status: 422,
        contentType: 'application/problem+json',
        text: JSON.stringify({ code: 'validation_failed', status: 400 }),
      }),
    ).toEqual(['problem status 400 ≠ HTTP 422']);
  });

  it('refuses stack traces, file paths and driver messages in any body', () => {
    const leaks = [
      'TypeError: Cannot read properties of undefined',
      '    at recordPurchase (/work/main/packages/server/src/use-cases/record-purchase.ts:42:7)',
      'at file:///app/node_modules/kysely/dist/esm/kysely.js:947:20',
    ];
    for (const leak of leaks) {
      expect(
        responseProblems({ status: 200, contentType: 'application/json', text: leak }),
      ).not.toEqual([]);
    }
    expect(
      responseProblems(
        problem(409, 'conflict', { detail: 'duplicate key value violates unique constraint' }),
      ),
    ).toEqual([expect.stringContaining('passes a driver message through')]);
  });
});
