import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { FastpassQRCode } from '../src';
import { jaJP } from '../src/locales/ja-JP';
import { zhTW } from '../src/locales/zh-TW';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { fastpassMetaBase } from './support/fastpassMeta';
import { expectState, fastpassRoot, mockOf } from './support/fastpassStory';

const meta = {
  ...fastpassMetaBase,
  title: 'FastpassQRCode/Locales',
  tags: ['autodocs'],
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * The language this story's card asked Authing for its code in. Not simply the first request the mock saw: a status
 * poll of the story before, already on its way when that story unmounted, can reach this story's handlers first.
 */
const codeRequestLang = (context: Parameters<typeof mockOf>[0]) =>
  mockOf(context).requests.find((request) => request.endpoint === 'geneFastpassQrcodeInfo')?.headers['x-authing-lang'];

/** Simplified Chinese, the default; Authing is asked for Chinese messages too (`x-authing-lang`). */
export const SimplifiedChinese: Story = {
  parameters: { fastpass: { lang: 'zh-CN' } },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(
      canvas.getByRole('img', { name: `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码` }),
    ).toBeVisible();
    await expect(canvas.getByText('打开 Authing 令牌，扫码完成快速认证')).toBeVisible();
    await expect(canvas.getByText(/^\d+ 秒后过期$/)).toBeVisible();
    await expect(fastpassRoot(canvasElement)).toHaveAttribute('lang', 'zh-CN');
    await expect(codeRequestLang(context)).toBe('zh-CN');
  },
};

/** English (`lang="en-US"` on the provider): labels, the accessible name and Authing's messages. */
export const English: Story = {
  parameters: {
    fastpass: {
      lang: 'en-US',
      mock: {
        sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { ...FASTPASS_MOCK_USER, displayName: 'Alex Morgan' } },
        userpool: { ...FASTPASS_MOCK_USERPOOL, displayName: 'Acme Identity' },
      },
    },
  },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(canvas.getByRole('img', { name: 'Fastpass QR code for Alex Morgan at Acme Identity' })).toBeVisible();
    await expect(canvas.getByText('Scan with the Authing Token app to sign in with Fastpass')).toBeVisible();
    await expect(canvas.getByText(/^Expires in \d+ s$/)).toBeVisible();
    await expect(codeRequestLang(context)).toBe('en-US');

    mockOf(context).cancel();
    await expectState(canvasElement, 'cancelled');
    await expect(canvas.getByText('Cancelled on the phone', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh QR code' }));
    await expectState(canvasElement, 'pending');
  },
};

/**
 * Traditional Chinese as used in Taiwan, on one card: `import { zhTW } from 'react-fastpass-qrcode/locales/zh-TW'`,
 * then `<FastpassQRCode labels={zhTW} />` (the provider's `lang="zh-TW"` asks Authing for its messages in it too).
 * Automatic refresh is off (`maxAutoRefresh: 0`) so that the expired state stays on screen.
 */
export const TraditionalChinese: Story = {
  args: { maxAutoRefresh: 0, labels: zhTW },
  parameters: {
    fastpass: {
      lang: 'zh-TW',
      mock: {
        sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { ...FASTPASS_MOCK_USER, displayName: '陳怡君' } },
        userpool: { ...FASTPASS_MOCK_USERPOOL, displayName: '範例科技' },
      },
    },
  },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(canvas.getByRole('img', { name: '陳怡君 在 範例科技 的快速認證 QR Code' })).toBeVisible();
    await expect(canvas.getByText('開啟 Authing 權杖，掃描 QR Code 完成快速認證')).toBeVisible();
    await expect(canvas.getByText(/^\d+ 秒後過期$/)).toBeVisible();
    await expect(fastpassRoot(canvasElement)).toHaveAttribute('lang', 'zh-TW');
    await expect(codeRequestLang(context)).toBe('zh-TW');

    mockOf(context).scan();
    await expectState(canvasElement, 'scanned');
    await expect(canvas.getByText('掃描成功，請在手機上確認', { selector: 'p' })).toBeVisible();
    await expect(canvas.getByText('掃描者：陳怡君')).toBeVisible();

    mockOf(context).expire();
    await expectState(canvasElement, 'expired');
    await expect(canvas.getByText('QR Code 已過期', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '更新 QR Code' }));
    await expectState(canvasElement, 'pending');
  },
};

/**
 * Japanese for every card and part under the provider: `import { jaJP } from 'react-fastpass-qrcode/locales/ja-JP'`,
 * then `<FastpassProvider lang="ja-JP" labels={jaJP}>`. Polite wording, Authing's own names (Authingトークン, クイック認証).
 */
export const Japanese: Story = {
  parameters: {
    fastpass: {
      lang: 'ja-JP',
      labels: jaJP,
      mock: {
        sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { ...FASTPASS_MOCK_USER, displayName: '佐藤 花子' } },
        userpool: { ...FASTPASS_MOCK_USERPOOL, displayName: 'サンプル株式会社' },
      },
    },
  },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(canvas.getByRole('img', { name: '佐藤 花子（サンプル株式会社）のクイック認証QRコード' })).toBeVisible();
    await expect(canvas.getByText('Authingトークンでスキャンして、クイック認証を完了してください')).toBeVisible();
    await expect(canvas.getByText(/^あと\d+秒で期限切れ$/)).toBeVisible();
    await expect(fastpassRoot(canvasElement)).toHaveAttribute('lang', 'ja-JP');
    await expect(codeRequestLang(context)).toBe('ja-JP');

    mockOf(context).cancel();
    await expectState(canvasElement, 'cancelled');
    await expect(canvas.getByText('スマートフォンでキャンセルされました', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'QRコードを更新' }));
    await expectState(canvasElement, 'pending');
  },
};

/**
 * `lang="ja-JP"` with no Japanese labels imported: only zh-CN and en-US are built in, so the card speaks Simplified
 * Chinese, and a development warning in the console names the import to add. Authing is still asked for Japanese.
 */
export const WithoutTheLocaleImport: Story = {
  parameters: { fastpass: { lang: 'ja-JP' } },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(
      canvas.getByRole('img', { name: `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码` }),
    ).toBeVisible();
    await expect(canvas.getByText('打开 Authing 令牌，扫码完成快速认证')).toBeVisible();
    await expect(codeRequestLang(context)).toBe('ja-JP');
  },
};

/** Any string replaced through `labels`; the rest stay in the built-in language. */
export const LabelsOverride: Story = {
  args: {
    labels: {
      hint: '用「Acme 令牌」扫一扫，无需输入密码',
      codeTitle: (user, userpool) => `${user}（${userpool}）的登录二维码`,
      cancelled: '你在手机上取消了本次登录',
      refresh: '换一个二维码',
    },
  },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'pending');
    await expect(
      canvas.getByRole('img', { name: `${FASTPASS_MOCK_USER.displayName}（${FASTPASS_MOCK_USERPOOL.displayName}）的登录二维码` }),
    ).toBeVisible();
    await expect(canvas.getByText('用「Acme 令牌」扫一扫，无需输入密码')).toBeVisible();
    await expect(canvas.getByText(/^\d+ 秒后过期$/)).toBeVisible();

    mockOf(context).cancel();
    await expectState(canvasElement, 'cancelled');
    await expect(canvas.getByText('你在手机上取消了本次登录', { selector: 'p' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '换一个二维码' })).toBeVisible();
  },
};
