import { expect } from 'vitest';
import { sessionCookie, type TestClient } from '../support/test-app.ts';

/** A team member of the owner's business, signed in. */
export async function signInMember(
  client: TestClient,
  owner: { cookie: string },
  role: 'manager' | 'staff',
) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.fr`;
  const password = 'flan-parisien-2026';
  const added = await client.request('POST', '/api/v1/staff', {
    cookie: owner.cookie,
    body: { email, role, initialPassword: password },
  });
  expect(added.status).toBe(201);
  const login = await client.request('POST', '/api/v1/auth/login', { body: { email, password } });
  return { cookie: sessionCookie(login.headers) };
}
