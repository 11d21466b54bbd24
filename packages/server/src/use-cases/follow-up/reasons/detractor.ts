import type { FollowUpReason } from './follow-up-reason.ts';

/**
 * A customer who answered 0–6 to "would you recommend us?": call them before they leave and
 * tell others. Added when the answer is recorded (`answer-survey.ts`), one per answer.
 * Details: `surveyId`, `surveyTitle`, `score`, `comment` (what they wrote, if anything).
 */
export const detractor: FollowUpReason = { id: 'detractor', valueDetails: [] };

export const detractorOccasion = (responseId: string) => `detractor:${responseId}`;
