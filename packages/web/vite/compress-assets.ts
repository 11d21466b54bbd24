import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Text formats a page loads (source maps are for developers: not worth a minute of brotli). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 512;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to `<file>` when
 * they are smaller: the slowest settings, paid once at build time, so the server sends each
 * file compressed with no work per request (packages/server/src/http/web/send-file.ts).
 */
export function compressFile(path: string): void {
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) return;
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  if (brotli.length < bytes.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < bytes.length) writeFileSync(`${path}.gz`, gzip);
}

/** Compresses every file this build wrote, and the public files it copied. */
export function compressAssets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'habitue:compress-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
      const written = Object.keys(bundle);
      const publicDir = config.publicDir;
      const copied = publicDir && existsSync(publicDir) ? readdirSync(publicDir) : [];
      for (const name of new Set([...written, ...copied])) {
        const path = join(outDir, name);
        if (COMPRESSIBLE.test(name) && existsSync(path)) compressFile(path);
      }
    },
  };
}
