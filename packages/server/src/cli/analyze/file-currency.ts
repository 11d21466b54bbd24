/** The currencies the report can name; a French shop's files are in euros. */
export type Currency = 'EUR' | 'USD' | 'GBP';

/**
 * The currency of the amounts, from the amount column's header: euros unless the header names
 * another ("dollar_value", "Amount (USD)", "Prix £"). Files rarely say more, and a report that
 * prints € next to dollars would mislead the reader.
 *
 * @example currencyOfAmounts('dollar_value') // 'USD'
 */
export function currencyOfAmounts(header: string): Currency {
  const h = header.toLowerCase();
  if (/dollar|\busd\b|\$/.test(h)) return 'USD';
  if (/pound|sterling|\bgbp\b|£/.test(h)) return 'GBP';
  return 'EUR';
}
