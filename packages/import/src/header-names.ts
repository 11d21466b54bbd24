/**
 * The columns the reader looks for. `price` × `quantity` stands in for a missing amount;
 * `invoice` groups the lines of one receipt and tells a cancellation; `item` names a line.
 */
export type ColumnRole = 'customer' | 'date' | 'amount' | 'price' | 'quantity' | 'invoice' | 'item';

/**
 * Header → comparable form: words of camelCase split ("CustomerID" → "customer id"), lower case,
 * no accents, "n°"/"nº" → "n", punctuation and underscores → spaces.
 *
 * @example normalizeHeader("  N° Client ") // "n client"
 * @example normalizeHeader('Date_d’achat') // "date d achat"
 * @example normalizeHeader('InvoiceDate') // "invoice date"
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/n[°º]/g, 'n ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Headers of a customer's number in the shop's files (no names, no email): the import's `customerRef`. */
// biome-ignore format: word lists read better packed
export const CUSTOMER_REF_HEADERS: readonly string[] = [
  'n client', 'no client', 'num client', 'numero client', 'numero de client', 'id client',
  'client id', 'code client', 'ref client', 'reference client', 'idclient', 'customer id',
  'customerid', 'customer number', 'customer no', 'customer code', 'customer ref', 'cust id',
  'client number', 'client code', 'member id', 'numero adherent', 'n adherent', 'carte fidelite',
  'n carte', 'numero de carte', 'adherent',
];

/**
 * Known headers per role, best first (already normalized). Exact matches win over a header
 * that merely starts with one of these ("montant ttc eur"). Identifiers come before names: two
 * customers can share a name, and a customer without a name still has a number.
 */
// biome-ignore format: word lists read better packed
export const KNOWN_HEADERS: Record<ColumnRole, readonly string[]> = {
  customer: [
    ...CUSTOMER_REF_HEADERS, 'email', 'e mail', 'courriel', 'adresse email',
    'client', 'customer', 'nom client', 'customer name',
  ],
  date: [
    'date', 'date d achat', 'date achat', 'date de vente', 'date vente', 'date commande',
    'date de commande', 'date facture', 'date de facture', 'date transaction', 'date ticket',
    'purchase date', 'order date', 'invoice date', 'transaction date', 'sale date', 'date time',
    'datetime', 'timestamp', 'created at', 'jour', 'day',
  ],
  amount: [
    'montant ttc', 'total ttc', 'ttc', 'prix total ttc', 'net a payer', 'montant paye',
    'montant', 'total', 'amount', 'montant total', 'prix total', 'total price', 'total amount',
    'line total', 'net amount', 'revenue', 'sales', 'chiffre d affaires', 'ca ttc', 'ca',
    'valeur', 'value', 'dollar value', 'somme',
    'montant ht', 'total ht', 'ht', 'ca ht', 'prix total ht',
  ],
  price: [
    'prix unitaire', 'prix unitaire ttc', 'pu ttc', 'prix', 'pu', 'unit price', 'price',
    'prix de vente', 'tarif', 'prix unitaire ht', 'pu ht',
  ],
  quantity: ['quantite', 'qte', 'qty', 'quantity', 'nombre', 'nb', 'number of items', 'units'],
  invoice: [
    'n facture', 'numero facture', 'numero de facture', 'facture', 'invoice no', 'invoice',
    'invoice number', 'invoice id', 'n ticket', 'numero ticket', 'numero de ticket', 'ticket',
    'n commande', 'numero commande', 'numero de commande', 'order id', 'order number', 'order no',
    'receipt', 'receipt no', 'receipt number', 'transaction id', 'id transaction', 'n piece',
  ],
  item: [
    'article', 'produit', 'designation', 'libelle', 'description', 'item', 'product',
    'stock code', 'code article', 'ref article', 'reference article', 'sku',
  ],
};

/** Words that make a money column something other than what the customer paid (VAT, discount…). */
const NOT_PAID = new Set(['tva', 'vat', 'tax', 'taxe', 'taxes', 'remise', 'discount', 'marge']);
const NOT_PAID_ROLES = new Set<ColumnRole>(['amount', 'price']);
/** Words that make a date column something other than the day of a sale. */
// biome-ignore format: word lists read better packed
const NOT_SALE_DAY = new Set([
  'naissance', 'birth', 'birthday', 'anniversaire', 'inscription', 'creation', 'consentement',
  'consent', 'optin',
]);
/** Ranks added to a before-tax column: any tax-inclusive or unstated one is preferred. */
const BEFORE_TAX_PENALTY = 1000;

/** Whether the amounts of a column include VAT (TTC), exclude it (HT), or the header does not say. */
export type TaxBasis = 'ttc' | 'ht' | null;

/**
 * TTC or HT, from the header's words.
 *
 * @example taxBasis('montant ht') // 'ht'
 */
export function taxBasis(normalized: string): TaxBasis {
  const words = normalized.split(' ');
  if (words.includes('ttc') || normalized.includes('toutes taxes')) return 'ttc';
  if (words.includes('ht') || normalized.includes('hors taxe')) return 'ht';
  return null;
}

/**
 * How well a normalized header fits a role: 0 is best, Infinity is no match. Exact known names
 * rank by their order in the list; "starts with a known name" comes after all exact ones. A VAT
 * or discount column is never an amount, a birth or sign-up date never the day of a sale, and a
 * before-tax (HT) amount comes after all others.
 */
export function headerRank(normalized: string, role: ColumnRole): number {
  const words = normalized.split(' ');
  if (NOT_PAID_ROLES.has(role) && words.some((word) => NOT_PAID.has(word))) {
    return Number.POSITIVE_INFINITY;
  }
  if (role === 'date' && words.some((word) => NOT_SALE_DAY.has(word))) {
    return Number.POSITIVE_INFINITY;
  }
  const names = KNOWN_HEADERS[role];
  const exact = names.indexOf(normalized);
  const prefix = names.findIndex((name) => normalized.startsWith(`${name} `));
  const rank = exact >= 0 ? exact : prefix >= 0 ? names.length + prefix : Number.POSITIVE_INFINITY;
  return NOT_PAID_ROLES.has(role) && taxBasis(normalized) === 'ht'
    ? rank + BEFORE_TAX_PENALTY
    : rank;
}
