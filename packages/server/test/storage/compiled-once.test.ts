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
});
