import type { components } from '../../api/schema.d.ts';
import { pluralCategory } from '../../i18n/format-message.ts';
import type { Lang } from '../../i18n/i18n.tsx';

export type ProgramSummary = components['schemas']['SignupPage']['programs'][number];

const euros = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);

/**
 * A program in one sentence a customer understands in five seconds.
 * @example programSentence(tenthFree, 'fr') // 'Viennoiserie offerte toutes les 9 visites'
 */
export function programSentence(p: ProgramSummary, lang: Lang): string {
  const fr = lang === 'fr';
  if (p.kind === 'points') {
    const points = `${new Intl.NumberFormat(fr ? 'fr-FR' : 'en-GB').format(p.pointsPerEuro)} ${
      pluralCategory(lang, p.pointsPerEuro) === 'one' ? 'point' : 'points'
    }`;
    const per = fr ? `${points} par euro dépensé` : `${points} per euro spent`;
    if (!p.firstReward) return per;
    const reward = p.firstReward.name[lang] || p.firstReward.name.fr;
    return fr
      ? `${per} · ${reward} dès ${p.firstReward.cost} points`
      : `${per} · ${reward} from ${p.firstReward.cost} points`;
  }
  const reward =
    (p.reward && (p.reward[lang] || p.reward.fr)) || (fr ? 'Une récompense' : 'A reward');
  const n = p.stampsPerCard;
  switch (p.rule.per) {
    case 'visit':
      return fr ? `${reward} toutes les ${n} visites` : `${reward} every ${n} visits`;
    case 'item':
      return fr
        ? `${reward} tous les ${n} achats « ${p.rule.category} »`
        : `${reward} for every ${n} “${p.rule.category}” purchases`;
    case 'spend':
      return fr
        ? `${reward} tous les ${euros(n * p.rule.centsPerStamp, lang)} d’achats`
        : `${reward} for every ${euros(n * p.rule.centsPerStamp, lang)} spent`;
  }
}
