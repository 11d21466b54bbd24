import type { Lang } from './analyze-options.ts';

/** Progress of a long step on stderr; a no-op when not wanted (never on stdout). */
export interface Progress {
  update(fraction: number): void;
  done(): void;
}

const LABEL = { fr: 'Lecture du fichier', en: 'Reading the file' } as const;
/** Redrawing more often than this only costs time. */
const MIN_INTERVAL_MS = 200;

/**
 * Shown when stderr is a terminal (redrawn in place) or when --progress is passed (one line per
 * step, for logs). `now` is injectable for tests.
 */
export function createProgress(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  options: { enabled: boolean; lang: Lang; now?: () => number },
): Progress {
  const tty = stderr.isTTY === true;
  if (!options.enabled && !tty) return { update() {}, done() {} };
  const now = options.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(fraction) {
      const time = now();
      if (time - last < MIN_INTERVAL_MS) return;
      last = time;
      shown = true;
      const percent = `${LABEL[options.lang]}… ${Math.floor(Math.min(1, fraction) * 100)} %`;
      stderr.write(tty ? `\r${percent}` : `${percent}\n`);
    },
    done() {
      if (shown && tty) stderr.write(`\r${' '.repeat(40)}\r`);
    },
  };
}
