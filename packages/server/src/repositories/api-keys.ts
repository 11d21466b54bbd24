import type { Tx } from '../db/tenant.ts';

const PUBLIC_COLUMNS = [
  'id',
  'name',
  'key_prefix',
  'scopes',
  'created_by',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

export function insertApiKey(
  tx: Tx,
  k: {
    merchantId: string;
    id: string;
    name: string;
    prefix: string;
    hash: string;
    scopes: readonly string[];
    createdBy: string | null;
  },
) {
  return tx
    .insertInto('api_keys')
    .values({
      merchant_id: k.merchantId,
      id: k.id,
      name: k.name,
      key_prefix: k.prefix,
      key_hash: k.hash,
      scopes: [...k.scopes],
      created_by: k.createdBy,
    })
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Cross-merchant look-up by digest: this is how a request's merchant is found. */
export function findActiveKeyByHash(tx: Tx, hash: string) {
  return tx
    .selectFrom('api_keys')
    .select(['id', 'merchant_id', 'last_used_at', 'scopes'])
    .where('key_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiKey(tx: Tx, merchantId: string, id: string, at: Date) {
  await tx
    .updateTable('api_keys')
    .set({ last_used_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}

export function listApiKeys(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('api_keys')
    .select(PUBLIC_COLUMNS)
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function revokeApiKey(tx: Tx, merchantId: string, id: string, at: Date) {
  return tx
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
}

export function findApiKey(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('api_keys')
    .select(PUBLIC_COLUMNS)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
