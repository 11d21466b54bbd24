import type { Context } from 'hono';
import { chooseEncoding, type Encoding } from './accept-encoding.ts';
import type { StaticFile } from './static-files.ts';

/** Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Answers with one built file in the encoding the client prefers among those the build wrote:
 * `Content-Encoding` and the length and ETag of the bytes actually sent, `Vary: Accept-Encoding`
 * whenever the answer depends on it, and 304 when the client already holds those bytes.
 */
export function sendFile(c: Context, file: StaticFile, cacheControl: string): Response {
  const available = Object.keys(file.encoded) as Encoding[];
  const encoding = chooseEncoding(c.req.header('accept-encoding'), available);
  const sent = encoding === 'identity' ? file.identity : file.encoded[encoding];
  if (!sent) throw new Error(`no ${encoding} copy`); // chooseEncoding picks among `available`
  const headers: Record<string, string> = {
    'cache-control': cacheControl,
    etag: sent.etag,
  };
  if (available.length > 0) headers.vary = 'Accept-Encoding';
  if (matches(c.req.header('if-none-match'), sent.etag)) return c.body(null, 304, headers);
  headers['content-type'] = file.contentType;
  headers['content-length'] = String(sent.body.byteLength);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return c.body(sent.body, 200, headers);
}
