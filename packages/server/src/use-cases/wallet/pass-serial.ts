const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A pass's serial number names its shop and customer (`<merchant id>.<customer id>`), so that
 * the web service finds the card by its key without a search across shops.
 * @example
 * passSerial('0193…', '0194…') // '0193….0194…'
 */
export function passSerial(merchantId: string, customerId: string): string {
  return `${merchantId}.${customerId}`;
}

/** The shop and customer of a serial number, or null when it is not one of ours. */
export function parsePassSerial(serial: string): { merchantId: string; customerId: string } | null {
  const [merchantId, customerId, ...rest] = serial.split('.');
  if (rest.length > 0 || !merchantId || !customerId) return null;
  if (!UUID.test(merchantId) || !UUID.test(customerId)) return null;
  return { merchantId, customerId };
}
