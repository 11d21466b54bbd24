import { type OutputChunk, RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * For an app whose entry the server may write into its page (the counter, see
 * packages/server/src/http/web/inline-assets.ts): a module written in a page resolves what it
 * imports against the page's address (/counter), not /assets/, and has no address of its own.
 * So the entry names the chunks it imports by their path under /assets/ (the same files when
 * it is a file), and no chunk may import the entry: it would run a second copy of the app.
 * The build fails, saying which chunk, if one does.
 */
export function entryForThePage(): Plugin {
  return {
    name: 'habitue:entry-for-the-page',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const names = [...chunk.imports, ...chunk.dynamicImports];
      if (names.length === 0) return null;
      const text = new RolldownMagicString(code);
      for (const name of names) {
        const relative = `./${name.slice(name.lastIndexOf('/') + 1)}`;
        for (let at = code.indexOf(relative); at !== -1; at = code.indexOf(relative, at + 1))
          text.overwrite(at, at + 2, '/assets/');
      }
      return text;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
      const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      for (const chunk of chunks)
        for (const name of [...chunk.imports, ...chunk.dynamicImports])
          if (entries.has(name))
            this.error(`${chunk.fileName} imports the entry ${name}, which may run in its page`);
    },
  };
}

/**
 * jsQR (the QR decoder used where the browser has no BarcodeDetector) as an ES module: it is
 * published as a UMD script, and a CommonJS module's chunk imports the bundler's helpers from
 * the entry, which `entryForThePage` forbids. Given a `module` of its own, the script exports
 * its function and its chunk imports nothing.
 */
export function jsqrAsModule(): Plugin {
  return {
    name: 'habitue:jsqr-as-module',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/ },
      handler(code) {
        const text = new RolldownMagicString(code);
        text.prepend('var module = { exports: {} }, exports = module.exports;\n');
        text.append('\nexport default module.exports;\n');
        return { code: text };
      },
    },
  };
}
