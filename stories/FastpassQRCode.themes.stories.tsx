import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FastpassQRCode } from '../src';
import { MIN_SUPPORTED_SIZE } from '../src/components/parts/codeDefaults';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { decodeQrIn } from '../test/utils/decodeQr';
import { fastpassMetaBase } from './support/fastpassMeta';
import { expectCardWidth, expectState, fastpassRoot, mockOf } from './support/fastpassStory';

const meta = {
  ...fastpassMetaBase,
  title: 'FastpassQRCode/Themes',
  tags: ['autodocs'],
} satisfies Meta<typeof FastpassQRCode>;
export default meta;

type Story = StoryObj<typeof meta>;

const BRAND = '#7c3aed';
const BRAND_RGB = 'rgb(124, 58, 237)';

/** A user without a photo, so that the avatar shows initials on the accent colour. */
const initialsUser = {
  mock: {
    sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { id: 'u-brand', displayName: 'Ada Lovelace', photo: '' } },
    userpool: { ...FASTPASS_MOCK_USERPOOL, photo: '' },
  },
};

/** Checks that a real camera would read the code on screen, and that it carries the newest code. */
async function expectScannable(canvasElement: HTMLElement, qrcodeId: string | undefined) {
  const payload = await decodeQrIn(canvasElement);
  await expect(payload).not.toBeNull();
  await expect(JSON.parse(payload ?? 'null')).toMatchObject({ qrcodeId });
}

/** Brand colour, corner radius and font through `accentColor`, `radius` and `theme` tokens. */
export const BrandColours: Story = {
  parameters: { fastpass: initialsUser },
  args: {
    accentColor: BRAND,
    radius: 14,
    theme: { fontFamily: 'Georgia, "Times New Roman", serif', border: '#c4b5fd', background: '#faf5ff', foreground: '#2e1065', muted: '#5b21b6' },
  },
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    const root = fastpassRoot(canvasElement);
    await expect(root.style.getPropertyValue('--fastpass-accent')).toBe(BRAND);
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(250, 245, 255)');
    await expect(getComputedStyle(root).fontFamily).toContain('Georgia');
    const avatar = root.querySelector<HTMLElement>('[data-slot="user"] [data-slot="avatar"]')!;
    await expect(avatar).toHaveTextContent('AL');
    await expect(getComputedStyle(avatar).backgroundColor).toBe(BRAND_RGB);
    await expectScannable(canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};

/** The accent colour and radius on the one button a lapsed code offers. */
export const BrandButton: Story = {
  args: { accentColor: BRAND, radius: 14 },
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    mockOf(context).cancel();
    await expectState(canvasElement, 'cancelled');
    const button = within(canvasElement).getByRole('button', { name: '刷新二维码' });
    await expect(getComputedStyle(button).backgroundColor).toBe(BRAND_RGB);
    await expect(getComputedStyle(button).borderRadius).toBe('14px');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expectState(canvasElement, 'pending');
  },
};

/** `colorScheme="dark"`: a dark card, and the code still dark-on-light on its own plate. */
export const Dark: Story = {
  args: { colorScheme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ background: '#0b0b0d', padding: 24 }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    const root = fastpassRoot(canvasElement);
    await expect(root).toHaveAttribute('data-color-scheme', 'dark');
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(23, 23, 26)');
    await expect(getComputedStyle(root.querySelector('[data-slot="code"]')!).backgroundColor).toBe('rgb(255, 255, 255)');
    await expectScannable(canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};

/** `colorScheme="auto"` (the default) follows the viewer's `prefers-color-scheme`. */
export const Auto: Story = {
  args: { colorScheme: 'auto' },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'pending');
    const root = fastpassRoot(canvasElement);
    await expect(root).toHaveAttribute('data-color-scheme', 'auto');
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(getComputedStyle(root).backgroundColor).toBe(dark ? 'rgb(23, 23, 26)' : 'rgb(255, 255, 255)');
  },
};

const CUSTOM_CSS = `
.acme-card { display: grid; gap: 8px; justify-items: center; width: 260px; padding: 20px; border: 2px dashed #0f766e;
  border-radius: 0; background: #f0fdfa; color: #134e4a; font: 15px/1.4 ui-monospace, monospace; }
.acme-card [data-slot='header'] { display: grid; gap: 2px; text-align: center; }
.acme-card [data-slot='avatar'] { display: none; }
.acme-code { position: relative; outline: 4px solid #134e4a; }
.acme-veil { position: absolute; inset: 0; display: grid; place-content: center; background: #f0fdfa; }
.acme-button { padding: 6px 12px; border: 2px solid #134e4a; background: #ffffff; color: #134e4a; font: inherit; }
.acme-hint { margin: 0; font-size: 12px; }
`;

