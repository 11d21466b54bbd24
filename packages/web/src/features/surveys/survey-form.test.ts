import { describe, expect, it } from 'vitest';
import {
  answersBody,
  marksOf,
  missingAnswers,
  type Question,
  toggleOption,
} from './answer-form.ts';
import { blankQuestion, draftToInput, surveyTemplate } from './survey-form.ts';

describe('the survey editor', () => {
  it('turns a template into the API’s input, options one per line', () => {
    const result = draftToInput(surveyTemplate('rewards', 'fr', 'Chez Léa'));
    expect('input' in result && result.input.questions[0]).toMatchObject({
      kind: 'choice',
      multiple: true,
      options: [
        'Un produit offert (un café, une viennoiserie…)',
        'Une remise sur vos achats',
        'Un cadeau pour votre anniversaire',
        'Les nouveautés en avant-première',
      ],
    });
    const nps = draftToInput(surveyTemplate('nps', 'en', 'Chez Léa'));
    expect('input' in nps && nps.input.questions[0]).toEqual({
      kind: 'nps',
      label: 'Would you recommend Chez Léa to a friend?',
      required: true,
    });
  });

  it('says what to fix: a title, a label, two options, one NPS question', () => {
    const result = draftToInput({
      title: ' ',
      intro: '',
      questions: [
        { ...blankQuestion('nps'), label: 'A' },
        { ...blankQuestion('choice'), label: 'B', options: 'Seule\n\n' },
        { ...blankQuestion('nps'), label: '' },
      ],
    });
    expect(result).toEqual({
      problems: [
        { at: 'title', problem: 'titleRequired' },
        { at: 1, problem: 'optionsRequired' },
        { at: 2, problem: 'labelRequired' },
        { at: 2, problem: 'oneNps' },
      ],
    });
  });
});

describe('the answer form', () => {
  const questions: Question[] = [
    { id: 'q1', kind: 'nps', label: 'Recommanderiez-vous ?', required: true },
    { id: 'q2', kind: 'text', label: 'Pourquoi ?', required: false },
    {
      id: 'q3',
      kind: 'choice',
      label: 'Quoi ?',
      required: true,
      options: ['A', 'B'],
      multiple: true,
    },
  ];

  it('lists the required questions left blank', () => {
    expect(missingAnswers(questions, { q1: 0, q2: '', q3: [] })).toEqual(['q3']);
    expect(missingAnswers(questions, { q1: 0, q3: ['A'] })).toEqual([]);
  });

  it('sends what was answered, trimmed, and nothing blank', () => {
    expect(answersBody({ q1: 0, q2: '  Trop cher  ', q3: [] })).toEqual({ q1: 0, q2: 'Trop cher' });
  });

  it('ticks and unticks options, and offers 0–10 for the NPS', () => {
    expect(toggleOption(toggleOption(undefined, 'A'), 'B')).toEqual(['A', 'B']);
    expect(toggleOption(['A', 'B'], 'A')).toEqual(['B']);
    expect(marksOf(questions[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(marksOf({ id: 'q', kind: 'scale', label: '', required: true, min: 1, max: 5 })).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });
});
