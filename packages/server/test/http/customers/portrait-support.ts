import type { TestClient } from '../../support/test-app.ts';
import { sessionCookie } from '../../support/test-app.ts';

/** A staff member (cashier) of the owner's business, signed in. */
export async function signInStaff(client: TestClient, owner: { cookie: string }) {
  const email = `caisse-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.fr`;
  const password = 'tarte-aux-pommes-77';
  const added = await client.request('POST', '/api/v1/staff', {
    cookie: owner.cookie,
    body: { email, role: 'staff', initialPassword: password },
  });
  if (added.status !== 201) throw new Error(`staff: ${JSON.stringify(added.body)}`);
  const login = await client.request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`login: ${JSON.stringify(login.body)}`);
  return { cookie: sessionCookie(login.headers), userId: added.body.id as string };
}

/** Audit entries about one customer, newest first. */
export async function auditOf(client: TestClient, cookie: string, customerId: string) {
  const r = await client.request('GET', '/api/v1/audit-log?limit=200', { cookie });
  return (r.body.items as { action: string; subjectId: string; details: unknown }[]).filter(
    (e) => e.subjectId === customerId,
  );
}
