import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { FastpassQRCode } from '../src';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_USER } from '../src/testing';
import { fastpassMetaBase } from './support/fastpassMeta';
import { arrange, expectState, mockOf } from './support/fastpassStory';

const meta = {
  ...fastpassMetaBase,
  title: 'FastpassQRCode/Errors',
  tags: ['autodocs'],
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * A request for a code that may have reached Authing (a network error, a timeout, a 5xx) is never re-sent by
 * itself: it may have minted a code nobody sees. One failed attempt shows the error, and Retry asks once more.
 */
const MINT_ATTEMPTS = 1;
/** What may be retried is retried twice with backoff before it shows: a refusal (429) and a status poll. */
const ATTEMPTS = 3;

/** Shows the error, then proves Retry recovers once the mock answers normally again. */
async function expectErrorThenRetry(canvasElement: HTMLElement, message: string, { requestId }: { requestId: boolean }) {
  const canvas = within(canvasElement);
  await expectState(canvasElement, 'error');
  await expect(canvas.getByText(message, { selector: 'p' })).toBeVisible();
  await expect(canvas.getByRole('status')).toHaveTextContent(message);
  await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
  if (requestId) await expect(canvas.getByText(/^请求 ID：\S+$/)).toBeVisible();
  else await expect(canvas.queryByText(/^请求 ID：/)).not.toBeInTheDocument();
  await userEvent.click(canvas.getByRole('button', { name: '重试' }));
  await expectState(canvasElement, 'pending');
}

/** Offline: the request never gets an answer (fetch rejects). */
export const Offline: Story = {
  beforeEach: arrange((mock) => mock.fail({ type: 'network' }, { endpoint: 'geneFastpassQrcodeInfo', times: MINT_ATTEMPTS })),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '网络连接失败，请检查网络', { requestId: false });
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(MINT_ATTEMPTS + 1);
  },
};

/**
 * The session ended on the server: Authing answers `{statusCode: 401, apiCode: 2020}` in HTTP 200. The
 * provider's `onUnauthorized` gets one chance to refresh the token; then the card asks to sign in again.
 */
export const SessionExpired: Story = {
  beforeEach: arrange((mock) => mock.revokeSession(FASTPASS_MOCK_ACCESS_TOKEN)),
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'error');
    await expect(canvas.getByText('登录已过期，请重新登录', { selector: 'p' })).toBeVisible();
    // One request and the one retry after onUnauthorized, then nothing more.
    const mock = mockOf(context);
    await expect(mock.requests).toHaveLength(2);
    // The user signs in again; Retry then gets a code.
    mock.addSession(FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_USER);
    await userEvent.click(canvas.getByRole('button', { name: '重试' }));
    await expectState(canvasElement, 'pending');
  },
};

/** Throttled: HTTP 429 with `Retry-After: 1`, honoured between the attempts. */
export const RateLimited: Story = {
  // It reads the times the mock heard each attempt: the story's clock must run.
  parameters: { clock: 'running' },
  beforeEach: arrange((mock) =>
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 1 }, { endpoint: 'geneFastpassQrcodeInfo', times: ATTEMPTS }),
  ),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '服务器出错了，请稍后重试', { requestId: true });
    const attempts = mockOf(context).requests.slice(0, ATTEMPTS);
    for (let i = 1; i < attempts.length; i += 1) {
      await expect(attempts[i]!.receivedAt - attempts[i - 1]!.receivedAt).toBeGreaterThanOrEqual(950);
    }
  },
};

/** A 5xx from Authing, with the request id support needs. */
export const ServerError: Story = {
  beforeEach: arrange((mock) =>
    mock.fail({ type: 'server-error', httpStatus: 503 }, { endpoint: 'geneFastpassQrcodeInfo', times: MINT_ATTEMPTS }),
  ),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '服务器出错了，请稍后重试', { requestId: true });
    // One request before the error, never re-sent by itself, and the one Retry sent.
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(MINT_ATTEMPTS + 1);
  },
};

/** A proxy in front of Authing answers with its own HTML 502 page instead of JSON. */
export const HtmlBody: Story = {
  beforeEach: arrange((mock) => mock.fail({ type: 'html', httpStatus: 502 }, { endpoint: 'geneFastpassQrcodeInfo', times: MINT_ATTEMPTS })),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '服务器出错了，请稍后重试', { requestId: false });
    // One request before the error, never re-sent by itself, and the one Retry sent.
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(MINT_ATTEMPTS + 1);
  },
};

/** A success envelope whose `data` is not a Fastpass code (wrong field types): never shown as a code. */
export const InvalidPayload: Story = {
  beforeEach: arrange((mock) =>
    mock.fail(
      { type: 'invalid-data', data: { qrcodeId: 42, scene: 'FASTPASS', user: null } },
      { endpoint: 'geneFastpassQrcodeInfo' },
    ),
  ),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '服务器返回了无法识别的数据', { requestId: true });
    // Not retried by itself: a second attempt would get the same answer.
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(2);
  },
};

/** Authing does not answer within the provider's `timeoutMs` (300 ms here). */
export const Timeout: Story = {
  parameters: { fastpass: { timeoutMs: 300 } },
  beforeEach: arrange((mock) => mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo', times: MINT_ATTEMPTS })),
  play: async (context) => {
    await expectErrorThenRetry(context.canvasElement, '请求超时，请稍后重试', { requestId: false });
    // One request before the error, never re-sent by itself, and the one Retry sent.
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(MINT_ATTEMPTS + 1);
  },
};

/** The code is on screen, then status polling keeps failing: after three failed polls in a row, the error shows. */
export const PollingFails: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    mockOf(context).fail({ type: 'server-error' }, { endpoint: 'getAppLoginQrcodeStatus', times: ATTEMPTS });
    await expectState(canvasElement, 'error', { timeout: 10_000 });
    await expect(canvas.getByText('服务器出错了，请稍后重试', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '重试' }));
    await expectState(canvasElement, 'pending');
  },
};
