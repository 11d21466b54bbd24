import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  checkedLookup,
  type DestinationPolicy,
  DestinationRefused,
  parseDestination,
} from './destination.ts';
import { signWebhook } from './signature.ts';

/** A receiver gets this long to answer; a slow one counts as a failed try. */
const TIMEOUT_MS = 10_000;
/** At most this much of a response is read (and thrown away): only its status matters. */
const MAX_RESPONSE_BYTES = 64 * 1024;

export type SendOutcome = {
  succeeded: boolean;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
};

/**
 * Sends one signed delivery (Standard Webhooks headers) and reports what happened; never
 * throws. A 2xx answer is a success; redirects are not followed (a redirect could point
 * anywhere, including inside the network).
 */
export async function sendWebhook(input: {
  url: string;
  secret: string;
  messageId: string;
  body: string;
  now: Date;
  policy: DestinationPolicy;
}): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = parseDestination(input.url, input.policy);
  } catch (error) {
    return { succeeded: false, responseStatus: null, durationMs: 0, error: describe(error) };
  }
  const timestamp = Math.floor(input.now.getTime() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Habitue-Webhooks/1',
    'webhook-id': input.messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook({
      secret: input.secret,
      id: input.messageId,
      timestamp,
      body: input.body,
    }),
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendOutcome>((resolve) => {
    const req = send(
      url,
      { method: 'POST', headers, lookup: checkedLookup(input.policy), timeout: TIMEOUT_MS },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          resolve({
            succeeded: ok,
            responseStatus: status,
            durationMs: elapsed(),
            error: ok ? null : `The receiver answered ${status}`,
          });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (error) =>
      resolve({
        succeeded: false,
        responseStatus: null,
        durationMs: elapsed(),
        error: describe(error),
      }),
    );
    req.end(input.body);
  });
}

function describe(error: unknown): string {
  if (error instanceof DestinationRefused) return `Refused: ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
