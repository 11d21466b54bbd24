import { describe, expect, it } from 'vitest';
import { MERGE_FIELD_NAMES } from './messages.ts';
import { TEMPLATES } from './templates.ts';

const fieldsIn = (text: string) =>
  [...text.matchAll(/\{\{\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g)].map((m) => m[1]);

describe('campaign templates', () => {
  it('offer the same four cases in French and English', () => {
    expect(TEMPLATES.en.map((t) => t.id)).toEqual(TEMPLATES.fr.map((t) => t.id));
    expect(TEMPLATES.fr.map((t) => t.id)).toEqual([
      'newsletter',
      'seasonal',
      'longStanding',
      'weMissYou',
    ]);
  });

  it('use only merge fields the server offers', () => {
    for (const template of [...TEMPLATES.fr, ...TEMPLATES.en]) {
      for (const field of fieldsIn(`${template.subject} ${template.body}`)) {
        expect(MERGE_FIELD_NAMES, `${template.id}: {{${field}}}`).toContain(field);
      }
    }
  });
});
