// Runs `habitue analyze` from a given bundle, its output discarded, and prints on stderr the CPU
// time of the main thread and of the whole process. With the reading and the backtest in worker
// threads, the main thread's CPU is what the command's wall time comes to on an idle machine,
// and unlike the wall time it barely moves when other programs share the cores:
//   node bench/analytics/main-thread-cpu.mjs packages/server/dist/analyze.mjs FILE --quick --csv
// Linux only (/proc/self/task). The bundle is built by any `habitue analyze` run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, ...args] = process.argv.slice(2);
if (!bundle) {
  console.error(
    'usage: node bench/analytics/main-thread-cpu.mjs BUNDLE.mjs FILE [analyze options]',
  );
  process.exit(2);
}
const command = await import(pathToFileURL(resolve(bundle)).href);
const discard = { write: () => true };
const code = await command.runAnalyzeCommand(args, { ...process, stdout: discard });
/** utime + stime of a /proc stat file, in seconds (clock ticks of 1/100 s). */
const cpu = (path) => {
  const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const main = cpu(`/proc/self/task/${process.pid}/stat`);
const all = cpu('/proc/self/stat');
const wall = performance.now() / 1000;
console.error(
  `main thread ${main.toFixed(2)} s, process ${all.toFixed(2)} s CPU, wall ${wall.toFixed(2)} s, exit ${code}`,
);
process.exitCode = code;
