// A command run from one JavaScript bundle of its TypeScript sources instead of through tsx:
// `habitue analyze` is a one-shot process, and tsx transforming its ~100 source files at every
// start cost about 0.45 s of CPU (0.85 s → 0.4 s on a 3-row file), a tenth of the whole command
// on a million rows. The bundle is built with esbuild on first use into packages/server/dist/
// (git-ignored) and rebuilt as soon as any of its sources is newer, so an edited source is never
// run stale. npm packages stay outside the bundle, resolved from node_modules as usual.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = resolve(SERVER_DIR, '../..');

/**
 * The module of `entry` (a path under packages/server), from its bundle in `distDir`, built or
 * rebuilt first when needed. Null when no bundle can be had (esbuild missing, a read-only
 * directory): the caller then runs the sources through tsx, as every other command does.
 *
 * @example const command = await prebuiltCommand('src/cli/analyze/command.ts', 'analyze');
 */
export async function prebuiltCommand(entry, name, distDir = join(SERVER_DIR, 'dist')) {
  const bundle = join(distDir, `${name}.mjs`);
  const manifest = join(distDir, `${name}.inputs.json`);
  try {
    if (!isFresh(bundle, manifest)) await build(join(SERVER_DIR, entry), bundle, manifest);
  } catch {
    return null;
  }
  return import(pathToFileURL(bundle).href);
}

/** True when the bundle exists and none of the sources it was built from is newer. */
export function isFresh(bundle, manifest) {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(manifest, 'utf8'));
    return inputs.every((input) => statSync(input).mtimeMs <= built);
  } catch {
    return false; // no bundle, no manifest, or a source deleted or moved
  }
}

async function build(entry, bundle, manifest) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [npmPackagesStayOutside],
  });
  mkdirSync(dirname(bundle), { recursive: true });
  // Written under a temporary name then renamed: a second process starting meanwhile reads
  // either the old bundle or the new one, never half of one.
  const part = `${bundle}.${process.pid}.part`;
  writeFileSync(part, result.outputFiles[0].contents);
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input));
  writeFileSync(`${manifest}.${process.pid}.part`, JSON.stringify(inputs));
  renameSync(`${manifest}.${process.pid}.part`, manifest);
  renameSync(part, bundle);
}

/** Bare imports stay imports, except the workspace's own TypeScript packages. */
const npmPackagesStayOutside = {
  name: 'npm-packages-stay-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@habitue/') ? undefined : { path: args.path, external: true },
    );
  },
};
