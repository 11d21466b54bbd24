import { brotliCompressSync, gzipSync } from 'node:zlib';
import { representation, type StaticFile } from './static-files.ts';

/** Written by the web build (packages/web/vite/page-preloads.ts): a path's page chunks. */
const PAGE_PRELOADS = '/page-preloads.json';

function isPreloadTable(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (files) =>
        Array.isArray(files) &&
        files.every((file) => typeof file === 'string' && /^\/assets\/[\w.-]+\.js$/.test(file)),
    )
  );
}

/**
 * The owner page as each path of the build's preload table gets it: naming that screen's
 * chunks (`modulepreload`), so that a phone opening /dashboard first fetches the dashboard's
 * code along with the app's entry rather than one round trip after it. Written and compressed
 * once, at start-up, like every other file of the build; a path not in the table gets the page
 * as built.
 */
export function ownerPagesWithPreloads(
  files: Map<string, StaticFile>,
  ownerPage: StaticFile,
): Map<string, StaticFile> {
  const pages = new Map<string, StaticFile>();
  const table = files.get(PAGE_PRELOADS);
  if (!table) return pages;
  const preloads: unknown = JSON.parse(Buffer.from(table.identity.body).toString('utf8'));
  if (!isPreloadTable(preloads)) return pages;
  const html = Buffer.from(ownerPage.identity.body).toString('utf8');
  const end = html.indexOf('</head>');
  if (end === -1) return pages;
  for (const [path, chunks] of Object.entries(preloads)) {
    const links = chunks
      .filter((chunk) => files.has(chunk))
      .map((chunk) => `<link rel="modulepreload" crossorigin href="${chunk}">\n`)
      .join('');
    const bytes = Buffer.from(html.slice(0, end) + links + html.slice(end));
    pages.set(path, {
      contentType: ownerPage.contentType,
      identity: representation(bytes),
      encoded: {
        br: representation(brotliCompressSync(bytes)),
        gzip: representation(gzipSync(bytes)),
      },
    });
  }
  return pages;
}
