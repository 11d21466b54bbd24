import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ADJUSTMENT_SANITY_CAP,
  DEFAULT_ADJUSTMENT_POLICY,
  MIN_OTHER_REASON_LENGTH,
} from '@habitue/loyalty';
import {
  type MatrixCell,
  operationsNeeding,
  permissionMatrix,
} from '../src/auth/permission-matrix.ts';
import {
  API_KEY_SCOPES,
  DEFAULT_API_KEY_SCOPES,
  PERMISSIONS,
  RECENT_PURCHASE_HOURS,
} from '../src/auth/permissions.ts';
import { generateOpenApiText } from './write-openapi.ts';

/** Where the rendered table lives, from the repository root. */
export const ROLES_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../docs/roles.md',
);

const CELLS: Record<MatrixCell, string> = {
  yes: 'yes',
  no: '—',
  scope: 'with the scope',
  adjustment_policy: 'within the limits ¹',
  recent_purchases: 'last 24 h ²',
};

/**
 * docs/roles.md, rendered from the permission table (`src/auth/permissions.ts`) and the
 * summaries of the OpenAPI document. `npm run roles` writes it; a test fails when it is stale.
 */
export async function generateRolesText(): Promise<string> {
  const doc = JSON.parse(await generateOpenApiText()) as {
    paths: Record<string, Record<string, { summary?: string }>>;
  };
  const summary = (operation: string) => {
    const [method, path] = operation.split(' ') as [string, string];
    return doc.paths[path]?.[method.toLowerCase()]?.summary ?? '';
  };
  const matrix = permissionMatrix()
    .map(
      (r) =>
        `| \`${r.permission}\` | ${CELLS[r.owner]} | ${CELLS[r.manager]} | ${CELLS[r.staff]} | ${r.apiKey === 'no' ? CELLS.no : r.apiKey === 'scope' ? CELLS.scope : `${CELLS.scope}, ${CELLS[r.apiKey]}`} |`,
    )
    .join('\n');
  const sections = [...PERMISSIONS, 'signed_in', 'public'].map((access) => {
    const title =
      access === 'signed_in'
        ? 'Any signed-in person or API key'
        : access === 'public'
          ? 'Public (no credentials)'
          : `\`${access}\``;
    const lines = operationsNeeding(access).map((op) => {
      const text = summary(op);
      return `- \`${op}\`${text ? ` — ${text}` : ''}`;
    });
    return `### ${title}\n\n${lines.length > 0 ? lines.join('\n') : '_No operation yet._'}`;
  });
  const policy = DEFAULT_ADJUSTMENT_POLICY;
  return `# Roles and permissions

<!-- Generated from packages/server/src/auth/permissions.ts by \`npm run roles\`; do not edit. -->

Every request to the API is checked against one table, \`OPERATIONS\` × \`ROLE_GRANTS\` in
\`packages/server/src/auth/permissions.ts\`, before any handler runs: no credentials → 401
\`unauthenticated\`; a role without the permission → 403 \`forbidden\`; an API key without the
scope → 403 \`missing_scope\`. The team settings show the same table.

## Who may do what

| Permission | Owner | Manager | Staff (cashier) | API key |
| --- | --- | --- | --- | --- |
${matrix}

1. **Adjustments by hand** (\`POST /api/v1/customers/{id}/adjustments\`): cashiers and API keys
   stay within the limits the owner sets in the settings (\`PUT /api/v1/adjustment-policy\`), in
   rewards' worth — one card's stamps, or the cheapest reward's points. By default
   ${policy.perAdjustment} per adjustment and ${policy.perDay} per customer and program in any 24 hours
   (only what is given counts towards the day; taking back does not). Owners and managers are held
   only to a sanity cap of ${ADJUSTMENT_SANITY_CAP} rewards' worth per adjustment. Above the limit:
   403 \`adjustment_limit_exceeded\` with \`limit: { perAdjustment, dailyRemaining }\`
   (\`dailyRemaining\` is null when there is no daily limit). The total is counted under the
   customer's lock, so concurrent adjustments cannot pass it together. Every adjustment carries a
   \`reasonCode\` — \`goodwill\`, \`till_error\`, \`paper_card\` or \`other\` (with a \`reason\` of
   at least ${MIN_OTHER_REASON_LENGTH} characters); a request with only \`reason\` is read as \`other\`. The
   ledger keeps the code; the free text is kept apart, where an erasure can redact it.
2. **Refunds by a cashier**: purchases of the last ${RECENT_PURCHASE_HOURS} hours only; older ones → 403
   \`refund_window_closed\` (a manager or the owner refunds them).

Cashiers run the counter (find, sign up, purchase, redeem) and see no value figures: spending
totals, lifetime value and scores (\`analytics:read\`) are for managers and owners. A cashier
sees each purchase of a customer with its amount (to refund it), never totals.

## API key scopes

A key holds scopes from this closed list: ${API_KEY_SCOPES.map((s) => `\`${s}\``).join(', ')}.
\`POST /api/v1/api-keys\` takes \`{ name, scopes? }\`; without \`scopes\` a key gets
${DEFAULT_API_KEY_SCOPES.map((s) => `\`${s}\``).join(', ')} (no adjustments, exports or webhooks).
Keys created before scopes existed kept what they could do: the counter's scopes and
\`balances:adjust\`. Staff, keys, programs, analytics, the audit log and the business settings are
never a key's.

## Operations by permission

${sections.join('\n\n')}

## Adding a route

Add one line to \`OPERATIONS\` in \`packages/server/src/auth/permissions.ts\`, under the exact
\`"METHOD /path"\` of the OpenAPI document, with the permission it needs (or \`'signed_in'\`, or
\`'public'\` — nothing is public by omission); add a permission to \`PERMISSIONS\` and to the roles
in \`ROLE_GRANTS\` only for a new kind of action. Then run \`npm run api-types\` (which also
rewrites this file). The permission walk (\`packages/server/test/http/permissions-walk.test.ts\`)
fails for a route without an entry, and calls every route as every principal using the
cross-tenant walk's catalog (\`test/http/robustness/route-catalog.ts\`), where the route needs an
entry too. The handler takes its scope with \`merchantScope(c)\`; the check already happened.
`;
}

// `npm run roles`: rewrite docs/roles.md.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(ROLES_FILE, await generateRolesText());
  console.log(`wrote ${ROLES_FILE}`);
}
