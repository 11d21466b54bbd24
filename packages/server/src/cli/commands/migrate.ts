import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import type { Io } from '../io.ts';

/** `habitue migrate`: bring the schema up to date (the server also does this at start). */
export async function runMigrateCommand(_argv: string[], io: Io): Promise<number> {
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue migrate' });
  await storage.close();
  io.stdout.write('Database schema is up to date.\n');
  return 0;
}
