/**
 * Categories come from many tills typed by many people: "Coupe", "coupe " and "COUPE" are the
 * same category. Compare case- and space-insensitively.
 * @example sameCategory('Coupe ', 'coupe') // true
 */
export function sameCategory(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('fr-FR') === b.trim().toLocaleLowerCase('fr-FR');
}
