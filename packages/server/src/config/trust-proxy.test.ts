import { describe, expect, it } from 'vitest';
import { forwardedClient } from '../http/routes/client-address.ts';
import { ConfigError, loadConfig } from './config.ts';

describe('TRUST_PROXY', () => {
  it('is a number of proxy hops; true means one, with a warning saying so', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' })).toMatchObject({ trustProxy: 2, warnings: [] });
    const legacy = loadConfig({ TRUST_PROXY: 'true' });
    expect(legacy.trustProxy).toBe(1);
    expect(legacy.warnings).toEqual([expect.stringContaining('TRUST_PROXY=1')]);
  });

  it('refuses anything else with a message naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY/);
  });
});

describe('forwardedClient', () => {
  it('counts hops from the right, ignoring what the client wrote on the left', () => {
    expect(forwardedClient('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(forwardedClient('6.6.6.6,203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(forwardedClient('203.0.113.7', 2)).toBe('203.0.113.7');
    expect(forwardedClient(undefined, 1)).toBeUndefined();
    expect(forwardedClient(' , ', 1)).toBeUndefined();
  });
});
