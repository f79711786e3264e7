import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FastpassQRCode } from '../src';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { decodeQrIn } from '../test/utils/decodeQr';
import { fastpassMetaBase } from './support/fastpassMeta';
import { settleAnimations } from '../test/utils/settleAnimations';
import { arrange, expectState, fastpassLoaded, fastpassRoot, mockOf, type FastpassLoaded } from './support/fastpassStory';
import { countFetchStarts, pollIntervals } from '../test/utils/quietWindow';
import { DEFAULT_POLL_INTERVAL_MS } from '../src/react/useFastpassQrcodeOptions';
import { setDocumentVisibility } from './support/pageEmulation';

const CODE_NAME = `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码`;
/**
 * Checks that the card starts no fetch and sends nothing across `intervals` of its poll interval, once what was on its
 * way has landed: a counter that must stay at zero over the card's own timer queue, not a sleep whose length decides.
 */
async function expectNothingSent({ queryClient, mock }: FastpassLoaded, intervals = 2) {
  // As test/utils/quietWindow's expectNothingSentFor, with Storybook's waitFor and expect (stories also run outside Vitest).
  await waitFor(() => expect(queryClient.isFetching() === 0 && mock.requests.every((request) => request.answeredAt !== undefined || request.aborted)).toBe(true));
  const sent = mock.requests.length;
  const starts = countFetchStarts(queryClient);
  try {
    await pollIntervals(intervals, DEFAULT_POLL_INTERVAL_MS);
  } finally {
    starts.stop();
  }
  await expect(starts.count).toBe(0);
  await expect(mock.requests).toHaveLength(sent);
}

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

/**
 * `generate="on-demand"`, as an account page should use it: nothing is minted until the person asks.
 * Show code mints one; Hide code takes it out of the cache and the DOM.
 */
export const OnDemand: Story = {
  args: { generate: 'on-demand' },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const mock = mockOf(context);
    await expectState(canvasElement, 'idle');
    await expect(canvas.getByText('扫描此二维码的人，将在其手机上登录你的账号', { selector: 'p' })).toBeVisible();
    await expectNothingSent(fastpassLoaded(context));
    await expect(mock.requests).toHaveLength(0);

    await userEvent.click(canvas.getByRole('button', { name: '显示二维码' }));
    await expect(await canvas.findByRole('img', { name: CODE_NAME })).toBeVisible();
    await expect(mock.codes()).toHaveLength(1);

    await userEvent.click(canvas.getByRole('button', { name: '隐藏二维码' }));
    await expectState(canvasElement, 'idle');
    await expect(canvas.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: '显示二维码' })).toBeVisible();
  },
};

/**
 * The tab went to the background (emulated here): the code leaves the DOM, its box stays and says why.
 * Back in front, the same code returns from the cache with no request.
 */
export const HiddenInTheBackground: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const mock = mockOf(context);
    await canvas.findByRole('img', { name: CODE_NAME });
    const before = await decodeQrIn(canvasElement);

    await step('The page goes to the background', async () => {
      setDocumentVisibility('hidden');
      await waitFor(() => expect(canvas.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument());
      await settleAnimations(canvasElement);
      await expect(canvas.getByText('页面在后台时，二维码已隐藏', { selector: 'p' })).toBeVisible();
    });

    await step('It comes back: the same code, no new request', async () => {
      setDocumentVisibility('visible');
      await canvas.findByRole('img', { name: CODE_NAME });
      await expect(await decodeQrIn(canvasElement)).toBe(before);
      await expect(mock.codes()).toHaveLength(1);
    });

    // Left in the background, for browsing (the next story starts on a visible page).
    setDocumentVisibility('hidden');
    await waitFor(() => expect(canvas.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument());
  },
};

/** The page is being printed (`window.print()` fires `beforeprint`): paper gets the placeholder, never the code. */
export const Printed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: CODE_NAME });
    window.dispatchEvent(new Event('beforeprint'));
    // Out of the DOM synchronously, before the printout is laid out.
    await expect(canvas.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
    await settleAnimations(canvasElement);
    await expect(canvas.getByText('二维码不会被打印', { selector: 'p' })).toBeVisible();
    await expect(await decodeQrIn(canvasElement)).toBeNull();
    // Left printing, for browsing (the next story starts on screen).
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

/**
 * The token app scanned the code: one phone has it, so it leaves the screen; the card says who scanned
 * and what to do for whoever did not.
 */
export const Scanned: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    // On a docs page this story plays while many others load: wait as long as any state wait does.
    await canvas.findByRole('img', { name: CODE_NAME }, { timeout: 8_000 });
    mockOf(context).scan();
    await expectState(canvasElement, 'scanned');
    await expect(canvas.getByText('扫码成功，请在手机上确认', { selector: 'p' })).toBeVisible();
    await expect(canvas.getByText(`扫码人：${FASTPASS_MOCK_USER.displayName}`)).toBeVisible();
    await expect(canvas.getByText('不是你本人扫码？请立即修改密码')).toBeVisible();
    // No code in the DOM: nothing for a second camera.
    await expect(canvas.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
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
    // Authorized is the end: no poll after it.
    await expectNothingSent(fastpassLoaded(context));
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
