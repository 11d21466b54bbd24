import { ApiProblem } from '../../api/problem.ts';

/** The server's field error for one form field, looked up under each name it may use. */
export function serverField(
  error: unknown,
  names: string[],
): { code: string | undefined; message: string } | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  for (const name of names) {
    const found = error.fields.find((f) => f.field === name || f.field.startsWith(`${name}.`));
    if (found) return { code: found.code, message: error.fieldError(found.field) ?? '' };
  }
  return undefined;
}

/** True when the error carries field errors, i.e. the form says where the problem is. */
export function hasFieldErrors(error: unknown): boolean {
  return error instanceof ApiProblem && error.fields.length > 0;
}

/** zod and loyalty-rule codes that mean "out of range", translated by the screens. */
export const RANGE_CODES = new Set(['too_small', 'too_big', 'invalid_program', 'invalid_amount']);
