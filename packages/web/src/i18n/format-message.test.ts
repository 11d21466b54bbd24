import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message.ts';

const POINTS = '{n, plural, one {# point} other {# points}}';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('fr', 'Bonjour {name} !', { name: 'Léa' })).toBe('Bonjour Léa !');
    expect(formatMessage('fr', 'Bonjour {name} !')).toBe('Bonjour {name} !');
  });

  it('follows French plural rules: 0 and 1 are singular', () => {
    expect(formatMessage('fr', POINTS, { n: 0 })).toBe('0 point');
    expect(formatMessage('fr', POINTS, { n: 1 })).toBe('1 point');
    expect(formatMessage('fr', POINTS, { n: 2 })).toBe('2 points');
  });

  it('follows English plural rules: only 1 is singular', () => {
    expect(formatMessage('en', POINTS, { n: 0 })).toBe('0 points');
    expect(formatMessage('en', POINTS, { n: 1 })).toBe('1 point');
  });

  it('writes the count with the language’s thousands separator', () => {
    const clients = '{n, plural, one {# client} other {# clients}}';
    expect(formatMessage('fr', clients, { n: 2002 })).toBe('2\u202f002 clients');
    expect(formatMessage('en', clients, { n: 2002 })).toBe('2,002 clients');
  });

  it('prefers an exact =n branch and fills placeholders inside branches', () => {
    const text = 'Encore {n, plural, =0 {rien} one {# point} other {# points}} avant {reward}';
    expect(formatMessage('fr', text, { n: 0, reward: 'Café' })).toBe('Encore rien avant Café');
    expect(formatMessage('fr', text, { n: 1, reward: 'Café' })).toBe('Encore 1 point avant Café');
  });

  it('handles two plurals in one sentence', () => {
    const text =
      '{c, plural, one {# client} other {# clients}}, {b, plural, one {# est revenu} other {# sont revenus}}';
    expect(formatMessage('fr', text, { c: 1, b: 0 })).toBe('1 client, 0 est revenu');
    expect(formatMessage('fr', text, { c: 3, b: 2 })).toBe('3 clients, 2 sont revenus');
  });
});
