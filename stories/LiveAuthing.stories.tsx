import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FastpassProvider, FastpassQRCode } from '../src';
import { expectState } from './support/fastpassStory';

/** The real Authing application, when all three variables are set where Storybook starts. */
const live = {
  appHost: import.meta.env.STORYBOOK_AUTHING_APP_HOST,
  appId: import.meta.env.STORYBOOK_AUTHING_APP_ID,
  accessToken: import.meta.env.STORYBOOK_AUTHING_ACCESS_TOKEN,
};
const configured = Boolean(live.appHost && live.appId && live.accessToken);

const VARIABLES = ['STORYBOOK_AUTHING_APP_HOST', 'STORYBOOK_AUTHING_APP_ID', 'STORYBOOK_AUTHING_ACCESS_TOKEN'];

function HowToConnect() {
  return (
    <section lang="en" style={{ maxWidth: 560, font: '14px/1.6 system-ui, sans-serif', color: '#1d2129' }}>
      <h2>Connect a real Authing application</h2>
      <p>
        This story talks to a real Authing application instead of the mock. It is not configured: set these variables
        where you start Storybook, then reload.
      </p>
      <pre style={{ padding: 12, borderRadius: 8, background: '#f2f3f5', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <code>
          {`STORYBOOK_AUTHING_APP_HOST=https://your-app.authing.cn \\
STORYBOOK_AUTHING_APP_ID=<your application id> \\
STORYBOOK_AUTHING_ACCESS_TOKEN=<a signed-in user's access token> \\
npm start`}
        </code>
      </pre>
      <ul>
        <li>The host and id are on the application&apos;s page in the Authing console.</li>
        <li>
          The token is a user&apos;s <code>access_token</code> for that application, e.g. from a sign-in with the Authing SDK.
          It stays in your environment and is sent only to your Authing host.
        </li>
        <li>
          No mock is registered here: the service worker lets requests to your host through. Scan the code with the
          Authing Token app on your phone.
        </li>
      </ul>
    </section>
  );
}

/** A fresh QueryClient, then the provider pointed at the real application; the explanation when unset. */
const withLiveAuthing: Decorator = (Story, context) => {
  if (!configured) return <HowToConnect />;
  const { queryClient } = context.loaded as { queryClient: QueryClient };
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={live.appHost!} appId={live.appId!} accessToken={live.accessToken!}>
        <Story />
      </FastpassProvider>
    </QueryClientProvider>
  );
};

const meta = {
  title: 'Live/Live Authing',
  component: FastpassQRCode,
  // No mock: msw's worker bypasses every request it has no handler for.
  loaders: [() => ({ queryClient: new QueryClient() })],
  decorators: [withLiveAuthing],
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component: `The component against a real Authing application, configured by ${VARIABLES.map((name) => `\`${name}\``).join(', ')}.`,
      },
    },
  },
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

export const LiveAuthing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    if (configured) {
      // A real code from the real server: scan it with the Authing Token app.
      await expectState(canvasElement, 'pending', { timeout: 12_000 });
      await expect(canvas.getByRole('img')).toBeVisible();
      return;
    }
    await expect(canvas.getByRole('heading', { name: 'Connect a real Authing application' })).toBeVisible();
    for (const name of VARIABLES) await expect(canvas.getByText(new RegExp(`${name}=`))).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="root"]')).toBeNull();
  },
};
