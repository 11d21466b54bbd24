import { describe, expect, it } from 'vitest';
import { timeZoneChoices } from './time-zones.ts';

const SUPPORTED = Intl.supportedValuesOf('timeZone');
const JANUARY = new Date('2026-01-15T12:00:00Z');

describe('timeZoneChoices', () => {
  it('offers Paris first, then the overseas territories by their French names', () => {
    const { french } = timeZoneChoices('fr', SUPPORTED, 'Europe/Paris', JANUARY);
    expect(french[0]).toEqual({
      value: 'Europe/Paris',
      label: 'Paris — France métropolitaine (UTC+1)',
    });
    const labels = french.map((z) => z.label);
    for (const name of [
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
      'Nouvelle-Calédonie',
    ]) {
      expect(
        labels.some((l) => l.startsWith(name)),
        name,
      ).toBe(true);
    }
    expect(french.find((z) => z.value === 'Indian/Reunion')?.label).toBe('La Réunion (UTC+4)');
    expect(french.find((z) => z.value === 'Pacific/Tahiti')?.label).toBe(
      'Polynésie française (Tahiti) (UTC-10)',
    );
  });

  it('names them in English for an English screen', () => {
    const { french } = timeZoneChoices('en', SUPPORTED, 'Europe/Paris', JANUARY);
    expect(french.find((z) => z.value === 'America/Cayenne')?.label).toBe('French Guiana (UTC-3)');
  });

  it('then offers every other zone once, readable, and never drops the current one', () => {
    const { french, others } = timeZoneChoices(
      'fr',
      ['Europe/Paris', 'America/New_York'],
      'Etc/Unusual',
      JANUARY,
    );
    const values = [...french, ...others].map((z) => z.value);
    expect(new Set(values).size).toBe(values.length);
    expect(others.map((z) => z.label)).toEqual(['Etc — Unusual', 'America — New York']);
  });
});
