import '@testing-library/jest-dom/vitest';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates CSS media in the test's page (see `emulateMedia` in vite.config.ts). */
    emulateMedia: (options: { colorScheme?: 'light' | 'dark'; media?: 'print' | 'screen' }) => Promise<void>;
  }
}
