#!/usr/bin/env node
// Entry point of the `habitue` command. The sources are TypeScript run through tsx,
// so a fresh clone needs no build step before `npm start` or `npx habitue`.
// `habitue analyze`, a one-shot process on big files, runs from a bundle of its sources built
// on first use and rebuilt when a source changes (prebuilt-command.js); tsx if none can be had.
const argv = process.argv.slice(2);
const analyze =
  argv[0] === 'analyze' &&
  (await import('./prebuilt-command.js')).prebuiltCommand('src/cli/analyze/command.ts', 'analyze');
const prebuilt = analyze && (await analyze);
if (prebuilt) {
  process.exitCode = await prebuilt.runAnalyzeCommand(argv.slice(1), process);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(argv);
}
