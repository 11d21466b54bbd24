import { PKPass } from 'passkit-generator';
import type { PublicCard } from '../../use-cases/public/get-public-card.ts';
import type { AppleCredentials } from '../load-wallet.ts';
import { passAuthenticationToken } from './authentication-token.ts';
import { passContent } from './pass-content.ts';
import { hexRgb, passImages } from './pass-images.ts';
import { checkSigningCertificates } from './signing-certificates.ts';

const DEFAULT_COLOR = '#7a3e2b';

export type ApplePassInput = {
  credentials: AppleCredentials;
  /** Whose certificate it is: the operator's or the shop's own (the error names what to fix). */
  whose?: 'server' | 'shop';
  now: Date;
  card: PublicCard;
  serialNumber: string;
  cardUrl: string;
  /** Where the pass asks for its updates; null leaves the pass static (Wallet wants https). */
  webServiceUrl: string | null;
};

/**
 * A signed `.pkpass` of one customer's card: a store card in the shop's colour with the balance,
 * the progress, the next reward and the QR code the counter scans (the card link, as on the
 * card page), in French and English.
 */
export function buildApplePass(input: ApplePassInput): Buffer {
  const { card, credentials } = input;
  const color = card.business.brandColor ?? DEFAULT_COLOR;
  const content = passContent(card, input.cardUrl);
  const pass = new PKPass(
    passImages(color),
    checkSigningCertificates(credentials, input.now, input.whose),
    {
      formatVersion: 1,
      passTypeIdentifier: credentials.passTypeId,
      teamIdentifier: credentials.teamId,
      serialNumber: input.serialNumber,
      organizationName: card.business.name,
      description: 'description',
      logoText: card.business.name,
      backgroundColor: rgb(color),
      foregroundColor: rgb(textColor(color)),
      labelColor: rgb(textColor(color)),
      sharingProhibited: true,
      ...(input.webServiceUrl
        ? {
            webServiceURL: input.webServiceUrl,
            authenticationToken: passAuthenticationToken(card.cardToken),
          }
        : {}),
    },
  );
  pass.type = 'storeCard';
  pass.primaryFields.push(...content.primary);
  pass.secondaryFields.push(...content.secondary);
  pass.auxiliaryFields.push(...content.auxiliary);
  pass.backFields.push(...content.back);
  pass.setBarcodes({
    format: 'PKBarcodeFormatQR',
    message: input.cardUrl,
    messageEncoding: 'iso-8859-1',
  });
  pass.localize('fr', {
    ...content.strings.fr,
    description: `Carte de fidélité ${card.business.name}`,
  });
  pass.localize('en', {
    ...content.strings.en,
    description: `${card.business.name} loyalty card`,
  });
  return pass.getAsBuffer();
}

function rgb(hex: string): string {
  return `rgb(${hexRgb(hex).join(', ')})`;
}

/** Dark text on light colours, white on dark ones (WCAG relative luminance). */
function textColor(background: string): string {
  const [r, g, b] = hexRgb(background).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#1f1a17' : '#ffffff';
}
