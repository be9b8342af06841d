/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './scripts/bundle-report.ts';

// Cross-origin isolation lets tfjs-wasm use threads (SharedArrayBuffer); see ../shared/docs/platform.md.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), bundleReport('page')],
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
