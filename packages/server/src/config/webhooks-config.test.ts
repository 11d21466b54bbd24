import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('WEBHOOKS_ALLOW_PRIVATE', () => {
  it('refuses private addresses unless set to true', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowPrivate: false });
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'true' }).webhooks).toEqual({ allowPrivate: true });
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'false' }).webhooks).toEqual({
      allowPrivate: false,
    });
  });

  it('names the variable when the value is not true or false', () => {
    expect(() => loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'yes' })).toThrow(/WEBHOOKS_ALLOW_PRIVATE/);
  });
});
