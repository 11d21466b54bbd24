import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START =
  '<!-- results:start (written by npm run bench:counter; edit outside these markers) -->';
const END = '<!-- results:end -->';

/**
 * Puts a run's results into the benchmark page between the markers, keeping the hand-written
 * analysis around them; creates the page if it does not exist yet.
 */
export function writeResults(path: string, results: string): void {
  const block = `${START}\n${results.trim()}\n${END}`;
  if (!existsSync(path)) {
    writeFileSync(path, `# Counter benchmark\n\n${block}\n`);
    return;
  }
  const page = readFileSync(path, 'utf8');
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  writeFileSync(
    path,
    from >= 0 && to > from
      ? page.slice(0, from) + block + page.slice(to + END.length)
      : `${page.trimEnd()}\n\n${block}\n`,
  );
}
