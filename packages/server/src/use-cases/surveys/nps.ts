/** Where an NPS answer falls: 9–10 promoters, 7–8 passives, 0–6 detractors (Reichheld's bands). */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export function npsCategory(score: number): NpsCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export type NpsSummary = {
  responses: number;
  /** % promoters − % detractors, −100…100, rounded to a whole number; null with no answer. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** How many answered 0, 1, … 10 (index = score). */
  distribution: number[];
};

/**
 * The Net Promoter Score of a set of 0–10 answers.
 * @example
 * summarizeNps([10, 9, 8, 3]); // { responses: 4, score: 25, promoters: 2, passives: 1, detractors: 1, … }
 */
export function summarizeNps(scores: readonly number[]): NpsSummary {
  const distribution = Array.from({ length: 11 }, () => 0);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    distribution[s] = (distribution[s] ?? 0) + 1;
    const category = npsCategory(s);
    if (category === 'promoter') promoters += 1;
    else if (category === 'passive') passives += 1;
    else detractors += 1;
  }
  const n = scores.length;
  return {
    responses: n,
    score: n === 0 ? null : Math.round((100 * (promoters - detractors)) / n),
    promoters,
    passives,
    detractors,
    distribution,
  };
}
