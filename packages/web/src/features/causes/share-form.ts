import { CAUSE_LIMITS } from '@habitue/loyalty';
import type { components } from '../../api/schema.d.ts';
import { centsToInput, parseCents } from '../programs/money.ts';

export type CauseShareRule = components['schemas']['CauseShareRule'];

/**
 * The share as typed ("2,5" % or "0,50" €) into the API's rule, within the server's limits;
 * null when it is not a value the API takes.
 * @example shareRuleFromText('percent', '2,5') // { kind: 'percent', basisPoints: 250 }
 */
export function shareRuleFromText(
  kind: CauseShareRule['kind'],
  text: string,
): CauseShareRule | null {
  const hundredths = parseCents(text);
  if (hundredths === null || hundredths < 1) return null;
  if (kind === 'percent') {
    return hundredths <= CAUSE_LIMITS.basisPointsMax ? { kind, basisPoints: hundredths } : null;
  }
  return hundredths <= CAUSE_LIMITS.perVisitCentsMax ? { kind, cents: hundredths } : null;
}

/** The rule back as the text of its input. @example shareRuleToText({ kind: 'percent', basisPoints: 250 }, 'fr') // '2,50' */
export function shareRuleToText(rule: CauseShareRule, lang: 'fr' | 'en'): string {
  return centsToInput(rule.kind === 'percent' ? rule.basisPoints : rule.cents, lang);
}
