// .mts: `npm init -y` makes a CommonJS package, and this file is an ES module.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // The page's components need a DOM; Node's fetch, Request and Response stay, which msw/node needs.
    environment: 'jsdom',
    // Testing Library's matchers and its cleanup after each test.
    setupFiles: ['./vitest.setup.ts'],
  },
});
