/** The columns `habitue analyze` looks for. `price` × `quantity` stands in for a missing amount. */
export type ColumnRole = 'customer' | 'date' | 'amount' | 'price' | 'quantity';

/**
 * Header → comparable form: lower case, no accents, "n°"/"nº" → "n", punctuation → spaces.
 *
 * @example normalizeHeader("  N° Client ") // "n client"
 * @example normalizeHeader('Date_d’achat') // "date d achat"
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/n[°º]/g, 'n ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Known headers per role, best first (already normalized). Exact matches win over a header
 * that merely starts with one of these ("montant ttc eur").
 */
// biome-ignore format: word lists read better packed
export const KNOWN_HEADERS: Record<ColumnRole, readonly string[]> = {
  customer: [
    'client', 'n client', 'no client', 'num client', 'numero client', 'numero de client',
    'id client', 'client id', 'code client', 'ref client', 'reference client', 'idclient',
    'customer', 'customer id', 'customerid', 'customer number', 'customer no', 'customer code',
    'cust id', 'client number', 'member id', 'numero adherent', 'adherent', 'carte fidelite',
    'n carte', 'numero de carte', 'email', 'e mail', 'courriel', 'nom client', 'customer name',
  ],
  date: [
    'date', 'date d achat', 'date achat', 'date de vente', 'date vente', 'date commande',
    'date de commande', 'date facture', 'date de facture', 'date transaction', 'date ticket',
    'purchase date', 'order date', 'invoice date', 'transaction date', 'sale date', 'date time',
    'datetime', 'timestamp', 'created at', 'jour', 'day',
  ],
  amount: [
    'montant ttc', 'total ttc', 'montant', 'total', 'amount', 'montant total', 'prix total',
    'total price', 'total amount', 'montant paye', 'net amount', 'revenue', 'sales',
    'chiffre d affaires', 'ca ttc', 'ca', 'valeur', 'value', 'dollar value', 'somme',
    'montant ht', 'total ht', 'ca ht',
  ],
  price: ['prix unitaire', 'prix', 'pu', 'pu ttc', 'unit price', 'price', 'prix de vente', 'tarif'],
  quantity: ['quantite', 'qte', 'qty', 'quantity', 'nombre', 'nb', 'number of items', 'units'],
};

/**
 * How well a normalized header fits a role: 0 is best, Infinity is no match. Exact known names
 * rank by their order in the list; "starts with a known name" comes after all exact ones.
 */
export function headerRank(normalized: string, role: ColumnRole): number {
  const names = KNOWN_HEADERS[role];
  const exact = names.indexOf(normalized);
  if (exact >= 0) return exact;
  const prefix = names.findIndex((name) => normalized.startsWith(`${name} `));
  return prefix >= 0 ? names.length + prefix : Number.POSITIVE_INFINITY;
}
