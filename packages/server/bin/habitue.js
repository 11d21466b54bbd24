#!/usr/bin/env node
// Entry point of the `habitue` command. The sources are TypeScript run through tsx,
// so a fresh clone needs no build step before `npm start` or `npx habitue`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
