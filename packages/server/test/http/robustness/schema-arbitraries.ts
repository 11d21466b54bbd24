import fc from 'fast-check';
import { anyJson, nastyText, wrongType } from './hostile-values.ts';
import type { JsonSchema } from './openapi-operations.ts';

/**
 * Arbitraries driven by the OpenAPI schemas, so a new route is fuzzed with bodies of roughly
 * its own shape as soon as it appears in the document.
 */

const types = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/**
 * Real values of the fuzzed merchant, so that bodies also name records that exist: `uuids` for
 * any uuid field, `fields` by property name (`cardToken`, `voucherCode`, `customerId`…).
 */
export type Known = { uuids: readonly string[]; fields: Record<string, readonly string[]> };

export const NOTHING_KNOWN: Known = { uuids: [], fields: {} };

/** A value that satisfies `schema` as far as a generator reasonably can (patterns use examples). */
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
