import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FastpassCode } from '../../src';
import { DEFAULT_SIZE, MIN_SUPPORTED_SIZE } from '../../src/components/parts/codeDefaults';
import { buildFastpassResult, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../src/testing';
import { decodeQrIn } from '../../test/utils/decodeQr';
import { PART_RESULT_NOTE, withPartStage } from '../support/partStories';

const meta = {
  title: 'Parts/FastpassCode',
  tags: ['autodocs'],
  component: FastpassCode,
  decorators: [withPartStage],
  args: { result: buildFastpassResult('pending') },
  argTypes: {
    result: { control: false },
    size: { control: { type: 'range', min: MIN_SUPPORTED_SIZE, max: 400, step: 2 } },
    fgColor: { control: 'color' },
    bgColor: { control: 'color' },
    level: { control: 'inline-radio', options: ['L', 'M', 'Q', 'H'] },
    marginSize: { control: { type: 'range', min: 0, max: 8, step: 1 } },
    children: { control: false },
  },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'The code alone, with every guarantee of the card: drawn only while the result carries a `payload`, crisp on ' +
          'whole device pixels, otherwise a skeleton or a hollow placeholder that is never a code, and a polite live ' +
          'region that announces each state. ' +
          PART_RESULT_NOTE,
      },
    },
  },
} satisfies Meta<typeof FastpassCode>;
export default meta;

type Story = StoryObj<typeof meta>;

const CODE_NAME = `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码`;

/** The code area keeps its box whatever it holds. */
async function expectCodeArea(canvasElement: HTMLElement, size: number) {
  const area = within(canvasElement).getByRole('group', { name: '快速认证二维码' }).getBoundingClientRect();
  await expect([area.width, area.height]).toEqual([size, size]);
}

/** No code anywhere: nothing named as one, nothing a camera reads; the placeholder holds the box instead. */
async function expectNoCode(canvasElement: HTMLElement, announcement: string) {
  const canvas = within(canvasElement);
  await expect(canvas.queryByRole('img')).not.toBeInTheDocument();
  await expect(await decodeQrIn(canvasElement)).toBeNull();
  await expect(canvasElement.querySelector('[data-slot="placeholder"]')).toBeVisible();
  await expect(canvas.getByRole('status')).toHaveTextContent(announcement);
  await expectCodeArea(canvasElement, DEFAULT_SIZE);
}

/** A live code: named for whom it is, and it reads as exactly the result's `payload`. */
export const Pending: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: CODE_NAME })).toBeVisible();
    await expect(await decodeQrIn(canvasElement)).toBe(args.result.payload);
    await expect(canvas.getByRole('status')).toHaveTextContent('二维码已就绪，请使用 Authing 令牌扫码');
    await expectCodeArea(canvasElement, DEFAULT_SIZE);
  },
};

/** `concealed: 'page-hidden'`: the hook withholds the payload of a background tab, and the part draws the placeholder. */
export const ConcealedInABackgroundTab: Story = {
  args: { result: buildFastpassResult('pending', { concealed: 'page-hidden' }) },
  play: async ({ canvasElement }) => expectNoCode(canvasElement, '页面在后台时，二维码已隐藏'),
};

/** `concealed: 'printing'`: no payload while the page is printed, so paper gets the placeholder. */
export const ConcealedWhilePrinting: Story = {
  args: { result: buildFastpassResult('pending', { concealed: 'printing' }) },
  play: async ({ canvasElement }) => expectNoCode(canvasElement, '二维码不会被打印'),
};

/** Scanned: one phone has the code, and nobody else may scan it. */
export const Scanned: Story = {
  args: { result: buildFastpassResult('scanned') },
  play: async ({ canvasElement }) => expectNoCode(canvasElement, '扫码成功，请在手机上确认'),
};

/** Expired: the placeholder, never the old code (an expired code must not look valid). */
export const Expired: Story = {
  args: { result: buildFastpassResult('expired') },
  play: async ({ canvasElement }) => expectNoCode(canvasElement, '二维码已过期'),
};

/** On its way: a skeleton holds the box. */
export const Loading: Story = {
  args: { result: buildFastpassResult('loading') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).not.toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-slot="skeleton"]')).toBeVisible();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('正在生成二维码…');
    await expectCodeArea(canvasElement, DEFAULT_SIZE);
  },
};

/** qrcode.react's props: the smallest supported plate, brand colours (dark on light), level M; it still reads. */
export const SmallBrandedCode: Story = {
  args: { size: MIN_SUPPORTED_SIZE, fgColor: '#1e2a78', bgColor: '#fffdf5', level: 'M' },
  play: async ({ canvasElement, args }) => {
    await expectCodeArea(canvasElement, MIN_SUPPORTED_SIZE);
    await expect(await decodeQrIn(canvasElement)).toBe(args.result.payload);
  },
};

/** `unstyled` drops the `fastpass__*` classes (keeping `data-slot`), `classNames` adds the page's own per slot. */
export const Unstyled: Story = {
  args: { unstyled: true, classNames: { code: 'my-code', qrcode: 'my-qrcode' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: '快速认证二维码' })).toHaveClass('my-code', { exact: true });
    await expect(canvas.getByRole('img', { name: CODE_NAME })).toHaveClass('my-qrcode', { exact: true });
    await expect(canvasElement.querySelector('[class*="fastpass__"]')).toBeNull();
    await expect(await decodeQrIn(canvasElement)).toBe(args.result.payload);
    // The live region stays out of sight without the stylesheet.
    await expect(canvas.getByRole('status').getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};
