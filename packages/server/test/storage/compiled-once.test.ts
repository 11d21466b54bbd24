import { expect, it } from 'vitest';
import { compiledOnce } from '../../src/db/compiled-once.ts';
import { describeEachBackend } from '../support/backends.ts';

describeEachBackend('a query compiled once, run with new values', (database) => {
  it('each run answers for its own values; a constant the query adds itself is kept', async () => {
    const { db } = database();
    const query = (values: { name: string; town: string }) =>
      compiledOnce('compiled-once-test', values, (p) =>
        db.selectNoFrom((eb) => [
          eb.val(p.name).as('name'),
          eb.val('kept').as('constant'),
          eb.val(p.town).as('town'),
        ]),
      );
    const rows = async (values: { name: string; town: string }) =>
      (await db.executeQuery(query(values))).rows;
    expect(await rows({ name: 'Boulangerie A', town: 'Lyon' })).toEqual([
      { name: 'Boulangerie A', constant: 'kept', town: 'Lyon' },
    ]);
    expect(await rows({ name: 'Café B', town: 'Nantes' })).toEqual([
      { name: 'Café B', constant: 'kept', town: 'Nantes' },
    ]);
    expect(query({ name: 'x', town: 'y' }).sql).toBe(query({ name: 'z', town: 'w' }).sql);
    expect(query({ name: 'x', town: 'y' }).parameters).toEqual(['x', 'kept', 'y']);
  });

  it('refuses a value that reached the query without its placeholder', () => {
    const { db } = database();
    const merchantId = '01a24ea4-e22a-7362-8834-d9b49350a748';
    // The mistake: the id taken from the caller's variable, not from `p`. Kept as a constant,
    // it would be the first caller's id for every later one.
    expect(() =>
      compiledOnce('compiled-once-captured', { merchantId, name: 'A' }, (p) =>
        db.selectNoFrom((eb) => [eb.val(merchantId).as('merchant'), eb.val(p.name).as('name')]),
      ),
    ).toThrow(/"merchantId" is in the query as a constant/);
    const at = new Date('2026-12-07T10:00:00Z');
    expect(() =>
      compiledOnce('compiled-once-captured-date', { at }, () =>
        db.selectNoFrom((eb) => [eb.val(new Date(at)).as('at')]),
      ),
    ).toThrow(/"at" is in the query as a constant/);
  });
});
