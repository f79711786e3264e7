import { defineConfig } from '@playwright/test';
import { DEV_PORT, SERVE_PORT } from './e2e/ports';
import { SERVER_ENV } from './e2e/settings';

export default defineConfig({
  testDir: 'e2e',
  // One worker: the mock Authing listens on one fixed port, and both servers are told that port.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Generous: on a busy 2-core machine, `react-router dev` compiles a route on its first visit.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    // Playwright's own Chromium (`npx playwright install chromium`), or the one CHROMIUM_PATH names, with the flags
    // CHROMIUM_ARGS lists (JSON): the repository runs these tests on the system Chromium that way.
    launchOptions: process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH, args: JSON.parse(process.env.CHROMIUM_ARGS ?? '[]') } : {},
    trace: 'retain-on-failure',
  },
  projects: [
    // The production build (`react-router build` first; scripts/examples.mjs does it), served as in production.
    { name: 'serve', testIgnore: /\.dev\.spec\.ts$/, use: { baseURL: `http://localhost:${SERVE_PORT}` } },
    // React 19 production builds do not report hydration mismatches: hydration is checked under `react-router dev`.
    { name: 'dev', testMatch: /\.dev\.spec\.ts$/, use: { baseURL: `http://localhost:${DEV_PORT}` }, timeout: 120_000 },
  ],
  webServer: [
    {
      command: 'npx react-router-serve ./build/server/index.mjs',
      url: `http://localhost:${SERVE_PORT}/`,
      env: { ...SERVER_ENV, PORT: String(SERVE_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Environment variables win over .env, which `react-router dev` also reads.
      command: `npx react-router dev --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}/`,
      env: SERVER_ENV,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
