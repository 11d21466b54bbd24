import type { Program, Reward } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { loadProgramCatalog } from '../../repositories/programs.ts';

/** A merchant's programs and rewards as of one `loyalty_version`. */
export type ProgramCatalog = {
  readonly version: number;
  /** Archived ones included: their balances and vouchers still count. */
  readonly programs: readonly Program[];
  readonly activePrograms: readonly Program[];
  readonly rewards: readonly Reward[];
};

/** Merchants kept per process; the oldest entry goes first when the map is full. */
const MAX_MERCHANTS = 2_000;
const catalogs = new Map<string, ProgramCatalog>();

/**
 * The merchant's programs and rewards, from this process's memory when its copy is as recent
 * as `version` — the `loyalty_version` the caller read in its own transaction (with the
 * customer's lock), which changes in the same transaction as any program or reward. A copy is
 * therefore never older than what the caller's transaction sees, whichever process changed
 * the programs; otherwise they are read (one statement) and kept.
 */
export async function programCatalog(
  tx: Tx,
  merchantId: string,
  version: number,
): Promise<ProgramCatalog> {
  const cached = catalogs.get(merchantId);
  if (cached && cached.version === Number(version)) return cached;
  const loaded = await loadProgramCatalog(tx, merchantId);
  const programs = loaded.programRows.map(programOf);
  const catalog: ProgramCatalog = {
    version: loaded.version,
    programs,
    activePrograms: programs.filter((_, i) => loaded.programRows[i]!.archived_at === null),
    rewards: loaded.rewards,
  };
  catalogs.delete(merchantId);
  if (catalogs.size >= MAX_MERCHANTS) catalogs.delete(catalogs.keys().next().value!);
  catalogs.set(merchantId, catalog);
  return catalog;
}
