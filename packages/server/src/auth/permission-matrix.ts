import {
  API_KEY_SCOPES,
  accessOf,
  decide,
  OPERATIONS,
  PERMISSIONS,
  type Permission,
  ROLE_GRANTS,
} from './permissions.ts';

export type MatrixCell = 'yes' | 'no' | 'adjustment_policy' | 'recent_purchases' | 'scope';

export type MatrixRow = {
  permission: Permission;
  owner: MatrixCell;
  manager: MatrixCell;
  staff: MatrixCell;
  apiKey: MatrixCell;
};

function cell(role: 'owner' | 'manager' | 'staff', permission: Permission): MatrixCell {
  const grant = ROLE_GRANTS[role][permission];
  return grant === undefined ? 'no' : grant === true ? 'yes' : grant;
}

/** The role × permission table as rows, for docs/roles.md and the team settings. */
export function permissionMatrix(): MatrixRow[] {
  return PERMISSIONS.map((permission) => {
    const asKey = decide({ role: 'integration', scopes: API_KEY_SCOPES }, permission);
    return {
      permission,
      owner: cell('owner', permission),
      manager: cell('manager', permission),
      staff: cell('staff', permission),
      apiKey: !asKey.allowed ? 'no' : (asKey.restriction ?? 'scope'),
    };
  });
}

/** The operations that need `permission`, "METHOD /path", in table order. */
export function operationsNeeding(access: string): string[] {
  return Object.keys(OPERATIONS).filter((operation) => accessOf(operation) === access);
}
