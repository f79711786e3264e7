import { defineConfig } from '@playwright/test';
import { MOCK_PORT, PREVIEW_PORT } from './e2e/ports';

export default defineConfig({
  testDir: 'e2e',
  // One worker: the mock Authing listens on one fixed port, which the build is told.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Generous for a busy 2-core machine; a passing run waits no longer for it.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    browserName: 'chromium',
    // Playwright's own Chromium (`npx playwright install chromium`), or the one CHROMIUM_PATH names, with the flags
    // CHROMIUM_ARGS lists (JSON): the repository runs these tests on the system Chromium that way.
    launchOptions: process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH, args: JSON.parse(process.env.CHROMIUM_ARGS ?? '[]') } : {},
    trace: 'retain-on-failure',
  },
  webServer: {
    // A production build of its own, whose app host is the mock the tests start (Vite reads VITE_*
    // variables from the environment before .env).
    command: `npx vite build --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${PREVIEW_PORT} --strictPort`,
    url: `http://localhost:${PREVIEW_PORT}/`,
    env: { VITE_FASTPASS_APP_HOST: `http://127.0.0.1:${MOCK_PORT}` },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
