import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MyFastpass } from '../test/utils/MyFastpass';
import myFastpassSource from '../test/utils/MyFastpass.tsx?raw';
import {
  expectAuthorized,
  expectCodeGoneOnScan,
  expectCodeKeptOffBackgroundTab,
  expectCodeKeptOffPaper,
  expectLiveCode,
  type DrawnCodeUi,
} from './support/codeGuarantees';
import { arrange, fastpassLoader, mockOf, registerMockHandlers, withFastpassProviders } from './support/fastpassStory';

// The example as the docs page shows it: the component's own source, so that the two cannot drift apart.
const EXAMPLE = myFastpassSource.slice(myFastpassSource.indexOf('export function MyFastpass')).replace('export ', '').trim();

const meta = {
  title: 'Hook/Custom UI',
  tags: ['autodocs'],
  component: MyFastpass,
  loaders: [fastpassLoader],
  beforeEach: registerMockHandlers,
  decorators: [withFastpassProviders],
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'A UI of your own drawn from `useFastpassQrcode` alone and qrcode.react\'s `QRCodeSVG`: the README\'s example, ' +
          'exactly as written. It has no code of its own for printing, background tabs or the scan, and needs none: the ' +
          'hook carries `payload` only while the code may be seen. Each story drives the mock Authing and checks the pixels ' +
          'on screen.\n\n```tsx\n' +
          EXAMPLE +
          '\n```',
      },
    },
  },
} satisfies Meta<typeof MyFastpass>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The README example in its own words. */
const customUi: DrawnCodeUi = {
  show: async (canvasElement) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Show code' }));
  },
  codeName: 'Fastpass QR code',
  scannedBy: (name) => `Scanned by ${name}: confirm on your phone`,
  hidden: 'Code hidden (page-hidden)',
  printed: 'Code hidden (printing)',
  authorized: 'authorized',
};

/** Nothing is minted until the person asks (`generate: 'on-demand'`); Show code draws the one code Authing minted. */
export const ShowOnDemand: Story = {
  play: async (context) => {
    const mock = mockOf(context);
    await expect(await within(context.canvasElement).findByRole('button', { name: 'Show code' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(mock.requests).toHaveLength(0);
    await expectLiveCode(context.canvasElement, mock, customUi);
  },
};

/** The token app scans: the hook drops `payload`, so the code leaves the screen, and the UI names who scanned. */
export const ScannedLeavesNoCode: Story = {
  play: async (context) => expectCodeGoneOnScan(context.canvasElement, mockOf(context), customUi),
};

/** `beforeprint`: the hook withholds `payload` (`concealed: 'printing'`) before the printout is laid out; `afterprint` brings the code back. */
export const PrintedWithoutTheCode: Story = {
  play: async (context) => expectCodeKeptOffPaper(context.canvasElement, mockOf(context), customUi),
};

/** A background tab: `payload` is withheld (`concealed: 'page-hidden'`); back in front, the same code, no request. */
export const HiddenInTheBackground: Story = {
  play: async (context) => expectCodeKeptOffBackgroundTab(context.canvasElement, mockOf(context), customUi),
};

/** Scanned and confirmed on the phone: `authorized`, no code, and the hook stops polling. */
export const Authorized: Story = {
  play: async (context) => expectAuthorized(context.canvasElement, mockOf(context), customUi),
};

/** Authing cannot be reached (three attempts): Retry names the error's kind and gets a code. */
export const ErrorThenRetry: Story = {
  beforeEach: arrange((mock) => mock.fail({ type: 'network' }, { endpoint: 'geneFastpassQrcodeInfo', times: 3 })),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Show code' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Retry (network)' }, { timeout: 8_000 }));
    await expect(await canvas.findByRole('img', { name: customUi.codeName })).toBeVisible();
  },
};
