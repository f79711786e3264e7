import type { Preview, StoryContext } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
// The library's stylesheet, as users import it: stories show the component styled.
import '../src/styles.css';
import { resetPageEmulation } from '../stories/support/pageEmulation';
import { runStoryTestClock } from '../stories/support/storyTestClock';

/**
 * Each story starts on a visible page on screen, whatever the story before it emulated. When stories run as tests,
 * their clock stands still (`.storybook/vitest.setup.ts`); a story that needs time to pass says
 * `parameters.clock = 'running'`.
 */
function beforeEachStory(context: Pick<StoryContext, 'parameters'>) {
  resetPageEmulation();
  if (context.parameters.clock === 'running') runStoryTestClock();
}

const preview: Preview = {
  beforeEach: beforeEachStory,
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
    // The documentation site first, its pages in the order a newcomer needs them (docs/*.mdx), then the stories.
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Introduction',
            'Installation',
            'The card',
            'Your own UI on the hook',
            'The parts',
            'Theming and dark mode',
            'Languages',
            'Server rendering',
            'Keep the token on the server',
            'Testing your page',
            'Security',
            'Content-Security-Policy',
            'Troubleshooting',
            'Upgrading',
          ],
          'FastpassQRCode',
          'Parts',
          'Hook',
          'Pages',
        ],
      },
    },
    controls: { matchers: { color: /(background|color)$/i } },
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
