import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the provider accepted as well-formed, as it arrived. */
export type ReceivedSms = {
  headers: IncomingHttpHeaders;
  body: {
    sender: string;
    recipient: string;
    content: string;
    type: string;
    tag?: string;
    unicodeEnabled?: boolean;
  };
};

/** What the server does with the next request. */
export type SmsBehaviour =
  | { kind: 'accept' }
  | { kind: 'reply'; status: number; body: string }
  /** Keeps the request without ever answering (a provider that took it and went silent). */
  | { kind: 'hang' };

const API_KEY = 'xkeysib-test-key';

/**
 * A real HTTP server on loopback that checks requests the way Brevo's transactional SMS endpoint
 * documents them (POST /v3/transactionalSMS/send, `api-key` header, JSON with `sender` — 11
 * letters or digits, or 15 digits —, `recipient` in international form without "+", `content`,
 * `type` transactional or marketing) and answers 201 `{ messageId }`. A malformed request is
 * answered 400 with the reason and recorded in `rejected`, so a test sees exactly what was wrong.
 */
export async function startBrevoTestServer() {
  const received: ReceivedSms[] = [];
  const rejected: string[] = [];
  const behaviours: SmsBehaviour[] = [];
  const hanging: Array<() => void> = [];
  let nextId = 1511882900176220;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const problem = check(req.method, req.url, req.headers, Buffer.concat(chunks));
      if (problem) {
        rejected.push(problem);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'invalid_parameter', message: problem }));
        return;
      }
      const behaviour = behaviours.shift() ?? { kind: 'accept' };
      if (behaviour.kind === 'hang') {
        hanging.push(() => res.destroy());
        return;
      }
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) });
      if (behaviour.kind === 'reply') {
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(behaviour.body);
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messageId: nextId++ }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3/transactionalSMS/send`,
    apiKey: API_KEY,
    received,
    rejected,
    next(behaviour: SmsBehaviour) {
      behaviours.push(behaviour);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const drop of hanging) drop();
        server.close(() => resolve());
      }),
  };
}

export type BrevoTestServer = Awaited<ReturnType<typeof startBrevoTestServer>>;

function check(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
  raw: Buffer,
): string | null {
  if (method !== 'POST' || url !== '/v3/transactionalSMS/send')
    return `unexpected ${method} ${url}`;
  if (headers['api-key'] !== API_KEY) return 'missing or wrong api-key header';
  if (!String(headers['content-type']).startsWith('application/json')) return 'not JSON';
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'body is not JSON';
  }
  const { sender, recipient, content, type, unicodeEnabled } = body;
  if (typeof sender !== 'string' || !/^([A-Za-z0-9 ]{1,11}|\d{1,15})$/.test(sender)) {
    return 'sender must be 11 alphanumeric characters or 15 digits at most';
  }
  if (typeof recipient !== 'string' || !/^\d{8,15}$/.test(recipient)) {
    return 'recipient must be an international number without "+"';
  }
  if (typeof content !== 'string' || content.length === 0) return 'content is required';
  if (type !== undefined && type !== 'transactional' && type !== 'marketing') {
    return 'type must be transactional or marketing';
  }
  if (unicodeEnabled !== undefined && typeof unicodeEnabled !== 'boolean') {
    return 'unicodeEnabled must be a boolean';
  }
  return null;
}
