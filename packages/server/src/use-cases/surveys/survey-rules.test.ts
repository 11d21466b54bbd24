import { describe, expect, it } from 'vitest';
import { npsCategory, summarizeNps } from './nps.ts';
import { invitedCustomerId, isValidInvite, surveyInvite } from './survey-invite.ts';
import { checkAnswers, checkQuestions, npsScoreOf, numberQuestions } from './survey-questions.ts';
import { surveyResults } from './survey-results.ts';

const questions = numberQuestions([
  { kind: 'nps', label: ' Recommanderiez-vous la boulangerie ? ' },
  {
    kind: 'choice',
    label: 'Quelles récompenses ?',
    options: ['Café', 'Croissant', '-10 %'],
    multiple: true,
  },
  { kind: 'scale', label: 'L’accueil', min: 1, max: 5 },
  { kind: 'text', label: 'Un mot ?' },
]);

describe('NPS', () => {
  it('bands 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('is % promoters − % detractors, with the 0–10 distribution', () => {
    const s = summarizeNps([10, 9, 8, 3]);
    expect(s).toMatchObject({ responses: 4, score: 25, promoters: 2, passives: 1, detractors: 1 });
    expect(s.distribution).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]);
    expect(summarizeNps([0, 1, 2]).score).toBe(-100);
    expect(summarizeNps([]).score).toBeNull();
  });
});

describe('survey questions', () => {
  it('numbers questions q1…, trims labels, leaves text optional by default', () => {
    expect(questions.map((q) => [q.id, q.kind, q.required])).toEqual([
      ['q1', 'nps', true],
      ['q2', 'choice', true],
      ['q3', 'scale', true],
      ['q4', 'text', false],
    ]);
    expect(questions[0]!.label).toBe('Recommanderiez-vous la boulangerie ?');
  });

  it('refuses a second NPS question, a scale that does not go up and an option offered twice', () => {
    const errors = checkQuestions(
      numberQuestions([
        { kind: 'nps', label: 'A' },
        { kind: 'nps', label: 'B' },
        { kind: 'scale', label: 'C', min: 1, max: 1 },
        { kind: 'choice', label: 'D', options: ['Café', 'café'], multiple: false },
      ]),
    );
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'questions.1:one_nps_only',
      'questions.2.max:too_small',
      'questions.3.options.1:duplicate',
    ]);
  });
});

describe('answers', () => {
  it('keeps valid answers, options in the order offered, text trimmed', () => {
    const { answers, errors } = checkAnswers(questions, {
      q1: 3,
      q2: ['-10 %', 'Café'],
      q3: 5,
      q4: '  Trop d’attente le samedi ',
    });
    expect(errors).toEqual([]);
    expect(answers).toEqual({
      q1: 3,
      q2: ['Café', '-10 %'],
      q3: 5,
      q4: 'Trop d’attente le samedi',
    });
    expect(npsScoreOf(questions, answers)).toBe(3);
  });

  it('says per field what is missing or wrong', () => {
    const { errors } = checkAnswers(questions, { q1: 11, q2: ['Pizza'], q9: 'x' });
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'answers.q9:unknown_question',
      'answers.q1:out_of_range',
      'answers.q2:not_an_option',
      'answers.q3:required',
    ]);
    expect(checkAnswers(questions, { q1: 7.5, q2: 'Café', q3: 2 }).errors[0]).toMatchObject({
      field: 'answers.q1',
      code: 'out_of_range',
    });
  });

  it('drops empty optional answers instead of storing blanks', () => {
    const { answers } = checkAnswers(questions, { q1: 9, q2: ['Café'], q3: 4, q4: '   ' });
    expect(answers).not.toHaveProperty('q4');
  });
});

describe('results', () => {
  it('counts options, spreads a scale, lists comments newest first with their NPS score', () => {
    const at = (d: string) => new Date(`2026-12-0${d}T10:00:00Z`);
    const results = surveyResults(questions, [
      {
        answers: { q1: 2, q2: ['Café'], q3: 1, q4: 'Froid' },
        createdAt: at('3'),
        firstName: 'Léa',
        customerId: 'c3',
        npsScore: 2,
      },
      {
        answers: { q1: 10, q2: ['Café', 'Croissant'], q3: 5 },
        createdAt: at('2'),
        firstName: 'Marc',
        customerId: 'c2',
        npsScore: 10,
      },
    ]);
    expect(results[0]).toMatchObject({
      kind: 'nps',
      answered: 2,
      nps: { score: 0, detractors: 1 },
    });
    expect(results[1]).toMatchObject({
      counts: [
        { option: 'Café', count: 2 },
        { option: 'Croissant', count: 1 },
        { option: '-10 %', count: 0 },
      ],
    });
    expect(results[2]).toMatchObject({ mean: 3 });
    expect(results[2]).toHaveProperty('distribution', [
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 0 },
      { value: 5, count: 1 },
    ]);
    expect(results[3]).toMatchObject({
      answered: 1,
      comments: [{ text: 'Froid', firstName: 'Léa', npsScore: 2 }],
    });
  });
});

describe('personal invitations', () => {
  const customerId = '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b';
  it('holds for its survey and card only', () => {
    const invite = surveyInvite('survey-1', customerId, 'card-secret');
    expect(invitedCustomerId(invite)).toBe(customerId);
    expect(isValidInvite(invite, 'survey-1', 'card-secret')).toBe(true);
    expect(isValidInvite(invite, 'survey-2', 'card-secret')).toBe(false);
    expect(isValidInvite(invite, 'survey-1', 'new-card-secret')).toBe(false);
    expect(invitedCustomerId('not-an-invite')).toBeUndefined();
  });
});
