import { expect, it } from 'vitest';
import { readSearchTerms } from '../../../src/use-cases/customers/search-terms.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../../support/test-app.ts';

type Auth = { cookie: string };

async function find(client: TestClient, auth: Auth, query: string, extra = '') {
  const r = await client.request(
    'GET',
    `/api/v1/customers?query=${encodeURIComponent(query)}${extra}`,
    auth,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { items: { id: string; firstName: string }[]; nextCursor: string | null };
}

describeEachBackend('counter search finds the right customer', (database) => {
  it('a card token, a pasted card link or a voucher code answers with its one customer', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const claire = await buildCustomer(client, auth, { firstName: 'Claire', lastName: 'Faure' });
    // Newer customers whose phones hold digits of Claire's token must not come first.
    const digits = claire.cardToken.replace(/\D/g, '').slice(0, 4).padEnd(4, '7');
    for (let i = 0; i < 6; i++)
      await buildCustomer(client, auth, { firstName: `Autre${i}`, phone: `06 ${digits} 00 1${i}` });
    for (const typed of [claire.cardToken, ` ${claire.cardUrl} `, `${claire.cardUrl}?utm=x`]) {
      const page = await find(client, auth, typed);
      expect(page.items.map((c) => c.id)).toEqual([claire.id]);
    }
    let code = '';
    for (let i = 0; i < 10; i++) {
      const r = await purchase(client, auth, { customerId: claire.id, amountCents: 450 });
      code ||= r.body.unlocked[0]?.code ?? '';
    }
    for (const typed of [code, code.toLowerCase(), code.replace('-', '')]) {
      const page = await find(client, auth, typed);
      expect(page.items.map((c) => c.id)).toEqual([claire.id]);
    }
    // A link to a card that does not exist finds nobody rather than "similar" customers.
    const unknown = await find(client, auth, 'http://habitue.test/c/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.items).toEqual([]);
  });

  it('a name matches in any word order, by surname alone and without accents', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const claire = await buildCustomer(client, auth, { firstName: 'Claire', lastName: 'Faure' });
    const lea = await buildCustomer(client, auth, { firstName: 'Léa', lastName: 'Le Gall-Martin' });
    await buildCustomer(client, auth, { firstName: 'Claire', lastName: 'Dupont' });
    await buildCustomer(client, auth, { firstName: 'Fabien', lastName: 'Faurel' });
    const eva = await buildCustomer(client, auth, { firstName: 'Éva', lastName: 'Ørsted' });
    for (const typed of ['Éva', 'eva', 'ÉVA']) {
      expect((await find(client, auth, typed)).items.map((c) => c.id)).toEqual([eva.id]);
    }
    for (const typed of ['faure claire', 'Claire Faure', 'claire fau']) {
      expect((await find(client, auth, typed)).items.map((c) => c.id)).toEqual([claire.id]);
    }
    const faure = await find(client, auth, 'Faure');
    expect(faure.items.map((c) => c.firstName).sort()).toEqual(['Claire', 'Fabien']);
    for (const typed of ['lea', 'gall', 'martin léa', 'LE GALL']) {
      expect((await find(client, auth, typed)).items.map((c) => c.id)).toEqual([lea.id]);
    }
  });

  it('results beyond the first page are reachable with the cursor, none twice', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    for (let i = 0; i < 11; i++)
      await buildCustomer(client, auth, { firstName: 'Martin', lastName: `Nom${i}` });
    const first = await find(client, auth, 'martin', '&limit=8');
    expect(first.items).toHaveLength(8);
    expect(first.nextCursor).not.toBeNull();
    const second = await find(client, auth, 'martin', `&limit=8&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((c) => c.id));
    expect(ids.size).toBe(11);
  });

  it('a phone number matches by its digits; a word with digits is not a phone', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const nina = await buildCustomer(client, auth, { firstName: 'Nina', phone: '06 11 22 33 44' });
    for (const typed of ['06 11 22 33 44', '0611223344', '+33 6 11 22', '2233']) {
      expect((await find(client, auth, typed)).items.map((c) => c.id)).toEqual([nina.id]);
    }
    expect((await find(client, auth, 'x2233')).items).toEqual([]);
  });
});

it('reads what was typed: link, token, voucher code, words, phone', () => {
  expect(readSearchTerms('https://shop.fr/c/AbCdEfGh12345678').cardLink).toBe('AbCdEfGh12345678');
  expect(readSearchTerms('AbCdEfGh12345678').exact.cardToken).toBe('AbCdEfGh12345678');
  expect(readSearchTerms('abcd efgh').exact.voucherCode).toBe('ABCD-EFGH');
  expect(readSearchTerms('Faure  Claire').words).toEqual(['faure', 'claire']);
  expect(readSearchTerms("Jean-Pierre d'Hérault").words).toEqual([
    'jean',
    'pierre',
    'd',
    'herault',
  ]);
  expect(readSearchTerms('06 12 34').phoneDigits).toBe('61234');
  expect(readSearchTerms('06 12 34').words).toEqual([]);
  expect(readSearchTerms('léa 06').phoneDigits).toBeNull();
});
