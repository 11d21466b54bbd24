import { createHash } from 'node:crypto';
import type { StaticFile } from './static-files.ts';

/** Where the page written for a request puts its Content-Security-Policy nonce (see `withNonce`). */
const NONCE_SLOT = '\u0000nonce\u0000';

const SCRIPT = /<script type="module" crossorigin src="(\/assets\/[\w.-]+\.js)"><\/script>/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\/assets\/[\w.-]+\.css)">/g;
/** What would end or change a `<script>` or `<style>` element from inside it. */
const ENDS_ELEMENT = /<\/(?:script|style)|<!--/i;
/**
 * An import by a path relative to the file (`from"./x.js"`, `import("./x.js")`): written in
 * the page, it would resolve against the page's address. Imports named by their path under
 * /assets/ (the counter's entry, packages/web/vite/entry-for-the-page.ts) resolve the same.
 */
const RELATIVE_IMPORT = /\b(?:import|from)\s*\(?\s*["'`]\.{1,2}\//;

const textOf = (file: StaticFile | undefined) =>
  file ? Buffer.from(file.identity.body).toString('utf8') : undefined;

/**
 * The page with its own scripts and stylesheets written into it: on mobile data every file the
 * page names costs a round trip (~0.5 s on Slow 4G) after the page came, and a customer's
 * card page is one script and one stylesheet (the customer app, ~55 kB compressed). A file
 * is left as a link when it is not in the build, holds text that would end its element, or
 * imports another by a relative path (a module written in the page resolves its imports
 * against the page's URL, not /assets/). The scripts carry a nonce slot that `withNonce` fills per request, for the
 * Content-Security-Policy, which allows no inline script otherwise.
 */
export function inlineAssets(html: string, files: Map<string, StaticFile>): string {
  return html
    .replace(SCRIPT, (tag, path: string) => {
      const code = textOf(files.get(path));
      if (code === undefined || ENDS_ELEMENT.test(code) || RELATIVE_IMPORT.test(code)) return tag;
      // The source map stays a file next to the script.
      const mapped = code.replace(
        /\/\/# sourceMappingURL=([\w.-]+)\s*$/,
        (_m, map: string) => `//# sourceMappingURL=/assets/${map}`,
      );
      return `<script type="module"${NONCE_SLOT}>${mapped}</script>`;
    })
    .replace(STYLESHEET, (tag, path: string) => {
      const css = textOf(files.get(path));
      if (css === undefined || ENDS_ELEMENT.test(css) || /url\(\s*['"]?(?!data:|\/)/.test(css))
        return tag;
      return `<style>${css}</style>`;
    });
}

/** The page with this request's Content-Security-Policy nonce on its inline scripts (none: no attribute). */
export function withNonce(html: string, nonce: string | undefined): string {
  return html.replaceAll(NONCE_SLOT, nonce ? ` nonce="${nonce}"` : '');
}

/** A page written per request, in the two forms `pageForVisit` chooses between. */
export type TwoFormPage = {
  /** Its files in it, and fetched after it shows (`prefetch`) for the next visit. */
  inline: string;
  /** As built: its files named, for a browser that keeps them. */
  linked: string;
  /** Names this build's files: what a browser that fetched them holds. */
  version: string;
};

/**
 * The page with its files in it for a first visit, and as built once the browser keeps them:
 * the inline form has them fetched after the page shows (low priority), so a customer who
 * opens their card again downloads ~2 kB, not the app again — unless `prefetch: false`, for a
 * page whose service worker keeps them (the counter's). The version is what the server reads
 * back (a cookie) to know which form a browser needs.
 */
export function twoFormPage(
  html: string,
  files: Map<string, StaticFile>,
  { prefetch: fetchAfter = true } = {},
): TwoFormPage {
  const inline = inlineAssets(html, files);
  const named = [...html.matchAll(/(?:src|href)="(\/assets\/[\w.-]+)"/g)].map((m) => m[1] ?? '');
  const inlined = named.filter((path) => !inline.includes(`"${path}"`));
  const prefetch = fetchAfter
    ? inlined.map((path) => `<link rel="prefetch" crossorigin href="${path}">`).join('')
    : '';
  const end = inline.lastIndexOf('</body>');
  return {
    inline: end === -1 ? inline + prefetch : inline.slice(0, end) + prefetch + inline.slice(end),
    linked: html,
    version: createHash('sha256').update(inlined.join(' ')).digest('base64url').slice(0, 16),
  };
}
