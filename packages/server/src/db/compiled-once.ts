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
    refuseCapturedValues(shape, slots, values);
    entry = { query, slots };
    compiled.set(shape, entry);
  }
  return CompiledQuery.raw(
    entry.query.sql,
    entry.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant)),
  );
}

/**
 * A value of this call that reached the query other than through its placeholder (`build`
 * closed over the variable instead of using `p`) would be kept as a constant, and every later
 * call of the process would run with it: the first shop's id in every other shop's statement.
 * Such a constant equals one of the values it was built with, which a real constant (a fixed
 * word, a list that is part of the shape) has no reason to: refused at the first build.
 */
function refuseCapturedValues(shape: string, slots: Slot[], values: Record<string, unknown>) {
  const given = Object.entries(values);
  for (const slot of slots) {
    if (!('constant' in slot)) continue;
    const captured = given.find(([, value]) => sameValue(value, slot.constant));
    if (captured) {
      throw new Error(
        `compiledOnce(${shape}): the value of "${captured[0]}" is in the query as a constant; use its placeholder`,
      );
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b && a !== null && a !== undefined;
}
