import { Agent, type IncomingHttpHeaders, request } from 'node:http';

/** One HTTP exchange against the server under test, body fully read. */
export type Reply = { status: number; headers: Record<string, string>; body: string };

export type Client = {
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
  close(): void;
};

const TIMEOUT_MS = 10_000;

/**
 * A keep-alive HTTP/1.1 client for 127.0.0.1 only. `node:http` rather than `fetch`: the load
 * generator shares two cores with the server and PostgreSQL, and undici's fetch spends several
 * times more CPU per request than a plain `http.request`.
 */
export function createClient(baseUrl: string, maxSockets: number): Client {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1')
    throw new Error(`refusing to load anything but 127.0.0.1: ${baseUrl}`);
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  return {
    send(method, path, body, headers = {}) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            method,
            path,
            headers: {
              ...headers,
              ...(payload === undefined
                ? {}
                : {
                    'content-type': 'application/json',
                    'content-length': Buffer.byteLength(payload),
                  }),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: flatten(res.headers),
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
            res.on('error', reject);
          },
        );
        req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms`)));
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : (v ?? '')]),
  );
}
