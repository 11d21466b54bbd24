import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getMimeType } from 'hono/utils/mime';
import { ENCODING_SUFFIX, ENCODINGS, type Encoding } from './accept-encoding.ts';
import { SERVER_BUILD_DIR } from './server-rendered-card.ts';

/** One representation of a file: its bytes as sent, with their length and strong ETag. */
export type Representation = { body: Uint8Array<ArrayBuffer>; etag: string };

/** A file of the web build, as it is and in each encoding the build wrote for it. */
export type StaticFile = {
  contentType: string;
  identity: Representation;
  encoded: Partial<Record<Encoding, Representation>>;
};

/** Bytes as sent, with their strong ETag. */
export function representation(bytes: Uint8Array): Representation {
  const body = new Uint8Array(bytes);
  // A strong validator per representation: the br and gzip bytes of one file differ, so must
  // their ETags (RFC 9110 §8.8.3), or a cache could answer a gzip client with brotli.
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, etag: `"${digest}"` };
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

const isEncodedCopy = (path: string) =>
  ENCODINGS.some((encoding) => path.endsWith(ENCODING_SUFFIX[encoding]));

/**
 * Reads the built web app (packages/web/dist) once, at start-up, into a table from URL path
 * ("/assets/index-3f2a.js") to its bytes and their precompressed copies (`.br`, `.gz`, written
 * by the build; see packages/web/vite/compress-assets.ts). The build never changes while the
 * server runs, so no request touches the disk, and only the files listed can ever be served —
 * never the build's server side (dist/server/, the card's renderer).
 */
export function loadStaticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(distDir)) return files;
  for (const path of filesUnder(distDir)) {
    if (isEncodedCopy(path)) continue;
    const encoded: StaticFile['encoded'] = {};
    for (const encoding of ENCODINGS) {
      const copy = path + ENCODING_SUFFIX[encoding];
      if (existsSync(copy)) encoded[encoding] = representation(readFileSync(copy));
    }
    const urlPath = `/${relative(distDir, path).split(sep).join('/')}`;
    if (urlPath.startsWith(`/${SERVER_BUILD_DIR}/`)) continue; // the server's own code
    files.set(urlPath, {
      contentType:
        getMimeType(path) ??
        (path.endsWith('.map') ? 'application/json' : 'application/octet-stream'),
      identity: representation(readFileSync(path)),
      encoded,
    });
  }
  return files;
}
