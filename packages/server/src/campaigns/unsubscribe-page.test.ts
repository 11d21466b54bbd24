import { describe, expect, it } from 'vitest';
import { pageLocale, unsubscribePage } from './unsubscribe-page.ts';

describe('unsubscribe page', () => {
  it('asks with a button (a POST form) and never unsubscribes by being opened', () => {
    const page = unsubscribePage('fr', 'confirm', 'Café <Le Zinc>');
    expect(page).toContain(
      '<form method="post"><button type="submit">Me désinscrire</button></form>',
    );
    expect(page).toContain('Café &lt;Le Zinc&gt;');
    expect(unsubscribePage('fr', 'done', 'x')).not.toContain('<form');
  });

  it('speaks English to a browser that prefers it, French otherwise', () => {
    expect(pageLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(pageLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(pageLocale(undefined)).toBe('fr');
    expect(unsubscribePage('en', 'confirm', 'Le Zinc')).toContain('Stop receiving messages from');
  });
});
