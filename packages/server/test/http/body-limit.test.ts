import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterEach, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { describeEachBackend } from '../support/backends.ts';
import { testServices } from '../support/test-app.ts';

let server: ServerType | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** The API behind Node's own HTTP server, as `habitue start` serves it. */
async function listening(services: ReturnType<typeof testServices>) {
  const app = createApp(services);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

let n = 0;
const signUp = () =>
  JSON.stringify({
    email: `limit${++n}-${Date.now()}@example.fr`,
    password: 'pain-au-chocolat-42',
    businessName: 'Boulangerie des limites',
  });

/** A body sent in chunks, without a content-length (`transfer-encoding: chunked`). */
function chunked(text: string, chunk = 64 * 1024) {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + chunk));
      at += chunk;
    },
  });
}

const post = (base: string, body: string | ReadableStream<Uint8Array>) =>
  fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

describeEachBackend('request bodies through Node’s server: the 1 MiB limit', (database) => {
  it('a body with its length declared is read; one declared over 1 MiB is refused unread', async () => {
    const base = await listening(testServices(database()));
    const ok = await post(base, signUp());
    expect(ok.status, await ok.clone().text()).toBe(201);
    const big = await post(base, JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await big.json()) as { code: string }).code).toBe('payload_too_large');
    const malformed = await post(base, '{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('a chunked body is counted as it comes: read under the limit, refused over it', async () => {
    const base = await listening(testServices(database()));
    const ok = await post(base, chunked(signUp(), 16));
    expect(ok.status, await ok.clone().text()).toBe(201);
    const big = await post(base, chunked(JSON.stringify({ padding: 'x'.repeat(1024 * 1024) })));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { code: string }).code).toBe('payload_too_large');
  });
});
