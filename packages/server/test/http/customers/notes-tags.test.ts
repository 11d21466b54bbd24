import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { auditOf, signInStaff } from './portrait-support.ts';

describeEachBackend('customer notes and tags', (database) => {
  it('notes: added by staff, listed newest first with the author, paginated, audited', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInStaff(client, owner);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const path = `/api/v1/customers/${customer.id}/notes`;
    const first = await client.request('POST', path, {
      cookie: owner.cookie,
      body: { body: '  Allergique aux noix  ' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ customerId: customer.id, body: 'Allergique aux noix' });
    const second = await client.request('POST', path, {
      cookie: staff.cookie,
      body: { body: 'Préfère la baguette bien cuite' },
    });
    expect(second.status).toBe(201);
    expect(second.body.authorId).toBe(staff.userId);

    const page1 = await client.request('GET', `${path}?limit=1`, { cookie: staff.cookie });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((n: { body: string }) => n.body)).toEqual([
      'Préfère la baguette bien cuite',
    ]);
    expect(page1.body.items[0].authorName).toMatch(/caisse-/);
    expect(page1.body.nextCursor).toBe(second.body.id);
    const page2 = await client.request('GET', `${path}?limit=1&before=${page1.body.nextCursor}`, {
      cookie: owner.cookie,
    });
    expect(page2.body.items.map((n: { body: string }) => n.body)).toEqual(['Allergique aux noix']);
    expect(page2.body.nextCursor).toBeNull();

    const audit = await auditOf(client, owner.cookie, customer.id);
    const notes = audit.filter((e) => e.action === 'customer.note_added');
    expect(notes.map((e) => e.details)).toEqual([
      { noteId: second.body.id },
      { noteId: first.body.id },
    ]);
  });

  it('notes: an empty note is refused with a field error; a retried key adds one note', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const path = `/api/v1/customers/${customer.id}/notes`;
    const empty = await client.request('POST', path, {
      cookie: owner.cookie,
      body: { body: '   ' },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ field: 'body' });
    const headers = { 'idempotency-key': 'note-retry-1' };
    const once = await client.request('POST', path, {
      cookie: owner.cookie,
      body: { body: 'Rappeler pour la commande de Noël' },
      headers,
    });
    const twice = await client.request('POST', path, {
      cookie: owner.cookie,
      body: { body: 'Rappeler pour la commande de Noël' },
      headers,
    });
    expect(twice.status).toBe(201);
    expect(twice.headers.get('idempotent-replayed')).toBe('true');
    expect(twice.body.id).toBe(once.body.id);
    const list = await client.request('GET', path, { cookie: owner.cookie });
    expect(list.body.items).toHaveLength(1);
  });

  it('tags: replaced as a set, normalised, only changes audited, counted per merchant', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInStaff(client, owner);
    const lea = await buildCustomer(client, { cookie: owner.cookie });
    const marc = await buildCustomer(client, { cookie: owner.cookie }, { firstName: 'Marc' });
    const path = `/api/v1/customers/${lea.id}/tags`;
    expect((await client.request('GET', path, { cookie: owner.cookie })).body).toEqual({
      tags: [],
    });
    const set = await client.request('PUT', path, {
      cookie: staff.cookie,
      body: { tags: [' VIP ', 'vip', 'Traiteur  Mariage'] },
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({
      tags: ['traiteur mariage', 'vip'],
      added: ['vip', 'traiteur mariage'],
      removed: [],
    });
    const same = await client.request('PUT', path, {
      cookie: owner.cookie,
      body: { tags: ['vip', 'traiteur mariage'] },
    });
    expect(same.body).toMatchObject({ added: [], removed: [] });
    const changed = await client.request('PUT', path, {
      cookie: owner.cookie,
      body: { tags: ['vip', 'sans gluten'] },
    });
    expect(changed.body).toEqual({
      tags: ['sans gluten', 'vip'],
      added: ['sans gluten'],
      removed: ['traiteur mariage'],
    });
    await client.request('PUT', `/api/v1/customers/${marc.id}/tags`, {
      cookie: owner.cookie,
      body: { tags: ['vip'] },
    });
    expect((await client.request('GET', path, { cookie: staff.cookie })).body.tags).toEqual([
      'sans gluten',
      'vip',
    ]);
    const counts = await client.request('GET', '/api/v1/customer-tags', { cookie: staff.cookie });
    expect(counts.body.items).toEqual([
      { tag: 'sans gluten', customers: 1 },
      { tag: 'vip', customers: 2 },
    ]);
    const audit = await auditOf(client, owner.cookie, lea.id);
    expect(audit.filter((e) => e.action === 'customer.tags_changed').map((e) => e.details)).toEqual(
      [
        { added: ['sans gluten'], removed: ['traiteur mariage'] },
        { added: ['vip', 'traiteur mariage'], removed: [] },
      ],
    );
  });

  it('tags: too long or too many are field errors', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const path = `/api/v1/customers/${customer.id}/tags`;
    const long = await client.request('PUT', path, {
      cookie: owner.cookie,
      body: { tags: ['x'.repeat(41)] },
    });
    expect(long.status).toBe(422);
    expect(long.body.errors[0].field).toBe('tags.0');
    const many = await client.request('PUT', path, {
      cookie: owner.cookie,
      body: { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
    });
    expect(many.status).toBe(422);
    expect(many.body.errors[0].field).toBe('tags');
  });
});
