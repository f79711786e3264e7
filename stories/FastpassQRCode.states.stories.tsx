import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FastpassQRCode } from '../src';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { decodeQrIn } from './support/decodeRenderedQr';
import { fastpassMetaBase } from './support/fastpassMeta';
import { arrange, expectState, fastpassRoot, mockOf } from './support/fastpassStory';

const CODE_NAME = `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码`;
/** msw's longest delay: the answer never comes while anyone watches. */
const FOREVER_MS = 2 ** 31 - 1;

const meta = {
  ...fastpassMetaBase,
  title: 'FastpassQRCode/States',
  tags: ['autodocs'],
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every control at its default: the live component against the mock Authing. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: CODE_NAME })).toBeVisible();
    await expectState(canvasElement, 'pending');
  },
};

/** Nobody is signed in: nothing is requested, and the card says why there is no code. */
export const SignedOut: Story = {
  parameters: { fastpass: { accessToken: null } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expectState(context.canvasElement, 'signed-out');
    await expect(canvas.getByText('请先登录，再使用快速认证', { selector: 'p' })).toBeVisible();
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
    await expect(mockOf(context).requests).toHaveLength(0);
  },
};

/** Signed out, with the page's own call to action in place of the default message (`fallback`). */
export const SignedOutWithFallback: Story = {
  parameters: { fastpass: { accessToken: null } },
  args: {
    fallback: (
      <button type="button" className="sb-signin">
        登录后使用快速认证
      </button>
    ),
  },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'signed-out');
    await expect(within(canvasElement).getByRole('button', { name: '登录后使用快速认证' })).toBeVisible();
  },
};

/** The code is on its way (the mock answers after a very long latency): a skeleton holds its place. */
export const Loading: Story = {
  parameters: { fastpass: { timeoutMs: FOREVER_MS } },
  beforeEach: arrange((mock) => mock.setLatency(FOREVER_MS)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'loading');
    await expect(canvas.getByRole('status')).toHaveTextContent('正在生成二维码…');
    await expect(canvasElement.querySelector('[data-slot="skeleton"]')).toBeVisible();
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
  },
};

/** A scannable code: who it is for, the hint, the countdown; the code decodes to the server's data. */
export const Pending: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const code = await canvas.findByRole('img', { name: CODE_NAME });
    await expectState(canvasElement, 'pending');
    await expect(canvas.getByText('打开 Authing 令牌，扫码完成快速认证')).toBeVisible();
    await expect(canvas.getByText(/^\d+ 秒后过期$/)).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('二维码已就绪，请使用 Authing 令牌扫码');
    const payload = await decodeQrIn(code.parentElement ?? canvasElement);
    await expect(JSON.parse(payload ?? 'null')).toEqual(mockOf(context).latestCode()?.info);
  },
};

/** The token app scanned the code: it is veiled and blurred until the person confirms on the phone. */
export const Scanned: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    mockOf(context).scan();
    await expectState(canvasElement, 'scanned');
    await expect(canvas.getByText('扫码成功，请在手机上确认', { selector: 'p' })).toBeVisible();
    await expect(canvas.getByText(`扫码人：${FASTPASS_MOCK_USER.displayName}`)).toBeVisible();
    // What a camera sees now is a blur: nothing to decode.
    await expect(await decodeQrIn(canvasElement)).toBeNull();
  },
};

/** Confirmed on the phone: the code is gone, polling stops, `onAuthorized` fires once. */
export const Authorized: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    const mock = mockOf(context);
    mock.scan();
    await expectState(canvasElement, 'scanned');
    mock.confirm();
    await expectState(canvasElement, 'authorized');
    await expect(canvas.getByText('已确认，快速认证完成', { selector: 'p' })).toBeVisible();
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
    await waitFor(() => expect(args.onAuthorized).toHaveBeenCalledTimes(1));
    const polls = mock.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expect(mock.requests).toHaveLength(polls);
  },
};

/** Cancelled on the phone: a placeholder (never the old code) and one Refresh button. */
export const Cancelled: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    const mock = mockOf(context);
    mock.cancel();
    await expectState(canvasElement, 'cancelled');
    await expect(canvas.getByText('已在手机上取消', { selector: 'p' })).toBeVisible();
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: '刷新二维码' }));
    await expectState(canvasElement, 'pending');
    await expect(mock.codes()).toHaveLength(2);
    await expect(canvas.getByRole('group', { name: '快速认证二维码' })).toHaveFocus();
  },
};

/** The code lapsed and automatic refresh is off (`maxAutoRefresh: 0`): Refresh asks for a new one. */
export const Expired: Story = {
  tags: ['!autodocs'],
  args: { maxAutoRefresh: 0 },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    mockOf(context).expire();
    await expectState(canvasElement, 'expired');
    await expect(canvas.getByText('二维码已过期', { selector: 'p' })).toBeVisible();
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: '刷新二维码' })).toBeVisible();
  },
};

/** The code lapsed with automatic refresh on (the default): a new code replaces it by itself. */
export const ExpiredThenRefreshed: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    const mock = mockOf(context);
    const first = mock.expire().qrcodeId;
    await waitFor(() => expect(mock.codes()).toHaveLength(2), { timeout: 5_000 });
    await expectState(canvasElement, 'pending');
    const payload = await decodeQrIn(canvasElement);
    await expect(JSON.parse(payload ?? 'null')).toMatchObject({ qrcodeId: mock.latestCode()?.qrcodeId });
    await expect(payload).not.toContain(first);
  },
};

/** Authing refused the request (here: the user pool does not exist, apiCode 2224): a message and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  beforeEach: arrange((mock) =>
    mock.fail({ type: 'envelope-error', statusCode: 404, apiCode: 2224, message: '用户池不存在' }, { endpoint: 'geneFastpassQrcodeInfo' }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'error');
    await expect(canvas.getByText('服务器出错了，请稍后重试', { selector: 'p' })).toBeVisible();
    await expect(canvas.getByText(/^请求 ID：/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '重试' }));
    await expectState(canvasElement, 'pending');
    await expect(fastpassRoot(canvasElement)).toHaveAttribute('data-state', 'pending');
  },
};
