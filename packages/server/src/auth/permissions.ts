import type { Role } from '../db/schema.ts';

/**
 * What each kind of principal may do. An API key belongs to a point-of-sale integration: it
 * may run the counter but not manage people, keys or exports.
 */
export type Permission =
  | 'customers:read'
  | 'customers:write'
  | 'purchases:write'
  | 'redemptions:write'
  | 'balances:adjust'
  | 'programs:read'
  | 'programs:write'
  | 'analytics:read'
  | 'data:export'
  | 'staff:manage'
  | 'api_keys:manage'
  | 'merchant:manage'
  | 'audit:read'
  | 'jobs:read';

export type PrincipalRole = Role | 'integration';

const COUNTER: Permission[] = [
  'customers:read',
  'customers:write',
  'purchases:write',
  'redemptions:write',
  'balances:adjust',
  'programs:read',
];

const GRANTS: Record<PrincipalRole, ReadonlySet<Permission>> = {
  staff: new Set(COUNTER),
  integration: new Set(COUNTER),
  manager: new Set<Permission>([
    ...COUNTER,
    'programs:write',
    'analytics:read',
    'data:export',
    'audit:read',
    'jobs:read',
  ]),
  owner: new Set<Permission>([
    ...COUNTER,
    'programs:write',
    'analytics:read',
    'data:export',
    'audit:read',
    'jobs:read',
    'staff:manage',
    'api_keys:manage',
    'merchant:manage',
  ]),
};

/**
 * @example
 * can('staff', 'api_keys:manage'); // false
 * can('owner', 'api_keys:manage'); // true
 */
export function can(role: PrincipalRole, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}
