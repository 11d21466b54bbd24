import { latePaymentFollowUpsIn } from '../../b2b/list-late-payment-follow-ups.ts';
import type { FollowUpReason } from './follow-up-reason.ts';

/**
 * A business account's invoice unpaid a week after its due date (seed 003): call its first
 * contact. Once per invoice; the amount is a value figure, for managers and owners.
 */
export const latePayment: FollowUpReason = {
  id: 'late_payment',
  valueDetails: ['amountCents'],
  async find({ tx, merchantId, now }) {
    const late = await latePaymentFollowUpsIn(tx, merchantId, now);
    return late.flatMap((f) => {
      const contact = f.contactIds[0];
      if (!contact) return [];
      return [
        {
          customerId: contact,
          occasionKey: f.key,
          details: {
            company: f.companyName,
            invoice: f.number,
            daysLate: f.daysLate,
            amountCents: f.amountCents,
          },
        },
      ];
    });
  },
};
