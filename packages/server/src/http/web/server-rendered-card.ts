import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FirstAnswer } from './first-answer.ts';

/**
 * The web build's server side (packages/web/vite.config.ts, `cardServer`): loaded by the
 * server, never sent to a browser (`loadStaticFiles` leaves this folder out).
 */
export const SERVER_BUILD_DIR = 'server';
const CARD_RENDERER = `${SERVER_BUILD_DIR}/card.js`;

/** The attribute naming the language the markup in `#root` is written in (packages/web/src/server-rendered.ts). */
const RENDERED_LANG = 'data-rendered-lang';

/** The card page's markup, as the web build's `renderCard` draws it (packages/web/src/card-server.tsx). */
export type RenderCard = (
  path: string,
  answer: FirstAnswer,
  languages: readonly string[],
) => { html: string; lang: string } | null;

/**
 * The web build's card renderer, or null when the build has none (a build from before it):
 * the card page is then drawn in the browser alone, as it was.
 */
export async function loadCardRenderer(distDir: string): Promise<RenderCard | null> {
  const file = join(distDir, CARD_RENDERER);
  if (!existsSync(file)) return null;
  try {
    const module = (await import(pathToFileURL(file).href)) as { renderCard?: unknown };
    return typeof module.renderCard === 'function' ? (module.renderCard as RenderCard) : null;
  } catch {
    return null;
  }
}

/**
 * The language tags of an Accept-Language header in the browser's order of preference (by
 * weight, then as written), as `navigator.languages` lists them to the page's script.
 * @example languagesOf('de;q=0.5, en-GB, fr;q=0.8') // ['en-GB', 'fr', 'de']
 */
export function languagesOf(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ tag }) => tag);
}

const MODULE_SCRIPT = /<script type="module"[^>]*>[\s\S]*?<\/script>/g;

/**
 * The card page with the card's markup in `#root`, in its language, and the page's module
 * scripts moved after it: a browser paints what it has parsed, so the card shows as soon as
 * the bytes before it (the styles, a few kilobytes) arrive, not after the ~50 kB of script
 * written into the page on a first visit. A module script runs once the page is parsed
 * wherever it stands, so moving it changes nothing else. The scripts written into the page
 * hold no `</script>` (`inlineAssets` leaves such a file as a link), so each ends at its own.
 */
export function withCardMarkup(html: string, card: { html: string; lang: string }): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root) || !/^(?:fr|en)$/.test(card.lang)) return html;
  const scripts = html.match(MODULE_SCRIPT) ?? [];
  const withoutScripts = html.replace(MODULE_SCRIPT, '');
  const marked = withoutScripts
    .replace(/<html lang="[\w-]*"/, `<html lang="${card.lang}"`)
    .replace(
      root,
      () => `<div id="root" ${RENDERED_LANG}="${card.lang}">${card.html}</div>${scripts.join('')}`,
    );
  return marked;
}

/**
 * The card's markup for this request, or null when there is none to give (no renderer, an
 * answer that is no card, a render that failed): the page then shows the card once its script
 * ran, as without a renderer — a card page never fails for the sake of drawing it sooner.
 */
export function cardMarkup(
  render: RenderCard | null,
  path: string,
  answer: FirstAnswer,
  acceptLanguage: string | undefined,
): { html: string; lang: string } | null {
  if (!render || answer.status !== 200) return null;
  try {
    return render(path, answer, languagesOf(acceptLanguage));
  } catch {
    return null;
  }
}
