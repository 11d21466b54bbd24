// Runs `habitue analyze` from a given bundle of its sources, so two versions can be compared side
// by side (e.g. under valgrind's callgrind) without rebuilding in between:
//   cp packages/server/dist/analyze.mjs packages/server/dist/analyze-before.mjs   # then change, rebuild
//   node bench/analytics/run-bundle.mjs packages/server/dist/analyze-before.mjs FILE --quick --csv
// The bundle is built by any `habitue analyze` run (packages/server/bin/prebuilt-command.js).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, ...args] = process.argv.slice(2);
if (!bundle) {
  console.error('usage: node bench/analytics/run-bundle.mjs BUNDLE.mjs FILE [analyze options]');
  process.exit(2);
}
const command = await import(pathToFileURL(resolve(bundle)).href);
process.exitCode = await command.runAnalyzeCommand(args, process);
