import type { FollowUpReason } from './follow-up-reason.ts';

/**
 * Added by a person (or by another feature through `addFollowUpItem`), with a note saying why.
 */
export const manual: FollowUpReason = { id: 'manual', valueDetails: [] };
