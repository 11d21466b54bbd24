import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { deleteSessionOfUser, deleteSessionsOfUser } from '../../repositories/sessions.ts';

/**
 * Signs one of a person's sessions out (a phone left at the shop). Another person's session
 * id is "not found", never ended. Returns whether it was the caller's own session.
 */
export async function endSession(
  db: Kysely<Database>,
  input: { userId: string; sessionId: string; currentSessionHash: string },
) {
  const ended = await asSystem(db, (tx) => deleteSessionOfUser(tx, input.userId, input.sessionId));
  if (!ended) throw notFound('Session');
  return { wasCurrent: ended === input.currentSessionHash };
}

/** "Sign out everywhere": every session of the person, this one included. */
export function endAllSessions(db: Kysely<Database>, input: { userId: string }) {
  return asSystem(db, (tx) => deleteSessionsOfUser(tx, input.userId));
}
