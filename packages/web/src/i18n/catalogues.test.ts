import { describe, expect, it } from 'vitest';
import { formatMessage, type Lang } from './format-message.ts';
import type { Messages } from './i18n.tsx';

/**
 * Every feature's messages file, checked as a whole: both languages have the same keys, plurals
 * are written so that the language's rules choose them (never "point(s)", never a count glued
 * to a plural noun), and every plural is well formed.
 */
const files = import.meta.glob<Record<string, unknown>>('../features/*/messages.ts', {
  eager: true,
});
const catalogues = Object.entries(files).flatMap(([path, module]) =>
  Object.values(module)
    .filter((v): v is Messages => typeof v === 'object' && v !== null && 'fr' in v && 'en' in v)
    .map((messages) => ({ path, messages })),
);

const texts = catalogues.flatMap(({ path, messages }) =>
  (['fr', 'en'] as Lang[]).flatMap((lang) =>
    Object.entries(messages[lang]).map(([key, text]) => ({
      where: `${path} ${lang}.${key}`,
      lang,
      text,
    })),
  ),
);

/** A placeholder directly followed by a counted noun: "{n} points" says "1 points". */
const GLUED_COUNT =
  /\{\w+\} (points|clients|tampons|récompenses|achats|passages|visites|membres|customers|stamps|rewards|purchases|visits|members)\b/;

describe('the messages catalogues', () => {
  it('are found', () => {
    expect(catalogues.length).toBeGreaterThan(5);
  });

  it('have the same keys in French and English', () => {
    for (const { path, messages } of catalogues) {
      expect(Object.keys(messages.en).sort(), path).toEqual(Object.keys(messages.fr).sort());
    }
  });

  it('write counted words as plurals, not "(s)" or a count glued to a plural noun', () => {
    const wrong = texts.filter(({ text }) => /\w\(s\)/.test(text) || GLUED_COUNT.test(text));
    expect(wrong.map((w) => `${w.where}: ${w.text}`)).toEqual([]);
  });

  it('give every plural an "other" branch, with balanced braces', () => {
    const plurals = texts.filter(({ text }) => /,\s*plural\s*,/.test(text));
    expect(plurals.length).toBeGreaterThan(10);
    for (const { where, lang, text } of plurals) {
      const names = [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1] as string);
      for (const n of [0, 1, 2]) {
        const values = Object.fromEntries(names.map((name) => [name, n]));
        const out = formatMessage(lang, text, values);
        expect(out, where).not.toMatch(/plural|[{}#]/);
      }
      expect(text.match(/\{/g)?.length, where).toBe(text.match(/\}/g)?.length);
    }
  });
});
