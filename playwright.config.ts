import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * End-to-end tests against the built app (`vite build` + `vite preview`), driving the system
 * Chromium (/usr/bin/chromium); Playwright never downloads a browser here.
 */
// DAM_PORT lets two checkouts run their e2e side by side (each serves its own dist/).
const PORT = Number(process.env.DAM_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A stray test.only never narrows a run, on CI or here.
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        headless: true,
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // npm test builds (and checks) the bundle just before: DAM_PREBUILT=1 serves that build.
    command: `${process.env.DAM_PREBUILT ? '' : 'npm run build && '}npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    // Always a fresh preview of this checkout's build: a server left from another run (or another
    // checkout on the same port) would test other code. --strictPort fails loudly if it is taken.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
