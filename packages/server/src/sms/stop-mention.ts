/**
 * Every marketing SMS to a French number must offer a free way to refuse the next ones (CNIL,
 * art. L34-5 CPCE): "STOP au" and a short number at the end of the text. Brevo replaces the
 * placeholder `[STOP_CODE]` with its own short code (5 digits) when it sends, receives the
 * "STOP" replies there and tells us through its webhook (`record-sms-stop.ts`).
 */
export const STOP_CODE_PLACEHOLDER = '[STOP_CODE]';

/** How many characters the provider's short code takes in the text as delivered. */
export const STOP_CODE_DIGITS = 5;

export const STOP_MENTION = `STOP au ${STOP_CODE_PLACEHOLDER}`;

/**
 * A marketing text with the STOP mention on its last line (added once).
 * @example withStopMention('Promo -20 % ce samedi') // 'Promo -20 % ce samedi\nSTOP au [STOP_CODE]'
 */
export function withStopMention(text: string): string {
  const body = text.trimEnd();
  return body.endsWith(STOP_MENTION) ? body : `${body}\n${STOP_MENTION}`;
}

/** The text as the recipient's phone receives it, for counting: the code is 5 digits. */
export function asDelivered(text: string): string {
  return text.replaceAll(STOP_CODE_PLACEHOLDER, '0'.repeat(STOP_CODE_DIGITS));
}
