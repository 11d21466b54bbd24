/**
 * The attribute the server puts on `#root` when it wrote the page's markup in it, naming the
 * language it rendered in (packages/server/src/http/web/server-rendered-card.ts): the browser
 * takes the markup over only when it would render the same language.
 */
export const SERVER_RENDERED_LANG = 'data-rendered-lang';
