import { X509Certificate } from 'node:crypto';
import { AppError } from '../errors/app-error.ts';
import { checkSigningCertificates } from './apple/signing-certificates.ts';
import type { Wallet } from './load-wallet.ts';

const SOON_MS = 30 * 24 * 3600_000;

/**
 * What `habitue start` says about the wallets, so the operator learns of a wrong or soon-expiring
 * certificate at start-up rather than from a customer. Lines starting with "Warning:" need action.
 * @example
 * walletBanner(NO_WALLET, 'https://x', new Date()) // []
 */
export function walletBanner(wallet: Wallet, publicUrl: string, now: Date): string[] {
  const lines: string[] = [];
  if (wallet.apple) {
    try {
      checkSigningCertificates(wallet.apple, now);
      const until = new Date(new X509Certificate(wallet.apple.certificate).validTo);
      lines.push(
        `Apple Wallet: passes issued as ${wallet.apple.passTypeId} (certificate valid until ${until.toISOString().slice(0, 10)})`,
      );
      if (until.getTime() - now.getTime() < SOON_MS) {
        lines.push('Warning: the Apple Wallet certificate expires within 30 days; renew it');
      }
      if (!publicUrl.startsWith('https://')) {
        lines.push(
          'Warning: Apple Wallet passes will not update themselves: HABITUE_PUBLIC_URL is not https',
        );
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      lines.push(`Warning: Apple Wallet passes cannot be issued: ${error.message}`);
    }
  }
  if (wallet.google) {
    lines.push(`Google Wallet: links signed by ${wallet.google.clientEmail}`);
  }
  return lines;
}
