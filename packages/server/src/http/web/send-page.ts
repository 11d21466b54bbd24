import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { chooseEncoding } from './accept-encoding.ts';

/**
 * Answers with a page written for this request (a customer's card with its data in it):
 * compressed now, at a quick setting (a few kilobytes: well under a millisecond), never
 * stored by anyone (`no-store`: it carries a customer's first name and balances).
 */
export function sendPage(c: Context, html: string): Response {
  const bytes = Buffer.from(html);
  const encoding = chooseEncoding(c.req.header('accept-encoding'), ['br', 'gzip']);
  const body =
    encoding === 'br'
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : encoding === 'gzip'
        ? gzipSync(bytes, { level: 6 })
        : bytes;
  const headers: Record<string, string> = {
    'cache-control': 'no-store',
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(body.byteLength),
    vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return c.body(new Uint8Array(body), 200, headers);
}
