import { createPrivateKey, sign } from 'node:crypto';
import type { PublicCard } from '../../use-cases/public/get-public-card.ts';
import type { GoogleCredentials } from '../load-wallet.ts';

export type SaveLinkInput = {
  credentials: GoogleCredentials;
  now: Date;
  card: PublicCard;
  merchantId: string;
  customerId: string;
  cardUrl: string;
  /** Where Google fetches the programme's logo (a PNG it can reach). */
  logoUrl: string;
  /** The site the button is shown on, which Google checks the link against. */
  origin: string;
};

/**
 * The "Add to Google Wallet" link: a JWT signed RS256 with the operator's service account that
 * carries the shop's loyalty class and the customer's loyalty object (balance, next reward, the
 * QR code the counter scans). Google creates both when the customer saves the card.
 * @example
 * saveLink(input) // 'https://pay.google.com/gp/v/save/eyJhbGciOiJSUzI1NiIs…'
 */
export function saveLink(input: SaveLinkInput): string {
  const header = { alg: 'RS256', typ: 'JWT' };
  const claims = {
    iss: input.credentials.clientEmail,
    aud: 'google',
    typ: 'savetowallet',
    iat: Math.floor(input.now.getTime() / 1000),
    origins: [input.origin],
    payload: { loyaltyClasses: [loyaltyClass(input)], loyaltyObjects: [loyaltyObject(input)] },
  };
  const signed = `${base64url(header)}.${base64url(claims)}`;
  const signature = sign(
    'sha256',
    Buffer.from(signed),
    createPrivateKey(input.credentials.privateKey),
  );
  return `https://pay.google.com/gp/v/save/${signed}.${signature.toString('base64url')}`;
}

/** One class per shop: its name, colour and programme. */
export function loyaltyClassId(issuerId: string, merchantId: string): string {
  return `${issuerId}.shop-${merchantId}`;
}

function loyaltyClass(input: SaveLinkInput) {
  const { card } = input;
  const program = card.programs[0];
  return {
    id: loyaltyClassId(input.credentials.issuerId, input.merchantId),
    issuerName: card.business.name,
    programName: program ? program.name.fr : card.business.name,
    ...(program ? { localizedProgramName: localized(program.name) } : {}),
    programLogo: { sourceUri: { uri: input.logoUrl } },
    hexBackgroundColor: card.business.brandColor ?? '#7a3e2b',
    countryCode: 'FR',
    reviewStatus: 'UNDER_REVIEW',
  };
}

function loyaltyObject(input: SaveLinkInput) {
  const { card } = input;
  const [first, second] = card.programs;
  return {
    id: `${input.credentials.issuerId}.card-${input.customerId}`,
    classId: loyaltyClassId(input.credentials.issuerId, input.merchantId),
    state: 'ACTIVE',
    accountName: card.firstName,
    ...(first ? { loyaltyPoints: points(first) } : {}),
    ...(second ? { secondaryLoyaltyPoints: points(second) } : {}),
    barcode: { type: 'QR_CODE', value: input.cardUrl },
    textModulesData: card.programs.flatMap((p, i) =>
      p.progress?.reward
        ? [
            {
              id: `next${i}`,
              header: 'Prochaine récompense',
              body: `${p.progress.reward.fr} : ${p.progress.current} / ${p.progress.target}`,
              localizedHeader: localized({ fr: 'Prochaine récompense', en: 'Next reward' }),
              localizedBody: localized({
                fr: `${p.progress.reward.fr} : ${p.progress.current} / ${p.progress.target}`,
                en: `${p.progress.reward.en || p.progress.reward.fr}: ${p.progress.current} / ${p.progress.target}`,
              }),
            },
          ]
        : [],
    ),
    linksModuleData: {
      uris: [{ id: 'card', uri: input.cardUrl, description: 'Votre carte en ligne' }],
    },
  };
}

type Program = PublicCard['programs'][number];

function points(program: Program) {
  const label = program.kind === 'stamps' ? 'Tampons' : 'Points';
  const balance =
    program.kind === 'stamps' && program.progress
      ? { string: `${program.progress.current} / ${program.progress.target}` }
      : { int: program.balance };
  return {
    label,
    localizedLabel: localized({ fr: label, en: program.kind === 'stamps' ? 'Stamps' : 'Points' }),
    balance,
  };
}

function localized(text: { fr: string; en: string }) {
  return {
    defaultValue: { language: 'fr', value: text.fr },
    translatedValues: [{ language: 'en', value: text.en || text.fr }],
  };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
