import type { Meta, StoryObj } from '@storybook/react-vite';
import { QRCodeSVG } from 'qrcode.react';
import { expect, userEvent, within } from 'storybook/test';
import { useFastpassQrcode } from '../src';
import { MyFastpass } from '../test/utils/MyFastpass';
import myFastpassSource from '../docs/snippets/MyFastpass.tsx?raw';
import {
  expectAuthorized,
  expectCodeGoneOnScan,
  expectCodeKeptOffBackgroundTab,
  expectCodeKeptOffPaper,
  expectLiveCode,
  expectNothingSent,
  type DrawnCodeUi,
} from './support/codeGuarantees';
import { arrange, fastpassLoaded, fastpassLoader, mockOf, registerMockHandlers, withFastpassProviders } from './support/fastpassStory';

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
          'A UI of your own drawn from `useFastpassQrcode` alone and qrcode.react\'s `QRCodeSVG`: the example of [Your own UI on the hook](?path=/docs/docs-your-own-ui-on-the-hook--docs), ' +
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

/** The docs' example in its own words. */
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
    await expectNothingSent(mock, { queryClient: fastpassLoaded(context).queryClient });
    await expect(mock.requests).toHaveLength(0);
    await expectLiveCode(context.canvasElement, mock, customUi);
  },
};

/**
 * The token app scans: the code leaves the screen, and the UI names who scanned. The docs' example draws no code in
 * `scanned` by its own `switch`, so this story alone cannot tell whether the hook dropped `payload`:
 * `ScannedLeavesNoCodeEvenForANaiveUi` does.
 */
export const ScannedLeavesNoCode: Story = {
  play: async (context) => expectCodeGoneOnScan(context.canvasElement, mockOf(context), customUi),
};

/**
 * The least careful UI there is: it draws `payload` whenever the hook returns one, whatever the state. Whatever it keeps
 * off the screen, the hook kept from it.
 */
function NaiveUi() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  return (
    <div>
      {fastpass.payload !== undefined && <QRCodeSVG value={fastpass.payload} size={200} title="Naive code" />}
      {fastpass.state === 'idle' && <button onClick={fastpass.show}>Show code</button>}
      <p>{fastpass.state === 'scanned' ? `Scanned by ${fastpass.scannedBy?.displayName ?? 'someone'}` : fastpass.state}</p>
    </div>
  );
}

const naiveUi: DrawnCodeUi = {
  ...customUi,
  codeName: 'Naive code',
  scannedBy: (name) => `Scanned by ${name}`,
};

/** The token app scans: the hook itself drops `payload`, so even a UI that draws any payload it gets in any state shows no code. */
export const ScannedLeavesNoCodeEvenForANaiveUi: Story = {
  render: () => <NaiveUi />,
  play: async (context) => expectCodeGoneOnScan(context.canvasElement, mockOf(context), naiveUi),
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

/** Authing cannot be reached (a minting request is not sent again blind): Retry names the error's kind and gets a code. */
export const ErrorThenRetry: Story = {
  beforeEach: arrange((mock) => mock.fail({ type: 'network' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 })),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Show code' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Retry (network)' }, { timeout: 8_000 }));
    await expect(await canvas.findByRole('img', { name: customUi.codeName }, { timeout: 8_000 })).toBeVisible();
    await expect(mockOf(context).requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(2);
  },
};
