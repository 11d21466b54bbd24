import { describe, expect, it } from 'vitest';
import { exportHref } from './export-link.ts';

describe('exportHref', () => {
  it('carries the customers list filters and the language', () => {
    expect(
      exportHref('customers', 'xlsx', { tag: 'vip', segment: 'champions', query: ' lea ' }, 'fr'),
    ).toBe('/api/v1/exports/customers?format=xlsx&locale=fr&segment=champions&tag=vip&query=lea');
  });

  it('leaves empty filters out, and the list filters off other files', () => {
    expect(exportHref('customers', 'csv', { tag: '', query: null }, 'en')).toBe(
      '/api/v1/exports/customers?format=csv&locale=en',
    );
    expect(exportHref('purchases', 'csv', { tag: 'vip' }, 'fr')).toBe(
      '/api/v1/exports/purchases?format=csv&locale=fr',
    );
  });
});
