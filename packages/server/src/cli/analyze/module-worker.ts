import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module at `moduleUrl` — the bundle `habitue analyze` runs from,
 * or, from the sources (a `.ts` URL), the TypeScript module through tsx, registered in the worker
 * first from the path it has in this package's dependencies: its ESM entry, not the CommonJS one
 * `require.resolve` names.
 */
export function workerOfModule(moduleUrl: string, data: unknown): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(moduleUrl), { workerData: data });
  const tsx = createRequire(moduleUrl)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const start = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(start, { eval: true, workerData: data });
}
