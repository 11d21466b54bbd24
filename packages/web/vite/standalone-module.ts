import { dirname, resolve } from 'node:path';
import type { OutputChunk, RolldownOutput } from 'rolldown';
import { build, type Plugin } from 'vite';
import { compressAssets } from './compress-assets.ts';

/**
 * Builds `module` (a path from the web app's root) on its own, into dist/assets, and has this
 * build import it from there, by its path under /assets/. For a module loaded on demand by an
 * entry written into its page (`entryForThePage`): bundled with that entry, its chunk would
 * import the bundler's helpers from the entry (ECharts' namespaces need them), and an import of
 * the entry runs a second copy of the app. Built apart, it holds its own helpers and imports
 * nothing of the app.
 *
 * @example standaloneModule('src/features/dashboard/echarts-canvas.ts')
 */
export function standaloneModule(module: string): Plugin {
  let root = '';
  let path = '';
  return {
    name: 'habitue:standalone-module',
    apply: 'build',
    // Before Vite's own resolver, which would bundle it.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const result = (await build({
        root,
        configFile: false,
        mode: 'production',
        logLevel: 'warn',
        plugins: [compressAssets()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          copyPublicDir: false,
          rollupOptions: { input: module, preserveEntrySignatures: 'strict' },
        },
      })) as RolldownOutput | RolldownOutput[];
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
      const entry = outputs.find((o): o is OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry) this.error(`${module} built to no entry`);
      path = `/${entry.fileName}`;
    },
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      if (resolve(dirname(importer), source) !== resolve(root, module)) return null;
      return { id: path, external: 'absolute' };
    },
  };
}
