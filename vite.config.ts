/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleReport } from './scripts/bundle-report.ts';

// Cross-origin isolation lets tfjs-wasm use threads (SharedArrayBuffer); see ../shared/docs/platform.md.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Offline: a service worker (Workbox generateSW) precaches the app shell, every chunk (the
// compute and decode workers, the test hooks), the tfjs .wasm files, the icons, the MNIST asset
// and the shipped training runs the lab opens on (n = 3 and 30, the pair of SHIPPED_RUNS in
// src/labs/train/app/shipped.ts), so a classroom downloads them once. The other two shipped runs
// (n = 2, 20: one click away) are cached the first time they are fetched, so the first load
// stays light.
// Updates wait until every tab is closed (registerType 'prompt', no skipWaiting): a new version
// never reloads a page under a running experiment (src/shell/offline.ts).
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icons/icon.svg'],
  manifest: {
    name: 'Dense Associative Memory playground',
    short_name: 'DAM Playground',
    description: 'Dense Associative Memory (modern Hopfield network) playground in the browser',
    theme_color: '#1a2040',
    background_color: '#fafaf7',
    display: 'standalone',
    start_url: '.',
    scope: '.',
    icons: [
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: [
      // assets/*.bin: the MNIST asset (datasets/mnist-10k-gz.bin, hashed by the build).
      '**/*.{html,js,css,wasm}',
      'assets/*.bin',
      'kh/n3.json',
      'kh/n30.json',
    ],
    // The shipped runs are 2.6 MB each (the default limit is 2 MiB).
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/kh\/n\d+\.json$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'dam-shipped-runs', expiration: { maxEntries: 8 } },
      },
    ],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
  },
});

export default defineConfig({
  plugins: [react(), bundleReport('page'), offline],
  server: { headers: isolation },
  preview: { headers: isolation, port: 4173, strictPort: true },
  worker: {
    format: 'es',
    plugins: () => [bundleReport('worker')],
    // The minifier's compress pass rewrites a `typeof _scriptDir` guard that tfjs-wasm copies into
    // its thread workers as text, which breaks threaded wasm in production builds (platform.md).
    rolldownOptions: { output: { minify: { compress: false, mangle: true } } },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
