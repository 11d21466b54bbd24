import { asDelivered } from './stop-mention.ts';

/**
 * How many SMS a text costs. A text message carries 140 bytes: 160 characters of the GSM 03.38
 * alphabet (7 bits each), or 70 in UCS-2 as soon as one character is outside it ("ê", "ç", "’",
 * an emoji). A longer text is split into parts that each lose a few characters to the header
 * that glues them back together: 153 (GSM) or 67 (UCS-2) per part. Characters of the GSM
 * extension table ("€", "[", "~"…) take two places. Providers bill per part, so the owner sees
 * this count before anything is sent.
 */

// The GSM 03.38 basic character set (3GPP TS 23.038, table 6.2.1).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// The extension table, reached through an escape: each costs two septets.
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'gsm7' | 'ucs2';

/** Units one text may take, and each part of a longer one, by encoding. */
export const SMS_LIMITS: Readonly<Record<SmsEncoding, { single: number; perPart: number }>> = {
  gsm7: { single: 160, perPart: 153 },
  ucs2: { single: 70, perPart: 67 },
};

export type SmsSize = {
  encoding: SmsEncoding;
  /** Septets (GSM) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** Parts billed by the provider. */
  segments: number;
};

/**
 * @example
 * smsSize('Votre carte : https://x.fr/c/abc'); // { encoding: 'gsm7', units: 32, segments: 1 }
 * smsSize('Fête des pères'); // { encoding: 'ucs2', units: 14, segments: 1 }
 * smsSize('a'.repeat(161)).segments; // 2
 */
export function smsSize(message: string): SmsSize {
  // The STOP mention's placeholder arrives as the provider's 5-digit short code.
  const text = asDelivered(message);
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENDED.has(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'gsm7', units: septets, segments: parts(septets, 'gsm7') };
  // UCS-2 counts UTF-16 code units: an emoji outside the basic plane takes two.
  return { encoding: 'ucs2', units: text.length, segments: parts(text.length, 'ucs2') };
}

function parts(units: number, encoding: SmsEncoding): number {
  const { single, perPart } = SMS_LIMITS[encoding];
  if (units <= single) return 1;
  return Math.ceil(units / perPart);
}

/**
 * A text's size as the provider bills it, with the limits of its encoding (what the owner is
 * shown while writing).
 * @example smsCost('Promo') // { encoding: 'gsm7', units: 5, segments: 1, single: 160, perPart: 153 }
 */
export function smsCost(message: string) {
  const size = smsSize(message);
  return { ...size, ...SMS_LIMITS[size.encoding] };
}
