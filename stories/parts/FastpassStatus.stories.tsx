import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FastpassError, FastpassStatus } from '../../src';
import { jaJP } from '../../src/locales/ja-JP';
import { buildFastpassResult, FASTPASS_MOCK_OTHER_USER } from '../../src/testing';
import { fastpassLoader, withFastpassProviders } from '../support/fastpassStory';
import { PART_RESULT_NOTE, withPartStage } from '../support/partStories';

const meta = {
  title: 'Parts/FastpassStatus',
  tags: ['autodocs'],
  component: FastpassStatus,
  decorators: [withPartStage],
  args: { result: buildFastpassResult('pending') },
  argTypes: { result: { control: false }, fallback: { control: false } },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'What the state means for the person, in the labels of the enclosing card, else of the provider, else zh-CN: ' +
          'the hint beside a live code, why a concealed code is not there, who scanned (and a line for whoever did not), ' +
          "the outcome, or the error with Authing's request id. Nothing while a code is loading. " +
          PART_RESULT_NOTE,
      },
    },
  },
} satisfies Meta<typeof FastpassStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Beside a live code: how to use it. */
export const Hint: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('打开 Authing 令牌，扫码完成快速认证')).toHaveAttribute('data-slot', 'hint');
  },
};

/** A concealed code says why it is not there, in place of the hint. */
export const Concealed: Story = {
  args: { result: buildFastpassResult('pending', { concealed: 'page-hidden' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('页面在后台时，二维码已隐藏')).toBeVisible();
    await expect(within(canvasElement).queryByText('打开 Authing 令牌，扫码完成快速认证')).not.toBeInTheDocument();
  },
};

/** Scanned: who scanned (here not the account's owner), and what to do if it was not you. */
export const Scanned: Story = {
  args: { result: buildFastpassResult('scanned') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('扫码成功，请在手机上确认')).toBeVisible();
    await expect(canvas.getByText(`扫码人：${FASTPASS_MOCK_OTHER_USER.displayName}`)).toBeVisible();
    await expect(canvas.getByText('不是你本人扫码？请立即修改密码')).toBeVisible();
  },
};

/** Authorized: the outcome, with a decorative tick. */
export const Authorized: Story = {
  args: { result: buildFastpassResult('authorized') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('已确认，快速认证完成')).toBeVisible();
    await expect(canvasElement.querySelector('svg[data-slot="icon"]')).toHaveAttribute('aria-hidden', 'true');
  },
};

/** A server error: the message for its kind, and Authing's request id for support. */
export const ServerError: Story = {
  args: {
    result: buildFastpassResult('error', {
      error: new FastpassError('api', '用户池不存在', { requestId: 'req-7f3a91c2' }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('服务器出错了，请稍后重试')).toHaveAttribute('data-slot', 'error');
    await expect(canvas.getByText('请求 ID：req-7f3a91c2')).toBeVisible();
  },
};

/** Nobody signed in: the page's own call to action (`fallback`) in place of the default message. */
export const SignedOutWithFallback: Story = {
  args: {
    result: buildFastpassResult('signed-out'),
    fallback: <a href="#sign-in">登录后使用快速认证</a>,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '登录后使用快速认证' })).toBeVisible();
    await expect(within(canvasElement).queryByText('请先登录，再使用快速认证')).not.toBeInTheDocument();
  },
};

/**
 * A part outside any card speaks the provider's labels: `<FastpassProvider lang="ja-JP" labels={jaJP}>` with
 * `import { jaJP } from 'react-fastpass-qrcode/locales/ja-JP'`.
 */
export const JapaneseFromTheProvider: Story = {
  args: { result: buildFastpassResult('scanned') },
  loaders: [fastpassLoader],
  decorators: [withFastpassProviders],
  parameters: { fastpass: { lang: 'ja-JP', labels: jaJP } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('スキャンしました。スマートフォンで確認してください')).toBeVisible();
    await expect(canvas.getByText(`スキャンしたユーザー：${FASTPASS_MOCK_OTHER_USER.displayName}`)).toBeVisible();
  },
};

/** While a code is on its way there is nothing to say (the code's live region announces it). */
export const Loading: Story = {
  args: { result: buildFastpassResult('loading') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="message"]')).toBeNull();
  },
};
