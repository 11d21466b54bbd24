export {
  type LatePaymentFollowUp,
  latePaymentFollowUps,
  type UnpaidInvoice,
} from './late-payment-follow-up.ts';
export {
  type CustomerOfTheMonth,
  customerOfTheMonth,
  type LongStandingCustomer,
  longStandingCustomers,
  type RecognitionFacts,
  type RecognitionReason,
} from './recognition.ts';
