import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.ts';

/**
 * Arbitraries for hostile input. They are driven by the OpenAPI schemas, so a new route is
 * fuzzed with bodies of roughly its own shape as soon as it appears in the document.
 */

const HUGE = 'A'.repeat(100_000);

/**
 * Short strings that pass most validators yet have broken servers before: NUL (PostgreSQL text
 * refuses it), lone surrogates, SQL, markup, escapes, right-to-left overrides, odd unicode.
 */
export const nastyText: fc.Arbitrary<string> = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  'Zoé\u0000',
  '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000',
  '\ud800',
  'x\udfff',
  "'; drop table customers; --",
  "' or '1'='1",
  '%',
  '%00',
  '\\',
  '"',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}<%= 7*7 %>',
  '👩‍👩‍👧‍👦🇫🇷',
  'Ｅｘｅｍｐｌｅ',
  '\u202eevil',
  '\u0007\u001b[31m',
  ' ',
  'null',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30',
  '99-99',
  'Not/AZone',
  '#zzzzzz',
);

/** Strings of any kind: random, unicode, nasty, and sizes far past any limit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  nastyText,
  fc.constantFrom('', 'é'.repeat(5_000), HUGE),
);

/** Numbers a schema rarely expects: negative, fractional, beyond int32/int64/safe range. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    2 ** 31,
    2 ** 53 + 2,
    2 ** 63,
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
  ),
);

/** Any JSON value, of any type, possibly nested. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(anyJson, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 }),
);

const types = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/** A value that satisfies `schema` as far as a generator reasonably can (patterns use examples). */
/**
 * Real values of the fuzzed merchant, so that bodies also name records that exist: `uuids` for
 * any uuid field, `fields` by property name (`cardToken`, `voucherCode`, `customerId`…).
 */
export type Known = { uuids: readonly string[]; fields: Record<string, readonly string[]> };

const NOTHING_KNOWN: Known = { uuids: [], fields: {} };

export function plausible(
  schema: JsonSchema,
  known: Known = NOTHING_KNOWN,
  depth = 0,
): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => plausible(s, known, depth + 1)));
  if (schema.allOf?.length) return plausible(Object.assign({}, ...schema.allOf), known, depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100_000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1e6, noNaN: true });
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(plausible(schema.items ?? {}, known, depth + 1), {
              maxLength: Math.min(schema.maxItems ?? 3, 3),
            });
      case 'object':
        return depth > 3
          ? fc.constant({})
          : objectOf(schema, known, (s) => plausible(s, known, depth + 1));
      case 'string':
        return plausibleString(schema, known);
      default:
        return anyJson;
    }
  });
  if (options.length === 0)
    return schema.properties
      ? objectOf(schema, known, (s) => plausible(s, known, depth + 1))
      : anyJson;
  return fc.oneof(...options);
}

function plausibleString(schema: JsonSchema, known: Known): fc.Arbitrary<string> {
  if (schema.format === 'email') {
    return fc.oneof(
      fc.emailAddress(),
      nastyText.map((t) => `${t}@example.fr`),
    );
  }
  if (schema.format === 'uuid') {
    return known.uuids.length > 0
      ? fc.oneof(fc.uuid(), fc.constantFrom(...known.uuids))
      : fc.uuid();
  }
  const fits = (t: string) =>
    t.length >= (schema.minLength ?? 0) && t.length <= (schema.maxLength ?? Infinity);
  if (schema.format === 'date-time') {
    return fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-22T10:00:00+14:00'),
    );
  }
  const random = fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 30, 30),
  });
  const nasty = nastyText.filter(fits);
  if (schema.example !== undefined || schema.pattern !== undefined) {
    // A pattern is rarely matched at random: mostly send the example, sometimes junk.
    const example = fc.constant(String(schema.example ?? ''));
    return fc.oneof({ weight: 3, arbitrary: example }, { weight: 1, arbitrary: nasty });
  }
  // Nasty text that fits the limits is what gets past validation into the database.
  return fc.oneof({ weight: 1, arbitrary: random }, { weight: 2, arbitrary: nasty });
}

function objectOf(
  schema: JsonSchema,
  known: Known,
  valueFor: (schema: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, s]) => {
      const real = known.fields[name] ?? [];
      const value =
        real.length > 0
          ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...real) }, valueFor(s))
          : valueFor(s);
      return [name, value];
    }),
  );
  return fc.record(model, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/**
 * A body of the right shape whose every value may turn hostile (wrong type, huge string,
 * unicode, negative or huge number), plus extra fields, including tenant-looking ones.
 */
export function nearlyValid(
  schema: JsonSchema,
  known: Known = NOTHING_KNOWN,
  depth = 0,
): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: plausible(schema, known, depth) },
    { weight: 1, arbitrary: wrongType },
  );
  if (!types(schema).includes('object') || depth > 3) {
    if (types(schema).includes('array') && schema.items && depth <= 3) {
      return fc.oneof(
        leaf,
        fc.array(nearlyValid(schema.items, known, depth + 1), { maxLength: 5 }),
      );
    }
    return leaf;
  }
  const extra = fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('merchantId', 'merchant_id', 'id', '__proto__', 'constructor', 'role'),
    ),
    anyJson,
    { maxKeys: 3 },
  );
  return fc
    .tuple(
      objectOf(schema, known, (s) => nearlyValid(s, known, depth + 1)),
      fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extra }),
    )
    .map(([body, more]) => ({ ...more, ...body }));
}

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

/**
 * Percent-encodes `text`; a lone surrogate, which encodeURIComponent refuses, goes out as its
 * raw (invalid UTF-8) bytes — exactly the kind of input a hostile client sends.
 */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

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
