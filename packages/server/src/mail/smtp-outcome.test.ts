import { describe, expect, it } from 'vitest';
import { classifySmtpError, retryDelayMs } from './smtp-outcome.ts';

describe('what an SMTP failure means for the message', () => {
  it('retries a 4xx and fails a 5xx with the reply', () => {
    expect(classifySmtpError({ responseCode: 451, response: '451 4.7.1 Try later' })).toEqual({
      kind: 'temporary',
      reply: '451 4.7.1 Try later',
    });
    expect(classifySmtpError({ responseCode: 550, response: '550 5.1.1 No such user' }).kind).toBe(
      'permanent',
    );
  });

  it('retries what provably never reached the relay, including a refused login', () => {
    for (const error of [
      { code: 'ESOCKET', syscall: 'connect', message: 'connect ECONNREFUSED' },
      { code: 'EDNS', message: 'getaddrinfo ENOTFOUND' },
      { code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT', message: 'Greeting never received' },
      { code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication failed' },
    ]) {
      expect(classifySmtpError(error).kind, JSON.stringify(error)).toBe('temporary');
    }
  });

  it('never retries a connection that broke once the message may have been handed over', () => {
    expect(classifySmtpError({ code: 'ECONNECTION', message: 'Connection closed' }).kind).toBe(
      'uncertain',
    );
    expect(
      classifySmtpError({ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT', message: 'Timeout' })
        .kind,
    ).toBe('uncertain');
  });

  it('backs off from one minute, doubling, up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });
});
