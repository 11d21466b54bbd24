import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { compressAssets } from './vite/compress-assets.ts';
import { counterAssets } from './vite/counter-assets.ts';
import { entryForThePage, jsqrAsModule } from './vite/entry-for-the-page.ts';
import { pagePreloads } from './vite/page-preloads.ts';
import { standaloneModule } from './vite/standalone-module.ts';

/**
 * What the customer pages are built on instead of React and react-router: the same components
 * (hooks, JSX, React Query), through preact/compat (~10 KB instead of React DOM's ~58 KB
 * compressed, which alone would exceed what a customer's phone should download before seeing
 * their card) and the few router hooks they use. See docs/decisions/0014-light-customer-pages.md.
 */
/** The part of react-router that apps of a few pages need (src/app/link-router.tsx). */
const LINK_ROUTER = {
  find: /^react-router$/,
  replacement: fileURLToPath(new URL('src/app/link-router.tsx', import.meta.url)),
};

const LIGHT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  LINK_ROUTER,
];

/**
 * Once the owner app is written, the customer pages, the counter app, the dashboard app and the
 * card's server entry are built next to it (`vite build` does all five).
 */
function thenLightApps(): Plugin {
  let root = '';
  return {
    name: 'habitue:light-apps',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async closeBundle() {
      for (const app of [customer, counter, dashboard, cardServer])
        await build({ ...app, root, configFile: false, mode: 'production', logLevel: 'warn' });
    },
  };
}

/** The development server answers card and sign-up links with the customer page, as the server does. */
function customerPagesInDevelopment(): Plugin {
  return {
    name: 'habitue:customer-pages-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/(?:c|join)\//.test(req.url)) req.url = '/customer.html';
        next();
      });
    },
  };
}

const owner: UserConfig = {
  plugins: [
    react(),
    // The screens a phone may open first whose chunks the server names in the page.
    pagePreloads({ '/dashboard': 'src/features/dashboard/DashboardPage.tsx' }),
    compressAssets(),
    thenLightApps(),
    customerPagesInDevelopment(),
  ],
  // In development the API runs on its own port (npm start); Vite proxies /api to it.
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
};

const customer: UserConfig = {
  plugins: [react(), compressAssets()],
  resolve: { alias: LIGHT },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // The public files were copied (and compressed) by the owner build.
    copyPublicDir: false,
    rollupOptions: { input: 'customer.html' },
  },
};

/**
 * The customer app's server entry (src/card-server.tsx): the card page's markup, rendered by
 * the server from the same components and Preact, which the browser then takes over. One
 * self-contained module (nothing imported at run time) in dist/server/, which the server loads
 * and never serves. The QR code is drawn by the library's browser build on both sides, so the
 * image is the same byte for byte.
 */
const cardServer: UserConfig = {
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom\/server$/, replacement: 'preact-render-to-string' },
      { find: /^qrcode$/, replacement: 'qrcode/lib/browser.js' },
      ...LIGHT,
    ],
  },
  ssr: { noExternal: true },
  build: {
    ssr: 'src/card-server.tsx',
    outDir: 'dist/server',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'card.js' } },
  },
};

/**
 * The counter app (counter.html): what a till opening /counter gets — the counter alone, on
 * React, with link-router for react-router; the other screens are the owner app's pages. The
 * server writes its entry into the page on a first visit (`entryForThePage`).
 */
const counter: UserConfig = {
  plugins: [
    react(),
    jsqrAsModule(),
    entryForThePage(),
    counterAssets('src/features/counter/CounterPage.tsx'),
    compressAssets(),
  ],
  resolve: { alias: [LINK_ROUTER] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    copyPublicDir: false,
    rollupOptions: { input: 'counter.html' },
  },
};

/**
 * The dashboard app (dashboard.html): what an owner opening /dashboard gets — the dashboard
 * alone, on React, with link-router; the charts' ECharts a module built apart, loaded after
 * the figures (`standaloneModule`). The server writes its entry into the page on a first visit, as the counter's.
 */
const dashboard: UserConfig = {
  plugins: [
    react(),
    standaloneModule('src/features/dashboard/echarts-canvas.ts'),
    entryForThePage(),
    compressAssets(),
  ],
  resolve: { alias: [LINK_ROUTER] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    copyPublicDir: false,
    rollupOptions: { input: 'dashboard.html' },
  },
};

export default defineConfig(owner);
