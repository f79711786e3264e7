import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from 'react-fastpass-qrcode/testing';
import { MOCK_PORT } from './e2e/ports';

const START_PORT = 3100;
const DEV_PORT = 3101;
// Both servers ask the mock Authing that the tests start in-process on MOCK_PORT (see e2e/fixtures.ts).
const env = {
  FASTPASS_APP_HOST: `http://127.0.0.1:${MOCK_PORT}`,
  FASTPASS_APP_ID: FASTPASS_MOCK_APP_ID,
  FASTPASS_ACCESS_TOKEN: FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_USER_ID: FASTPASS_MOCK_USER.id,
  // A fresh secret for each run: no cookie sealed by an earlier run (or with the development secret) opens.
  SESSION_SECRET: randomBytes(32).toString('base64url'),
  NEXT_TELEMETRY_DISABLED: '1',
};

export default defineConfig({
  testDir: 'e2e',
  // One worker: the mock Authing listens on one fixed port, and the Next.js servers are told that port.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Generous: on a busy 2-core machine, `next dev` compiles a route on its first visit.
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
    // The production build (`next build` first; scripts/examples.mjs does it).
    { name: 'next-start', testIgnore: /\.dev\.spec\.ts$/, use: { baseURL: `http://localhost:${START_PORT}` } },
    // React 19 production builds do not report attribute mismatches: hydration is checked under `next dev`.
    { name: 'next-dev', testMatch: /\.dev\.spec\.ts$/, use: { baseURL: `http://localhost:${DEV_PORT}` }, timeout: 120_000 },
  ],
  webServer: [
    {
      command: `npx next start --port ${START_PORT}`,
      url: `http://localhost:${START_PORT}/`,
      env,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next dev --port ${DEV_PORT}`,
      url: `http://localhost:${DEV_PORT}/`,
      env,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
