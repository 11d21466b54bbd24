import type { Io } from '../io.ts';

export async function runDemoCommand(_argv: string[], io: Io): Promise<number> {
  io.stderr.write('not yet\n');
  return 1;
}
