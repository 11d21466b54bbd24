import type { z } from 'zod';
import type { MessageKind } from '../campaigns/consent-rules.ts';
import type { Tx } from '../db/tenant.ts';
import type { CustomerMetrics } from '../use-cases/analytics/customer-metrics.ts';
import type { LocalDay } from './days.ts';

/** What an automation's message says before the merge fields are filled in. */
export type Wording = { subject: string; body: string };

/** What an occasion is given to say who is due. */
export type OccasionContext<P> = {
  tx: Tx;
  merchantId: string;
  /** The clock of the run (or of the preview). Never read the system clock in an occasion. */
  now: Date;
  timeZone: string;
  /** The shop's language, for values written in words (a gift sentence, a level's name). */
  locale: 'fr' | 'en';
  /** The last shop-local day handled by this run ('2026-12-06'). */
  day: LocalDay;
  /**
   * The first shop-local day whose occasions are still owed: a run catches up a week missed
   * while no server ran, never days before the automation was switched on (switching on the
   * welcome does not welcome last year's members).
   */
  since: LocalDay;
  /**
   * The same as an instant, for occasions that follow an event (a sign-up, a reward unlocked):
   * the start of `since`, or the moment the automation was switched on if later.
   */
  from: Date;
  parameters: P;
  /** Where the server is reached (`HABITUE_PUBLIC_URL`), for links a message carries. */
  publicUrl: string;
  /** The shop's analytics (P(alive), visits…), computed only if the occasion asks for them. */
  metrics(): Promise<CustomerMetrics>;
};

/**
 * One customer due for one occasion. `occasionKey` names the occasion for that customer
 * (`2027` for a birthday, a voucher id for a reward ready): a customer gets one message per
 * (automation, occasion key), ever. `values` fills the occasion's own merge fields.
 */
export type DueCustomer = {
  customerId: string;
  occasionKey: string;
  values?: Readonly<Record<string, string | null>>;
};

/**
 * An occasion the shop may greet customers on: one file per occasion in `occasions/`, listed
 * in `registry.ts`. `due` reads what it needs through a repository and decides with a pure
 * function exported beside it (tested on its own), with `day` and `now` passed in.
 */
export interface Occasion<P> {
  /** Stable id, in routes and storage: `welcome`, `birthday`, … */
  readonly id: string;
  /**
   * Transactional (what the customer asked for: their card, their reward, their renewal) or
   * marketing (needs the channel's consent at send time, carries a one-click unsubscribe).
   */
  readonly kind: MessageKind;
  readonly parameters: z.ZodType<P>;
  readonly defaults: P;
  /** Whether the defaults are enough to switch it on (a maintenance reminder needs an item). */
  ready(parameters: P): boolean;
  readonly wording: { readonly fr: Wording; readonly en: Wording };
  /** Merge fields of its own, beyond the campaigns' (`{{code_cadeau}}`, `{{niveau}}`…). */
  readonly fields: readonly string[];
  due(context: OccasionContext<P>): Promise<DueCustomer[]>;
}

/** Declares an occasion (typed parameters, checked defaults). */
export function defineOccasion<P>(occasion: Occasion<P>): Occasion<P> {
  occasion.parameters.parse(occasion.defaults);
  return occasion;
}
