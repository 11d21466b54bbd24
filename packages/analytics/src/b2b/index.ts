export {
  type CompanyNumberCheck,
  type CompanyNumberKind,
  checkCompanyNumber,
  LA_POSTE_SIREN,
  luhnValid,
} from './company-number.ts';
export {
  daysBetween,
  type InvoiceFacts,
  type PaymentQuality,
  paymentQuality,
} from './payment-quality.ts';
export {
  type AccountPriorityFacts,
  type CustomerPriorityFacts,
  type PrioritySubject,
  prioritySubjects,
  subjectKey,
} from './priority-subjects.ts';
export { type Profitability, profitability } from './profitability.ts';
export {
  type CategorySpend,
  type MissingCategory,
  type PurchasePotential,
  purchasePotential,
} from './purchase-potential.ts';
