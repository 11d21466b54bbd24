import pino from 'pino';
import { ERROR_CODES } from '../../../src/errors/app-error.ts';

/** A response as the robustness tests see it: the raw text, not a parsed body. */
export type RawResponse = { status: number; contentType: string; text: string };

/** Traces of internals that must never reach a client, whatever it sends. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat (?:[\w$.<>]+ )?\(?(?:file:\/\/)?[\w./\\:-]+\.(?:[cm]?[jt]s|tsx?):\d+/],
  ['node_modules', /node_modules/],
  ['a source path', /(?:\/work\/|\/home\/|\/usr\/lib\/|packages\/server\/src)/],
  ['an error class name', /\b(?:Type|Reference|Syntax|Range|URI|Aggregate|Zod|Database|)Error: /],
];

/** Database and library wording that means a raw driver error was passed through. */
const INTERNAL_WORDING =
  /violates .*constraint|duplicate key value|invalid input syntax|relation "|column "|syntax error at|current transaction is aborted|pglite|kysely|sqlstate/i;

/**
 * Everything wrong with one response, as readable sentences (empty when it is fine): no 5xx,
 * every 4xx an RFC 9457 problem whose `code` maps to that status, and no internals in any body.
 */
export function responseProblems(response: RawResponse): string[] {
  const problems: string[] = [];
  const { status, contentType, text } = response;
  if (status >= 500) problems.push(`answered ${status}`);
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(text);
    if (match) problems.push(`the body contains ${what}: …${excerpt(text, match.index)}…`);
  }
  if (status < 400) return problems;
  if (!/^application\/problem\+json\b/i.test(contentType)) {
    problems.push(
      `a ${status} with content-type "${contentType}" instead of application/problem+json`,
    );
    return problems;
  }
  let body: { code?: unknown; status?: unknown; detail?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `a problem document that is not JSON: ${excerpt(text, 0)}`];
  }
  if (typeof body.code !== 'string') problems.push('a problem document without a string `code`');
  else if (!(body.code in ERROR_CODES)) problems.push(`an unknown error code "${body.code}"`);
  else if (ERROR_CODES[body.code as keyof typeof ERROR_CODES] !== status) {
    problems.push(`code "${body.code}" sent with HTTP ${status}`);
  }
  if (body.status !== status)
    problems.push(`problem status ${String(body.status)} ≠ HTTP ${status}`);
  const internal = INTERNAL_WORDING.exec(String(body.detail ?? ''));
  if (internal) problems.push(`the problem detail passes a driver message through: ${body.detail}`);
  return problems;
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 60), at + 120).replaceAll('\n', '⏎');
}

/**
 * A logger that keeps what the server logs, so a failing test can show the unhandled error
 * behind a 500 (the client, rightly, only gets a correlation id).
 */
export function capturingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    /** The errors logged since the last call, emptied. */
    drain(): string[] {
      return lines.splice(0, lines.length);
    },
  };
}
