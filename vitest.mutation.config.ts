import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The tests mutation testing runs (`npm run test:mutation`, see stryker.config.mjs): the `unit` project of
 * vite.config.ts (jsdom and node), without its type tests, and only the test files that pin the promises of the
 * modules Stryker mutates. Kept apart from vite.config.ts so that Stryker's Vitest runner starts no browser
 * project and builds no library.
 */
const dirname = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^react-fastpass-qrcode$/, replacement: `${dirname}src/index.ts` }] },
  test: {
    name: 'unit',
    environment: 'jsdom',
    // Each mutant runs only the tests that reach it, but a survivor runs every one of them: the list keeps to the
    // tests that pin the mutated modules' promises, not every view test that happens to call them.
    include: [
      'test/unit/api/**/*.test.ts',
      'test/unit/server/**/*.test.ts',
      'test/unit/query/**/*.test.{ts,tsx}',
      'test/unit/components/isSafePhotoUrl.test.ts',
      'test/unit/hooks/useFastpassQrcode.{credential,session,concealment}.test.tsx',
      'test/unit/hardening/{tokenSafety,sessionIsolation,hostileFields,fuzz.client}.test.{ts,tsx}',
      'test/unit/integration/bff.page.test.tsx',
    ],
    setupFiles: ['test/setup/unit.ts'],
    // On a busy shared machine a hook test can take over the default 5 s in the first, instrumented run, and one
    // failed test there stops the whole run. A mutant that hangs is still cut off by Stryker's own timeout first.
    testTimeout: 30_000,
    globals: true,
    restoreMocks: true,
  },
});
