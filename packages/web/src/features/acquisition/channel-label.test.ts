import { describe, expect, it } from 'vitest';
import { channelLabel, monthLabel } from './channel-label.ts';

const words = { referral: 'Parrainage', imported: 'Importé', unknown: 'Non renseigné' };

describe('channelLabel', () => {
  it('reads the shop’s answers and the product’s own channels', () => {
    const names = [{ key: 'channel:1', label: 'Instagram' }];
    expect(channelLabel('channel:1', names, words)).toBe('Instagram');
    expect(channelLabel('referral', names, words)).toBe('Parrainage');
    expect(channelLabel('imported', names, words)).toBe('Importé');
    expect(channelLabel('channel:gone', names, words)).toBe('Non renseigné');
  });
});

describe('monthLabel', () => {
  it('writes a month in the language', () => {
    expect(monthLabel('2026-11', 'fr')).toBe('nov. 2026');
    expect(monthLabel('2026-11', 'en')).toBe('Nov 2026');
  });
});
