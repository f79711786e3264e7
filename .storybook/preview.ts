import type { Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
// The library's stylesheet, as users import it: stories show the component styled.
import '../src/styles.css';
import { resetPageEmulation } from '../stories/support/pageEmulation';

const preview: Preview = {
  // Each story starts on a visible page on screen, whatever the story before it emulated.
  beforeEach: resetPageEmulation,
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({
        quiet: true,
        onUnhandledRequest: 'bypass',
        // Relative to the page, so that a static Storybook served from a sub-path finds its worker.
        serviceWorker: { url: './mockServiceWorker.js' },
      });
      return worker;
    }),
  ],
  parameters: {
    controls: { matchers: { color: /(background|color)$/i } },
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
