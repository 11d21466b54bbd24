import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Where the counter's service worker (public/counter-sw.js) reads what to keep for offline. */
export const COUNTER_ASSETS_FILE = 'counter-assets.json';

/**
 * Writes `counter-assets.json`: every built file the counter can need — the chunks holding the
 * modules it imports, statically or on demand (the QR scanner's jsQR), the chunks those import,
 * their styles, and the entry's. The page itself names only its entry and that entry's static
 * imports, and a till must open the counter, and scan a card, with no network.
 *
 * @example counterAssets('src/features/counter/CounterPage.tsx')
 */
export function counterAssets(pageModule: string): Plugin {
  return {
    name: 'habitue:counter-assets',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
      const chunkOfModule = new Map<string, OutputChunk>();
      for (const chunk of chunks) for (const id of chunk.moduleIds) chunkOfModule.set(id, chunk);

      const page = [...chunkOfModule.keys()].find((id) => id.endsWith(pageModule));
      if (!page) this.error(`${pageModule} is not in the build`);
      const modules = new Set<string>();
      const pending = [page];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        const info = this.getModuleInfo(id);
        if (info) pending.push(...info.importedIds, ...info.dynamicallyImportedIds);
      }

      const files = new Set<string>();
      const add = (chunk: OutputChunk | undefined) => {
        if (!chunk || files.has(chunk.fileName)) return;
        files.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const name of chunk.imports) add(bundle[name] as OutputChunk | undefined);
      };
      for (const chunk of chunks) if (chunk.isEntry) add(chunk);
      for (const id of modules) add(chunkOfModule.get(id));

      this.emitFile({
        type: 'asset',
        fileName: COUNTER_ASSETS_FILE,
        source: `${JSON.stringify([...files].sort().map((file) => `/${file}`))}\n`,
      });
    },
  };
}
