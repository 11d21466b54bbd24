import { uuidv7 } from 'uuidv7';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import type { Role } from '../../db/schema.ts';
import { enterMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findMembership,
  findUserByEmail,
  insertMembership,
  insertUser,
} from '../../repositories/users.ts';
import { weakPassword } from '../accounts/sign-up-owner.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * An owner gives someone access: an existing login gets a membership, a new person gets a
 * login with the initial password the owner chose (to hand over at the shop). The login and
 * the membership are written in one transaction.
 */
export async function addStaffMember(
  scope: MerchantScope,
  input: { email: string; role: Role; displayName?: string | null; initialPassword?: string },
) {
  const { db, merchantId, actor, now } = scope;
  if (input.initialPassword !== undefined) {
    const problem = passwordProblem(input.initialPassword, input.email);
    if (problem) throw weakPassword(problem);
  }
  const passwordHash = input.initialPassword ? await hashPassword(input.initialPassword) : null;
  return db.transaction().execute(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (!existing && !passwordHash) {
      throw new AppError('validation_failed', 'A new staff member needs an initial password', {
        fields: [
          { field: 'initialPassword', message: 'required for a new login', code: 'required' },
        ],
      });
    }
    const user =
      existing ??
      (await insertUser(tx, {
        id: uuidv7(),
        email: input.email,
        passwordHash: passwordHash!,
        displayName: input.displayName ?? null,
      }));
    await enterMerchant(tx, merchantId);
    if (await findMembership(tx, merchantId, user.id)) {
      throw new AppError('conflict', 'This person is already a member of the team', {
        fields: [{ field: 'email', message: 'already in the team', code: 'conflict' }],
      });
    }
    await insertMembership(tx, merchantId, user.id, input.role);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'staff.added',
      subjectType: 'user',
      subjectId: user.id,
      details: { role: input.role },
    });
    return { id: user.id, email: user.email, displayName: user.display_name, role: input.role };
  });
}
