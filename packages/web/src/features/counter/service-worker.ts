/**
 * Installs the counter's service worker (public/counter-sw.js), scoped to /counter: from then
 * on the counter opens without network. Only the counter page calls this, so customers on
 * their card page never download it. Not under Vite's dev server (`import.meta.hot`), which
 * serves unhashed sources.
 */
export function registerCounterWorker() {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/counter-sw.js', { scope: '/counter' }).catch(() => {
    // Without it the counter still works online; nothing to tell the cashier.
  });
}
