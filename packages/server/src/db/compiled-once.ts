import { type Compilable, CompiledQuery } from 'kysely';

const PLACEHOLDER = '\u0000habitue-parameter:';

type Slot = { name: string } | { constant: unknown };
const compiled = new Map<string, { query: CompiledQuery; slots: Slot[] }>();

/**
 * A hot statement's Kysely query, built and compiled once per process for each `shape`, then
 * only given new parameter values: Kysely's building and compiling showed in the counter's
 * profile (≈ 10 % of the server's CPU per purchase), for SQL text that never changes.
 *
 * `build` receives a placeholder for each value, in place of the value, and must put each one
 * in the query as a parameter without looking at it (no branch on a value: what changes the
 * SQL text goes into `shape`). A value `build` adds itself (a constant) is kept as it is.
 *
 * @example
 *   const query = compiledOnce('customer-by-id', { merchantId, id }, (p) =>
 *     tx.selectFrom('customers').selectAll().where('merchant_id', '=', p.merchantId)
 *       .where('id', '=', p.id));
 *   const { rows } = await tx.executeQuery(query);
 */
export function compiledOnce<P extends Record<string, unknown>>(
  shape: string,
  values: P,
  build: (placeholders: P) => Compilable,
): CompiledQuery {
  let entry = compiled.get(shape);
  if (!entry) {
    const placeholders = Object.fromEntries(
      Object.keys(values).map((name) => [name, `${PLACEHOLDER}${name}`]),
    ) as P;
    const query = build(placeholders).compile();
    const slots = query.parameters.map(
      (p): Slot =>
        typeof p === 'string' && p.startsWith(PLACEHOLDER)
          ? { name: p.slice(PLACEHOLDER.length) }
          : { constant: p },
    );
    entry = { query, slots };
    compiled.set(shape, entry);
  }
  return CompiledQuery.raw(
    entry.query.sql,
    entry.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant)),
  );
}
