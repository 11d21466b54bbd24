import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { addB2bContact } from '../../../use-cases/b2b/add-b2b-contact.ts';
import { createB2bAccount } from '../../../use-cases/b2b/create-b2b-account.ts';
import { getAccount, loadAccountWithContacts } from '../../../use-cases/b2b/get-b2b-account.ts';
import { getAccountOfCustomer } from '../../../use-cases/b2b/get-customer-b2b-account.ts';
import { listAccounts } from '../../../use-cases/b2b/list-b2b-accounts.ts';
import { removeB2bContact } from '../../../use-cases/b2b/remove-b2b-contact.ts';
import { updateB2bAccountDetails } from '../../../use-cases/b2b/update-b2b-account.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  AccountParams,
  B2bAccount,
  B2bAccountInput,
  B2bContact,
  ContactParams,
  presentAccount,
} from './b2b.schemas.ts';

const tags = ['B2B accounts'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/b2b-accounts',
  tags,
  summary: 'Business accounts, by company name',
  responseSchema: z.object({
    items: z.array(B2bAccount.extend({ contactCount: z.number().int() })),
  }),
  responseDescription: 'Accounts',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/b2b-accounts',
  tags,
  summary: 'Open a business account (send Idempotency-Key)',
  request: jsonBody(B2bAccountInput),
  status: 201,
  responseSchema: B2bAccount,
  responseDescription: 'Opened',
});

const AccountWithContacts = B2bAccount.extend({ contacts: z.array(B2bContact) }).openapi(
  'B2bAccountWithContacts',
);

const read = jsonRoute({
  method: 'get',
  path: '/api/v1/b2b-accounts/{id}',
  tags,
  summary: 'A business account and its contacts',
  request: { params: AccountParams },
  responseSchema: AccountWithContacts,
  responseDescription: 'Account',
});

const change = jsonRoute({
  method: 'patch',
  path: '/api/v1/b2b-accounts/{id}',
  tags,
  summary: 'Change a business account (fields left out keep their value)',
  request: { params: AccountParams, ...jsonBody(B2bAccountInput.partial()) },
  responseSchema: B2bAccount,
  responseDescription: 'Changed',
});

const addContact = jsonRoute({
  method: 'put',
  path: '/api/v1/b2b-accounts/{id}/contacts/{customerId}',
  tags,
  summary: 'Make a customer a contact of the account (a customer belongs to one account)',
  request: { params: ContactParams },
  responseSchema: AccountWithContacts,
  responseDescription: 'The account and its contacts',
});

const removeContact = jsonRoute({
  method: 'delete',
  path: '/api/v1/b2b-accounts/{id}/contacts/{customerId}',
  tags,
  summary: "Remove a customer from the account's contacts",
  request: { params: ContactParams },
  responseSchema: AccountWithContacts,
  responseDescription: 'The account and its contacts',
});

const ofCustomer = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/b2b-account',
  tags,
  summary: 'The business account a customer is a contact of',
  request: { params: IdParams },
  responseSchema: z.object({ account: B2bAccount.nullable() }),
  responseDescription: 'The account, or null',
});

function presentWithContacts({ account, contacts }: Awaited<ReturnType<typeof getAccount>>) {
  return {
    ...presentAccount(account),
    contacts: contacts.map((c) => ({
      customerId: c.id,
      firstName: c.first_name,
      lastName: c.last_name,
      email: c.email,
      phone: c.phone,
      addedAt: c.added_at.toISOString(),
    })),
  };
}

export function registerB2bAccountRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listAccounts(merchantScope(c));
    return c.json(
      { items: rows.map((r) => ({ ...presentAccount(r), contactCount: r.contact_count ?? 0 })) },
      200,
    );
  });
  app.openapi(create, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    return runWrite(c, scope, input, async (tx) => ({
      status: 201,
      body: presentAccount(await createB2bAccount(tx, scope, input)),
    })) as never;
  });
  app.openapi(read, async (c) => {
    const found = await getAccount(merchantScope(c), c.req.valid('param').id);
    return c.json(presentWithContacts(found), 200);
  });
  app.openapi(change, async (c) => {
    const scope = merchantScope(c);
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    return runWrite(c, scope, { id, ...changes }, async (tx) => ({
      status: 200,
      body: presentAccount(await updateB2bAccountDetails(tx, scope, id, changes)),
    })) as never;
  });
  app.openapi(addContact, async (c) => {
    const scope = merchantScope(c);
    const { id, customerId } = c.req.valid('param');
    return runWrite(c, scope, { id, customerId }, async (tx) => {
      await addB2bContact(tx, scope, id, customerId);
      const found = await loadAccountWithContacts(tx, scope.merchantId, id);
      return { status: 200, body: presentWithContacts(found) };
    }) as never;
  });
  app.openapi(removeContact, async (c) => {
    const scope = merchantScope(c);
    const { id, customerId } = c.req.valid('param');
    return runWrite(c, scope, { id, customerId }, async (tx) => {
      await removeB2bContact(tx, scope, id, customerId);
      const found = await loadAccountWithContacts(tx, scope.merchantId, id);
      return { status: 200, body: presentWithContacts(found) };
    }) as never;
  });
  app.openapi(ofCustomer, async (c) => {
    const account = await getAccountOfCustomer(merchantScope(c), c.req.valid('param').id);
    return c.json({ account: account ? presentAccount(account) : null }, 200);
  });
}
