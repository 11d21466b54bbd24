import { createHash } from 'node:crypto';

/** A pass a phone asked about, with how many times what it shows has changed. */
export type VersionedPass = { serial: string; version: number };

/**
 * The "changed since" tag a phone is given (PassKit's `lastUpdated`) and sends back next time:
 * the version of each pass it asked about, in the order of their serial numbers, after a short
 * fingerprint of those serial numbers. Versions are per pass (a Citus cluster can't compare
 * anything wider), so the tag carries one per pass.
 * @example
 * updateTag([{ serial: 'm.c1', version: 4 }, { serial: 'm.c2', version: 0 }]); // '1f0c…-4.0'
 */
export function updateTag(passes: readonly VersionedPass[]): string {
  const sorted = [...passes].sort((a, b) => (a.serial < b.serial ? -1 : 1));
  return `${fingerprint(sorted)}-${sorted.map((p) => p.version).join('.')}`;
}

/**
 * The passes to report for a phone that sends `tag`: those whose version moved past the one
 * its tag records. A tag we never gave, or given for another set of passes (one registered or
 * removed since), can't say which changed: every pass is reported (once more is harmless,
 * missing one is not).
 * @example
 * changedSince(passes, updateTag(passes)); // []
 */
export function changedSince(
  passes: readonly VersionedPass[],
  tag: string | undefined,
): VersionedPass[] {
  const sorted = [...passes].sort((a, b) => (a.serial < b.serial ? -1 : 1));
  const known = tag ? knownVersions(sorted, tag) : null;
  if (!known) return sorted;
  return sorted.filter((p, i) => p.version > known[i]!);
}

function knownVersions(sorted: readonly VersionedPass[], tag: string): number[] | null {
  const match = /^([0-9a-f]{10})-(\d{1,15}(?:\.\d{1,15})*)?$/.exec(tag);
  if (!match || match[1] !== fingerprint(sorted)) return null;
  const versions = match[2] ? match[2].split('.').map(Number) : [];
  return versions.length === sorted.length ? versions : null;
}

function fingerprint(sorted: readonly VersionedPass[]): string {
  return createHash('sha256')
    .update(sorted.map((p) => p.serial).join('\n'))
    .digest('hex')
    .slice(0, 10);
}