/** `unstyled` drops the library's classes; `classNames` per slot and the page's own CSS take over. */
export const UnstyledWithCustomCss: Story = {
  args: {
    unstyled: true,
    classNames: { root: 'acme-card', code: 'acme-code', veil: 'acme-veil', refresh: 'acme-button', retry: 'acme-button', hint: 'acme-hint' },
  },
  decorators: [
    (Story) => (
      <>
        <style>{CUSTOM_CSS}</style>
        <Story />
      </>
    ),
  ],
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    const root = fastpassRoot(canvasElement);
    await expect(root).toHaveClass('acme-card', { exact: true });
    await expect(canvasElement.querySelector('[class*="fastpass"]')).toBeNull();
    await expect(getComputedStyle(root).borderTopStyle).toBe('dashed');
    await expectScannable(canvasElement, mockOf(context).latestCode()?.qrcodeId);
    // The live region stays hidden without the stylesheet.
    await expect(within(canvasElement).getByRole('status').getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};

/** What the code area shows of the code: its plate, one module and the quiet zone left visible, in CSS px. */
function codeGeometry(canvasElement: HTMLElement) {
  const plate = within(canvasElement).getByRole('group', { name: '快速认证二维码' }).getBoundingClientRect();
  const svg = canvasElement.querySelector<SVGSVGElement>('svg[data-slot="qrcode"]')!;
  const modules = svg.viewBox.baseVal.width;
  const module = svg.getBoundingClientRect().width / modules;
  const marginSize = 4;
  const inner = modules - 2 * marginSize;
  return { width: plate.width, height: plate.height, module, quietZone: (plate.width - inner * module) / 2 / module };
}

/**
 * The smallest supported size, 170 px: the mock's code (as long as a real Authing answer, short https photo URLs
 * included) keeps its box, at least 2 CSS px a module, and reads from the screen.
 */
export const MinimumSize: Story = {
  args: { size: MIN_SUPPORTED_SIZE },
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    const code = codeGeometry(canvasElement);
    await expect([code.width, code.height]).toEqual([MIN_SUPPORTED_SIZE, MIN_SUPPORTED_SIZE]);
    await expect(code.module).toBeGreaterThanOrEqual(2);
    await expectCardWidth(fastpassRoot(canvasElement), MIN_SUPPORTED_SIZE);
    await expectScannable(canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};

/**
 * Below the smallest supported size (`size={128}`): rather than draw modules a phone camera cannot resolve, the plate
 * grows to the least that keeps 2 CSS px a module and a 2-module quiet zone, the card grows with it, and a development
 * warning in the console names the size to give.
 */
export const SmallerThanSupported: Story = {
  args: { size: 128 },
  play: async (context) => {
    const { canvasElement } = context;
    await expectState(canvasElement, 'pending');
    const code = codeGeometry(canvasElement);
    await expect(code.width).toBeGreaterThan(128);
    await expect(code.height).toBe(code.width);
    await expect(code.module).toBeGreaterThanOrEqual(2);
    // No larger than the quiet zone it may clip to needs.
    await expect(code.quietZone).toBeGreaterThanOrEqual(2);
    await expect(code.quietZone).toBeLessThan(3);
    await expectCardWidth(fastpassRoot(canvasElement), code.width);
    await expectScannable(canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};

/** A large code, 320 px. */
export const LargeSize: Story = {
  args: { size: 320 },
  play: async (context) => {
    await expectState(context.canvasElement, 'pending');
    await expectCardWidth(fastpassRoot(context.canvasElement), 320);
    await expectScannable(context.canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};

const SIZES = [MIN_SUPPORTED_SIZE, 200, 256];

/** The supported range side by side, from the smallest. Three components, one code: they share a single request. */
export const SizeRange: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      {SIZES.map((size) => (
        <FastpassQRCode key={size} {...args} size={size} />
      ))}
    </div>
  ),
  play: async (context) => {
    const { canvasElement } = context;
    const images = await within(canvasElement).findAllByRole('img');
    await expect(images).toHaveLength(SIZES.length);
    for (const [index, size] of SIZES.entries()) {
      await expectState(canvasElement, 'pending', { index });
      await expectCardWidth(fastpassRoot(canvasElement, index), size);
    }
    await expect(mockOf(context).requests.filter((r) => r.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(1);
  },
};

/**
 * The user pool's logo in the middle of the code (`showUserpoolLogo`), with error correction `H`. H makes the code far
 * denser (the mock's is 105 modules wide against 69 at L), so it needs a larger plate than the default 200 px.
 */
export const UserpoolLogo: Story = {
  args: { showUserpoolLogo: true, level: 'H', size: 224 },
  play: async (context) => {
    await expectState(context.canvasElement, 'pending');
    // The plate keeps the size given: no growth, no development warning.
    await expect(codeGeometry(context.canvasElement).width).toBe(224);
    await expect(context.canvasElement.querySelector('svg[data-slot="qrcode"] image')).not.toBeNull();
    await expectScannable(context.canvasElement, mockOf(context).latestCode()?.qrcodeId);
  },
};
