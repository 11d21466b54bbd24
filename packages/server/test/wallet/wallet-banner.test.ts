import { beforeAll, expect, it } from 'vitest';
import { NO_WALLET } from '../../src/wallet/load-wallet.ts';
import { walletBanner } from '../../src/wallet/wallet-banner.ts';
import { makeTestChain, type TestChain } from './test-certificates.ts';

let chain: TestChain;
beforeAll(() => {
  chain = makeTestChain();
});

const DAY = 24 * 3600_000;

it('says nothing without wallets', () => {
  expect(walletBanner(NO_WALLET, 'https://habitue.example', new Date())).toEqual([]);
});

it('names the pass type and the end of the certificate, and warns of plain http', () => {
  const lines = walletBanner(
    { apple: chain.apple, google: null },
    'http://habitue.example',
    new Date(),
  );
  expect(lines[0]).toMatch(
    /^Apple Wallet: passes issued as pass\.fr\.habitue\.test \(certificate valid until \d{4}-\d\d-\d\d\)$/,
  );
  expect(lines).toContain(
    'Warning: Apple Wallet passes will not update themselves: HABITUE_PUBLIC_URL is not https',
  );
});

it('warns of a certificate that expires within 30 days, or is wrong', () => {
  const soon = walletBanner(
    { apple: chain.apple, google: null },
    'https://habitue.example',
    new Date(Date.now() + 350 * DAY),
  );
  expect(soon).toContain('Warning: the Apple Wallet certificate expires within 30 days; renew it');
  const wrong = walletBanner(
    { apple: { ...chain.apple, keyPassphrase: 'faux' }, google: null },
    'https://habitue.example',
    new Date(),
  );
  expect(wrong).toEqual([
    expect.stringMatching(
      /^Warning: Apple Wallet passes cannot be issued: APPLE_WALLET_KEY cannot be read/,
    ),
  ]);
});
