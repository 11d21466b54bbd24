import type { components } from '../../api/schema.d.ts';
import type { Lang } from '../../i18n/format-message.ts';

export type SurveyInput = components['schemas']['SurveyInput'];
export type QuestionKind = 'nps' | 'scale' | 'choice' | 'text';

/** A question as the editor holds it: options as the lines of a text box. */
export type QuestionDraft = {
  kind: QuestionKind;
  label: string;
  required: boolean;
  max: number;
  options: string;
  multiple: boolean;
};

export type SurveyDraft = { title: string; intro: string; questions: QuestionDraft[] };

export type DraftProblem =
  | { at: 'title'; problem: 'titleRequired' }
  | { at: number; problem: 'labelRequired' | 'optionsRequired' | 'oneNps' };

export const blankQuestion = (kind: QuestionKind = 'text'): QuestionDraft => ({
  kind,
  label: '',
  required: kind !== 'text',
  max: 5,
  options: '',
  multiple: false,
});

const optionLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The editor's draft as the API's input, or what to fix first. The server checks the same
 * rules (and the lengths, from its schema); this only saves a round trip for the obvious ones.
 * @example draftToInput({ title: 'Avis', intro: '', questions: [blankQuestion('nps')] })
 *   // { problems: [{ at: 0, problem: 'labelRequired' }] }
 */
export function draftToInput(
  draft: SurveyDraft,
): { input: SurveyInput } | { problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.title.trim() === '') problems.push({ at: 'title', problem: 'titleRequired' });
  draft.questions.forEach((q, i) => {
    if (q.label.trim() === '') problems.push({ at: i, problem: 'labelRequired' });
    if (q.kind === 'choice' && optionLines(q.options).length < 2) {
      problems.push({ at: i, problem: 'optionsRequired' });
    }
    if (q.kind === 'nps' && draft.questions.findIndex((o) => o.kind === 'nps') !== i) {
      problems.push({ at: i, problem: 'oneNps' });
    }
  });
  if (problems.length > 0) return { problems };
  return {
    input: {
      title: draft.title.trim(),
      intro: draft.intro.trim() || null,
      questions: draft.questions.map((q) => {
        const common = { label: q.label.trim(), required: q.required };
        switch (q.kind) {
          case 'nps':
            return { kind: 'nps' as const, ...common };
          case 'scale':
            return { kind: 'scale' as const, ...common, min: 1, max: q.max };
          case 'choice':
            return {
              kind: 'choice' as const,
              ...common,
              options: optionLines(q.options),
              multiple: q.multiple,
            };
          default:
            return { kind: 'text' as const, ...common };
        }
      }),
    },
  };
}

export type TemplateId = 'nps' | 'rewards' | 'blank';

const TEMPLATES: Record<Lang, Record<TemplateId, (shop: string) => SurveyDraft>> = {
  fr: {
    nps: (shop) => ({
      title: 'Votre avis compte',
      intro: 'Deux questions, trente secondes : merci !',
      questions: [
        { ...blankQuestion('nps'), label: `Recommanderiez-vous ${shop} à un proche ?` },
        {
          ...blankQuestion('text'),
          label: 'Qu’est-ce qui vous ferait donner une meilleure note ?',
        },
      ],
    }),
    rewards: () => ({
      title: 'Quelles récompenses aimeriez-vous ?',
      intro: 'Nous préparons une carte de fidélité : dites-nous ce qui vous ferait plaisir.',
      questions: [
        {
          ...blankQuestion('choice'),
          label: 'Qu’est-ce qui vous ferait le plus plaisir ?',
          options:
            'Un produit offert (un café, une viennoiserie…)\nUne remise sur vos achats\nUn cadeau pour votre anniversaire\nLes nouveautés en avant-première',
          multiple: true,
        },
        { ...blankQuestion('scale'), label: 'Une carte de fidélité vous intéresserait-elle ?' },
        { ...blankQuestion('text'), label: 'Une autre idée ?' },
      ],
    }),
    blank: () => ({ title: '', intro: '', questions: [blankQuestion('text')] }),
  },
  en: {
    nps: (shop) => ({
      title: 'Your opinion matters',
      intro: 'Two questions, thirty seconds: thank you!',
      questions: [
        { ...blankQuestion('nps'), label: `Would you recommend ${shop} to a friend?` },
        { ...blankQuestion('text'), label: 'What would make you give a better mark?' },
      ],
    }),
    rewards: () => ({
      title: 'Which rewards would you like?',
      intro: 'We are preparing a loyalty card: tell us what would please you.',
      questions: [
        {
          ...blankQuestion('choice'),
          label: 'What would please you most?',
          options:
            'A free product (a coffee, a pastry…)\nMoney off your purchases\nA birthday gift\nEarly access to what is new',
          multiple: true,
        },
        { ...blankQuestion('scale'), label: 'Would a loyalty card interest you?' },
        { ...blankQuestion('text'), label: 'Any other idea?' },
      ],
    }),
    blank: () => ({ title: '', intro: '', questions: [blankQuestion('text')] }),
  },
};

/** A template in the owner's language, with the shop's name where the question names it. */
export function surveyTemplate(id: TemplateId, lang: Lang, shop: string): SurveyDraft {
  return TEMPLATES[lang][id](shop);
}
