import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardMarkup,
  languagesOf,
  loadCardRenderer,
  type RenderCard,
  withCardMarkup,
} from './server-rendered-card.ts';

describe('languagesOf', () => {
  it('lists the tags by weight, then as written, without refused ones', () => {
    expect(languagesOf('de;q=0.5, en-GB, fr;q=0.8')).toEqual(['en-GB', 'fr', 'de']);
    expect(languagesOf('fr-FR,fr;q=0.9,en;q=0.8')).toEqual(['fr-FR', 'fr', 'en']);
    expect(languagesOf('en;q=0, fr, *;q=0.1')).toEqual(['fr']);
    expect(languagesOf(undefined)).toEqual([]);
    expect(languagesOf('')).toEqual([]);
  });
});

const PAGE =
  '<!doctype html><html lang="fr"><head><script type="module" nonce="n">run()</script><style>.a{}</style></head><body><div id="root"></div><script type="application/json" id="first-answer">{}</script></body></html>';

describe('withCardMarkup', () => {
  it('puts the markup in #root, in its language, and the module script after it', () => {
    expect(withCardMarkup(PAGE, { html: '<p>Hello Léa!</p>', lang: 'en' })).toBe(
      '<!doctype html><html lang="en"><head><style>.a{}</style></head><body><div id="root" data-rendered-lang="en"><p>Hello Léa!</p></div><script type="module" nonce="n">run()</script><script type="application/json" id="first-answer">{}</script></body></html>',
    );
  });

  it('writes markup holding `$&` or `$1` as it is', () => {
    const html = withCardMarkup(PAGE, { html: '<p>$& $1 $$</p>', lang: 'fr' });
    expect(html).toContain('<div id="root" data-rendered-lang="fr"><p>$& $1 $$</p></div>');
  });

  it('leaves a page without an empty #root, or a language it does not know, as it is', () => {
    const other = PAGE.replace('<div id="root"></div>', '<div id="app"></div>');
    expect(withCardMarkup(other, { html: '<p>x</p>', lang: 'fr' })).toBe(other);
    expect(withCardMarkup(PAGE, { html: '<p>x</p>', lang: 'de"><script>' })).toBe(PAGE);
  });
});

const CARD = { url: '/api/v1/public/cards/abc', status: 200, headers: {}, body: {} };

describe('cardMarkup', () => {
  it('gives what the renderer draws, in the languages the browser asked for', () => {
    const seen: unknown[] = [];
    const render: RenderCard = (path, _answer, languages) => {
      seen.push([path, languages]);
      return { html: '<p>card</p>', lang: 'en' };
    };
    expect(cardMarkup(render, '/c/abc', CARD, 'en-GB, fr;q=0.5')).toEqual({
      html: '<p>card</p>',
      lang: 'en',
    });
    expect(seen).toEqual([['/c/abc', ['en-GB', 'fr']]]);
  });

  it('gives nothing without a renderer, for a problem answer, or when the render throws', () => {
    const draws: RenderCard = () => ({ html: '<p>card</p>', lang: 'fr' });
    expect(cardMarkup(null, '/c/abc', CARD, 'fr')).toBeNull();
    expect(cardMarkup(draws, '/c/abc', { ...CARD, status: 404 }, 'fr')).toBeNull();
    const throws: RenderCard = () => {
      throw new Error('a component failed');
    };
    expect(cardMarkup(throws, '/c/abc', CARD, 'fr')).toBeNull();
  });
});

describe('loadCardRenderer', () => {
  it("loads the build's renderCard, and nothing from a build without one or a broken one", async () => {
    const dist = mkdtempSync(join(tmpdir(), 'habitue-renderer-'));
    try {
      expect(await loadCardRenderer(dist)).toBeNull();
      mkdirSync(join(dist, 'server'));
      writeFileSync(join(dist, 'server', 'card.js'), 'export const other = 1;');
      expect(await loadCardRenderer(dist)).toBeNull();
      const broken = join(dist, 'server', 'broken');
      mkdirSync(join(broken, 'server'), { recursive: true });
      writeFileSync(join(broken, 'server', 'card.js'), 'export const renderCard = (;');
      expect(await loadCardRenderer(broken)).toBeNull();
      const working = mkdtempSync(join(tmpdir(), 'habitue-renderer-'));
      mkdirSync(join(working, 'server'));
      writeFileSync(
        join(working, 'server', 'card.js'),
        'export const renderCard = (path) => ({ html: "<p>" + path + "</p>", lang: "fr" });',
      );
      const render = await loadCardRenderer(working);
      expect(render?.('/c/x', CARD, [])).toEqual({ html: '<p>/c/x</p>', lang: 'fr' });
      rmSync(working, { recursive: true, force: true });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
