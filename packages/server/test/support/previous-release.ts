import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last commit of the release that kept its data in PGlite (HABITUE_DATA_DIR/pgdata). */
export const PGLITE_RELEASE = '61c6995';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export type PreviousRelease = { root: string; bin: string; remove(): void };

/**
 * The server of the previous release, checked out from git history into a temporary
 * directory (its own server, loyalty and analytics packages; third-party packages borrowed
 * from this checkout, which has the same versions of those it uses), ready to run as
 * `node <bin> demo|start`. It does not build or serve the web app (its sources are left out).
 */
export function checkOutPreviousRelease(): PreviousRelease {
  const root = mkdtempSync(join(tmpdir(), 'habitue-previous-release-'));
  const paths = [
    'package.json',
    'tsconfig.base.json',
    'packages/server',
    'packages/loyalty',
    'packages/analytics',
  ];
  try {
    const archive = execFileSync('git', ['archive', PGLITE_RELEASE, ...paths], {
      cwd: REPO_ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `The previous release (${PGLITE_RELEASE}) must be in this clone's git history (git fetch --unshallow): ${(error as Error).message}`,
    );
  }
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, '@habitue'), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    if (entry === '@habitue' || entry === '.bin') continue;
    symlinkSync(join(REPO_ROOT, 'node_modules', entry), join(modules, entry));
  }
  for (const name of ['server', 'loyalty', 'analytics']) {
    symlinkSync(join(root, 'packages', name), join(modules, '@habitue', name));
  }
  return {
    root,
    bin: join(root, 'packages/server/bin/habitue.js'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
