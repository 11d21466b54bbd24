import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Where the server (packages/server/src/http/web/page-preloads.ts) reads each page's chunks. */
export const PAGE_PRELOADS_FILE = 'page-preloads.json';

/**
 * Writes `page-preloads.json`: for each path given, the chunks its page module needs that the
 * owner page does not name already (its entry and that entry's static imports) — the page's
 * own chunk and the shared chunks it imports. The server names them in the page
 * (`modulepreload`), so that a phone fetches them along with the entry, not one round trip
 * after it, once the entry has run and asked for the page.
 *
 * @example pagePreloads({ '/dashboard': 'src/features/dashboard/DashboardPage.tsx' })
 */
export function pagePreloads(pages: Record<string, string>): Plugin {
  return {
    name: 'habitue:page-preloads',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
      const staticGraph = (from: OutputChunk[]) => {
        const seen = new Set<string>();
        const pending = [...from];
        for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
          if (seen.has(chunk.fileName)) continue;
          seen.add(chunk.fileName);
          for (const name of chunk.imports) {
            const imported = bundle[name];
            if (imported?.type === 'chunk') pending.push(imported);
          }
        }
        return seen;
      };
      const named = staticGraph(chunks.filter((chunk) => chunk.isEntry));
      const preloads: Record<string, string[]> = {};
      for (const [path, pageModule] of Object.entries(pages)) {
        const page = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(pageModule)));
        if (!page) this.error(`${pageModule} (for ${path}) is not in the build`);
        preloads[path] = [...staticGraph([page])]
          .filter((file) => !named.has(file))
          .sort()
          .map((file) => `/${file}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: PAGE_PRELOADS_FILE,
        source: `${JSON.stringify(preloads, null, 2)}\n`,
      });
    },
  };
}
