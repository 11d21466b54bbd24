import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.ts';
import { loadWallet } from './load-wallet.ts';

const APPLE = {
  APPLE_WALLET_PASS_TYPE_ID: 'pass.fr.habitue.carte',
  APPLE_WALLET_TEAM_ID: 'A1B2C3D4E5',
  APPLE_WALLET_CERTIFICATE: '/etc/habitue/pass.pem',
  APPLE_WALLET_KEY: '/etc/habitue/pass.key',
  APPLE_WALLET_WWDR: '/etc/habitue/wwdr.pem',
};

describe('wallet configuration', () => {
  it('is off without its variables', () => {
    expect(loadConfig({}).wallet).toEqual({ apple: null, google: null });
  });

  it('reads every Apple variable, the passphrase optional', () => {
    expect(loadConfig(APPLE).wallet.apple).toEqual({
      passTypeId: 'pass.fr.habitue.carte',
      teamId: 'A1B2C3D4E5',
      certificatePath: '/etc/habitue/pass.pem',
      keyPath: '/etc/habitue/pass.key',
      keyPassphrase: null,
      wwdrPath: '/etc/habitue/wwdr.pem',
    });
  });

  it('names the missing variables of a half-set wallet', () => {
    const { APPLE_WALLET_WWDR: _, ...partial } = APPLE;
    expect(() => loadConfig(partial)).toThrow(ConfigError);
    expect(() => loadConfig(partial)).toThrow(/APPLE_WALLET_WWDR: required with/);
    expect(() => loadConfig({ GOOGLE_WALLET_ISSUER_ID: '3388000000012345678' })).toThrow(
      /GOOGLE_WALLET_SERVICE_ACCOUNT: required with GOOGLE_WALLET_ISSUER_ID/,
    );
  });

  it('refuses malformed identifiers with an example', () => {
    expect(() => loadConfig({ ...APPLE, APPLE_WALLET_TEAM_ID: 'abc' })).toThrow(/10-character/);
    expect(() => loadConfig({ ...APPLE, APPLE_WALLET_PASS_TYPE_ID: 'fr.habitue' })).toThrow(
      /pass\.fr\.example/,
    );
  });

  it('stops at start-up on a file it cannot read, or a service account that is not one', () => {
    expect(() => loadWallet(loadConfig(APPLE).wallet)).toThrow(
      /APPLE_WALLET_CERTIFICATE: cannot read \/etc\/habitue\/pass.pem \(ENOENT\)/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'habitue-wallet-config-'));
    writeFileSync(join(dir, 'account.json'), JSON.stringify({ client_email: 'x@example.fr' }));
    const google = loadConfig({
      GOOGLE_WALLET_ISSUER_ID: '3388000000012345678',
      GOOGLE_WALLET_SERVICE_ACCOUNT: join(dir, 'account.json'),
    }).wallet;
    expect(() => loadWallet(google)).toThrow(/is not a service account JSON key/);
  });
});
