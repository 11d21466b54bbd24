/**
 * A value as read from an optional column: `undefined` when the file has no such column (or the
 * cell is empty), `null` when the cell cannot be read.
 */
export type ReadValue = number | null | undefined;

/**
 * The amount of one line, by the one refund policy of the reader: an amount column is taken as
 * it is, negative when the quantity is (a cancelled line); otherwise price × quantity (the price
 * alone without a quantity). A line of a cancellation or credit note is always negative. Null
 * when a value needed is unreadable.
 *
 * @example lineAmount({ price: 2.5, quantity: -2, cancelled: false }) // -5
 */
export function lineAmount(line: {
  amount?: ReadValue;
  price?: ReadValue;
  quantity?: ReadValue;
  cancelled: boolean;
}): number | null {
  const { amount, price, quantity, cancelled } = line;
  let value: number | null;
  if (amount !== undefined) {
    value =
      amount === null
        ? null
        : typeof quantity === 'number' && quantity < 0
          ? -Math.abs(amount)
          : amount;
  } else if (price === undefined || price === null) value = null;
  else if (quantity === undefined) value = price;
  else value = quantity === null ? null : price * quantity;
  return value !== null && cancelled ? -Math.abs(value) : value;
}
