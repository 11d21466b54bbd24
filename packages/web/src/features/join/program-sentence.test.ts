import { describe, expect, it } from 'vitest';
import { type ProgramSummary, programSentence } from './program-sentence.ts';

const points = (pointsPerEuro: number): ProgramSummary => ({
  kind: 'points',
  name: { fr: 'Points', en: 'Points' },
  pointsPerEuro,
  firstReward: null,
});

describe('programSentence', () => {
  it('counts points per euro with each language’s plural and decimal separator', () => {
    expect(programSentence(points(1), 'fr')).toBe('1 point par euro dépensé');
    expect(programSentence(points(1.5), 'fr')).toBe('1,5 point par euro dépensé');
    expect(programSentence(points(2), 'fr')).toBe('2 points par euro dépensé');
    expect(programSentence(points(1), 'en')).toBe('1 point per euro spent');
    expect(programSentence(points(1.5), 'en')).toBe('1.5 points per euro spent');
  });
});
