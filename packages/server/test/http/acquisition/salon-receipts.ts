/** A salon's receipt line (a service at 20 €), as the till sends it with a purchase. */
export const line = (sku: string, name: string) => ({
  sku,
  name,
  category: 'salon',
  quantity: 1,
  unitPriceCents: 2_000,
});
