/**
 * A URL-safe slug from a business name: accents dropped, lower case, words joined by dashes.
 * @example
 * slugify('Boulangerie des Lilas'); // 'boulangerie-des-lilas'
 * slugify('Café Crème & Co.');      // 'cafe-creme-co'
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || 'commerce';
}
