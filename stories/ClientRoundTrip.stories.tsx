import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { createFastpassClient, type FastpassQrcodeInfo, type FastpassQrcodeStatus } from '../src';
import { createFastpassMock, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../src/testing';

// One mock Authing per story file; each story starts it afresh.
const mock = createFastpassMock();

const client = createFastpassClient({
  appHost: FASTPASS_MOCK_APP_HOST,
  appId: FASTPASS_MOCK_APP_ID,
  getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN,
});

/** The framework-free client on its own: what goes to Authing and what comes back. */
function ClientRoundTrip() {
  const [info, setInfo] = useState<FastpassQrcodeInfo>();
  const [status, setStatus] = useState<FastpassQrcodeStatus>();
  const [error, setError] = useState<string>();

  const run = (work: () => Promise<void>) => () => {
    setError(undefined);
    work().catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  };

  return (
    <section style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 520 }}>
      <h2>createFastpassClient against the mock Authing</h2>
      <p>
        <button type="button" onClick={run(async () => setInfo(await client.geneFastpassQrcodeInfo()))}>
          Create a Fastpass code
        </button>{' '}
        <button
          type="button"
          disabled={!info}
          onClick={run(async () => info && setStatus(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })))}
        >
          Check status
        </button>
      </p>
      {info && (
        <dl>
          <dt>User</dt>
          <dd>{info.user.displayName}</dd>
          <dt>User pool</dt>
          <dd>{info.userpool.displayName}</dd>
          <dt>qrcodeId</dt>
          <dd>
            <code>{info.qrcodeId}</code>
          </dd>
          <dt>Status</dt>
          <dd aria-label="status">{status?.status ?? 'not checked yet'}</dd>
        </dl>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

const meta = {
  title: 'Foundation/Client round trip',
  component: ClientRoundTrip,
  beforeEach: ({ msw }) => {
    mock.reset();
    msw.use(...mock.handlers);
  },
} satisfies Meta<typeof ClientRoundTrip>;
export default meta;

type Story = StoryObj<typeof meta>;

export const RoundTrip: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create a Fastpass code' }));
    await expect(await canvas.findByText('张三')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Check status' }));
    await expect(await canvas.findByText('PENDING')).toBeVisible();

    // The token app scans: the next check sees it.
    mock.scan();
    await userEvent.click(canvas.getByRole('button', { name: 'Check status' }));
    await expect(await canvas.findByText('SCANNED')).toBeVisible();
    await expect(mock.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/v3/gene-fastpass-qrcode-info',
      'GET /api/v3/get-app-login-qrcode-status',
      'GET /api/v3/get-app-login-qrcode-status',
    ]);
  },
};

export const SignedOutSession: Story = {
  beforeEach: () => {
    mock.revokeSession(FASTPASS_MOCK_ACCESS_TOKEN);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create a Fastpass code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/not signed in/);
  },
};
