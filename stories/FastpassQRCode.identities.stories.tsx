import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { type FastpassQRCode, type FastpassUserInfo } from '../src';
import { DEFAULT_SIZE } from '../src/components/parts/codeDefaults';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { decodeQrIn } from '../test/utils/decodeQr';
import { fastpassMetaBase } from './support/fastpassMeta';
import { expectCardWidth, expectState, fastpassRoot, type FastpassStoryParameters } from './support/fastpassStory';

const meta = {
  ...fastpassMetaBase,
  title: 'FastpassQRCode/Names and photos',
  tags: ['autodocs'],
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The mock Authing signs in `user` and names `userpool` in every code. */
function identity(user: Partial<FastpassUserInfo>, userpool: Partial<FastpassUserInfo> = {}): { fastpass: FastpassStoryParameters } {
  return {
    fastpass: {
      mock: {
        sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { ...FASTPASS_MOCK_USER, ...user } },
        userpool: { ...FASTPASS_MOCK_USERPOOL, ...userpool },
      },
    },
  };
}

function slotIn(canvasElement: HTMLElement, who: 'user' | 'userpool', slot: 'name' | 'avatar'): HTMLElement {
  return fastpassRoot(canvasElement).querySelector<HTMLElement>(`[data-slot="${who}"] [data-slot="${slot}"]`)!;
}

/**
 * The names are shown whole (a tooltip holds what an ellipsis cuts), the card keeps its width, and the
 * code carries the names exactly as the server sent them.
 */
async function expectNames(canvasElement: HTMLElement, user: string, userpool: string) {
  await expectState(canvasElement, 'pending');
  for (const [who, name] of [['user', user], ['userpool', userpool]] as const) {
    const element = slotIn(canvasElement, who, 'name');
    await expect(element).toHaveTextContent(name);
    await expect(element).toHaveAttribute('title', name);
  }
  await expectCardWidth(fastpassRoot(canvasElement), DEFAULT_SIZE);
  const payload = JSON.parse((await decodeQrIn(canvasElement)) ?? 'null') as { user: FastpassUserInfo; userpool: FastpassUserInfo };
  await expect(payload.user.displayName).toBe(user);
  await expect(payload.userpool.displayName).toBe(userpool);
}

const LONG_USER = 'Maximiliana Alexandrina Konstantinopoulou-Worthington von Hohenzollern-Sigmaringen';
const LONG_POOL = 'International Federation of Remarkably Long Organisation Names — Identity Platform (Production)';

/** Names far wider than the card: cut with an ellipsis, never wrapping into the code area. */
export const LongNames: Story = {
  parameters: identity({ displayName: LONG_USER }, { displayName: LONG_POOL }),
  play: async ({ canvasElement }) => {
    await expectNames(canvasElement, LONG_USER, LONG_POOL);
    const name = slotIn(canvasElement, 'user', 'name');
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
    await expect(getComputedStyle(name).textOverflow).toBe('ellipsis');
  },
};

/** Chinese names; the avatar's initial is the first character. */
export const CjkNames: Story = {
  parameters: identity({ displayName: '司马相如', photo: '' }, { displayName: '杭州云端示例科技有限公司·统一身份平台', photo: '' }),
  play: async ({ canvasElement }) => {
    await expectNames(canvasElement, '司马相如', '杭州云端示例科技有限公司·统一身份平台');
    await expect(slotIn(canvasElement, 'user', 'avatar')).toHaveTextContent('司');
    await expect(within(canvasElement).getByRole('img', { name: '司马相如 在 杭州云端示例科技有限公司·统一身份平台 的快速认证二维码' })).toBeVisible();
  },
};

/** Emoji, including a ZWJ sequence, kept whole in names, initials and the QR payload. */
export const EmojiNames: Story = {
  parameters: identity({ displayName: '🦊 Fox McCloud', photo: '' }, { displayName: '👩‍💻 Rainbow Devs 🌈', photo: '' }),
  play: async ({ canvasElement }) => {
    await expectNames(canvasElement, '🦊 Fox McCloud', '👩‍💻 Rainbow Devs 🌈');
    await expect(slotIn(canvasElement, 'user', 'avatar')).toHaveTextContent('🦊M');
    await expect(slotIn(canvasElement, 'userpool', 'avatar')).toHaveTextContent('👩‍💻🌈');
  },
};

/** Right-to-left names (Arabic, Hebrew) inside a left-to-right page. */
export const RightToLeftNames: Story = {
  parameters: identity({ displayName: 'نور الهدى', photo: '' }, { displayName: 'חברת הדוגמה בע״מ', photo: '' }),
  play: async ({ canvasElement }) => {
    await expectNames(canvasElement, 'نور الهدى', 'חברת הדוגמה בע״מ');
  },
};

/** No photos at all (`photo: ''`): initials stand in. */
export const MissingPhotos: Story = {
  parameters: identity({ displayName: 'Grace Hopper', photo: '' }, { photo: '' }),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'pending');
    await expect(slotIn(canvasElement, 'user', 'avatar')).toHaveTextContent('GH');
    await expect(slotIn(canvasElement, 'userpool', 'avatar')).toHaveTextContent('A');
    await expect(fastpassRoot(canvasElement).querySelector('[data-slot="header"] img')).toBeNull();
  },
};

/**
 * Photos that fail to load: a URL on a host that cannot resolve (no network needed to fail) and a data
 * URL that is not an image. Each falls back to initials once the browser gives up on it.
 */
export const BrokenPhotos: Story = {
  parameters: identity(
    { displayName: 'Grace Hopper', photo: 'https://avatars.invalid/grace-hopper.png' },
    { photo: 'data:image/png;base64,bm90IGFuIGltYWdl' },
  ),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'pending');
    await waitFor(() => expect(fastpassRoot(canvasElement).querySelector('[data-slot="header"] img')).toBeNull(), { timeout: 8_000 });
    await expect(slotIn(canvasElement, 'user', 'avatar')).toHaveTextContent('GH');
    await expect(slotIn(canvasElement, 'userpool', 'avatar')).toHaveTextContent('A');
  },
};

/** A photo URL that is not an image URL (`javascript:`) is never loaded: initials instead. */
export const UnsafePhoto: Story = {
  parameters: identity({ displayName: 'Grace Hopper', photo: 'javascript:alert(1)' }),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'pending');
    await expect(slotIn(canvasElement, 'user', 'avatar').querySelector('img')).toBeNull();
    await expect(slotIn(canvasElement, 'user', 'avatar')).toHaveTextContent('GH');
  },
};
