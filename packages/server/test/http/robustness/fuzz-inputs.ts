import fc from 'fast-check';
import { anyJson, encode, hostileNumber, hostileString, nastyText } from './hostile-values.ts';
import type { JsonSchema } from './openapi-operations.ts';
import { type Known, NOTHING_KNOWN, nearlyValid } from './schema-arbitraries.ts';

/** The parts of a fuzzed request: body, content type, path parameters, query, headers. */

/** A request body: a JSON value, or raw text that is usually not JSON at all. */
export type FuzzBody = { json: unknown } | { raw: string } | undefined;

/** Bodies for an operation whose JSON body has `schema` (or none). */
export function fuzzBody(
  schema: JsonSchema | undefined,
  known: Known = NOTHING_KNOWN,
): fc.Arbitrary<FuzzBody> {
  const shaped = schema ? nearlyValid(schema, known) : anyJson;
  return fc.oneof(
    { weight: 4, arbitrary: shaped.map((json) => ({ json })) },
    { weight: 2, arbitrary: anyJson.map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.string().map((raw) => ({ raw })) },
    {
      weight: 2,
      arbitrary: fc.tuple(shaped, fc.nat()).map(([value, cut]) => {
        const text = JSON.stringify(value) ?? '';
        return { raw: text.slice(0, cut % (text.length + 1)) };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '{',
          '{"a":',
          '[',
          '""',
          'null',
          '{"firstName": 1e999, "name": 1e999}',
          '{"x": 123456789012345678901234567890}',
          '\ufeff{}',
          '{"firstName":"\\ud800","name":"\\ud800"}',
          '{"firstName":"a\\u0000b","name":"a\\u0000b","email":"a\\u0000@b.fr"}',
          '{"__proto__": {"admin": true}}',
          `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
          `{"name":"${'x'.repeat(1_100_000)}"}`,
        )
        .map((raw) => ({ raw })),
    },
  );
}

/** Content types a client might wrongly (or nearly rightly) send. `undefined`: none at all. */
export const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/merge-patch+json',
      'application/json; charset=latin1',
      'application/jsonx',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----habitue',
      'application/octet-stream',
    ),
  },
);

/** A path parameter as sent on the wire: random uuids, non-uuids, SQL, bad escapes, size. */
export function pathValue(knownIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: knownIds.length > 0 ? fc.constantFrom(...knownIds) : fc.uuid() },
    { weight: 2, arbitrary: hostileString.map(encode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%zz',
        '%E0%A4%A',
        '%00',
        '%2F',
        '..',
        '.',
        '00000000-0000-0000-0000-000000000000',
        'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
        '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b0',
        "1'%20or%20'1'%3D'1",
        'x'.repeat(10_000),
      ),
    },
  );
}

/** A query string (with its "?"), mixing the documented parameters and junk. */
export function queryString(documented: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    ...(documented.length > 0 ? [fc.constantFrom(...documented)] : []),
    fc.string({ maxLength: 10 }),
    fc.constantFrom('__proto__', 'limit', 'cursor', 'merchantId'),
  );
  const value = fc.oneof(
    hostileString.map(encode),
    nastyText.map(encode),
    hostileNumber.map(String),
    fc.uuid(),
    fc.constantFrom('', '%', '%zz', '-1', '0', '1e999', '99999999999999999999', 'true', '[]'),
  );
  return fc
    .array(fc.tuple(name, value), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0
        ? ''
        : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}`,
    );
}

const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });

/** Odd headers: garbage credentials and cookies, huge idempotency keys and request ids. */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    authorization: fc.oneof(
      headerText,
      fc.constantFrom(
        '',
        'Bearer',
        'Bearer ',
        'Bearer hab_x_y',
        'Bearer a b',
        'Basic Zm9vOmJhcg==',
        `Bearer hab_${'a'.repeat(8_000)}`,
      ),
    ),
    cookie: fc.oneof(
      headerText.map((t) => `habitue_session=${t}`),
      fc.constantFrom(
        ';;;==',
        'habitue_session=',
        'habitue_session=%',
        'habitue_session=%zz',
        'habitue_session="quoted"',
        'habitue_session=a; habitue_session=b',
        `habitue_session=${'x'.repeat(8_000)}`,
      ),
    ),
    'idempotency-key': fc.oneof(headerText, fc.constant('k'.repeat(10_000)), fc.constant('')),
    'x-request-id': fc.oneof(headerText, fc.constant('r'.repeat(5_000))),
    'x-forwarded-for': fc.oneof(headerText, fc.constant('1.2.3.4, ::1, garbage')),
    accept: fc.constantFrom('text/html', '*/*', 'application/xml', ''),
  },
  { requiredKeys: [] },
);
