import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MIN_SUPPORTED_SIZE } from '../src/components/parts/codeDefaults';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../src/testing';
import { SecuritySettingsRow } from './parts/SecuritySettingsRow';
import {
  expectAuthorized,
  expectCodeGoneOnScan,
  expectCodeKeptOffBackgroundTab,
  expectCodeKeptOffPaper,
  expectLiveCode,
  type DrawnCodeUi,
} from './support/codeGuarantees';
import { expectState, fastpassLoader, mockOf, registerMockHandlers, withFastpassProviders } from './support/fastpassStory';

const meta = {
  title: 'Parts/Security settings row',
  tags: ['autodocs'],
  component: SecuritySettingsRow,
  loaders: [fastpassLoader],
  beforeEach: registerMockHandlers,
  decorators: [withFastpassProviders],
  // An account page mints the credential only when the person asks for it.
  args: { generate: 'on-demand' },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'The card rebuilt from the public parts in another layout: one row of an account page\'s security settings, ' +
          'with `<FastpassCode>` on the left and `<FastpassIdentity>`, `<FastpassStatus>`, `<FastpassCountdown>` and ' +
          '`<FastpassActions>` on the right, styled with the parts\' own classes and a few of the page\'s. The row holds ' +
          'no Fastpass logic; the stories prove that it keeps every promise the card makes about the code. Source: ' +
          '`stories/parts/SecuritySettingsRow.tsx`.',
      },
    },
  },
} satisfies Meta<typeof SecuritySettingsRow>;
export default meta;

type Story = StoryObj<typeof meta>;

const CODE_AREA = '快速认证二维码';

/** The row, in the library's zh-CN labels. */
const row: DrawnCodeUi = {
  show: async (canvasElement) => {
    const canvas = within(canvasElement);
    await expectState(canvasElement, 'idle');
    await expect(canvas.getByText('扫描此二维码的人，将在其手机上登录你的账号', { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '显示二维码' }));
    await expectState(canvasElement, 'pending');
  },
  codeName: `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码`,
  scannedBy: (name) => `扫码人：${name}`,
  hidden: '页面在后台时，二维码已隐藏',
  printed: '二维码不会被打印',
  authorized: '已确认，快速认证完成',
};

/**
 * Show code mints one code: the row draws it on a 170 px plate on the left (named for whom it is, read from the pixels
 * as the server sent it), with who it is for, the hint, the countdown and Hide on the right. The Show button went
 * away, so focus moved to the code area of this row.
 */
export const CodeWhilePending: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await expectLiveCode(canvasElement, mockOf(context), row);
    const area = canvas.getByRole('group', { name: CODE_AREA });
    await expect(area).toHaveFocus();
    await expect(area.getBoundingClientRect().width).toBe(MIN_SUPPORTED_SIZE);
    await expect(canvas.getByText(FASTPASS_MOCK_USER.displayName)).toBeVisible();
    await expect(canvas.getByText(FASTPASS_MOCK_USERPOOL.displayName)).toBeVisible();
    await expect(canvas.getByText('打开 Authing 令牌，扫码完成快速认证')).toBeVisible();
    await expect(canvas.getByText(/^\d+ 秒后过期$/)).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('二维码已就绪，请使用 Authing 令牌扫码');
    await expect(canvas.getByRole('button', { name: '隐藏二维码' })).toBeVisible();
    // The code is on the left of everything else.
    const heading = canvas.getByRole('heading', { name: '快速认证' }).getBoundingClientRect();
    await expect(area.getBoundingClientRect().right).toBeLessThan(heading.left);
  },
};

/** Someone scans: the code leaves the row, and the status names who scanned and what to do if it was not you. */
export const ScannedLeavesNoCode: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    await expectCodeGoneOnScan(canvasElement, mockOf(context), row);
    await expectState(canvasElement, 'scanned');
    await expect(within(canvasElement).getByText('扫码成功，请在手机上确认', { selector: 'p' })).toBeVisible();
    await expect(within(canvasElement).getByText('不是你本人扫码？请立即修改密码')).toBeVisible();
  },
};

/** `beforeprint`: no code in the DOM when the handlers return (the printout gets the placeholder); `afterprint`: the same code again. */
export const PrintedWithoutTheCode: Story = {
  play: async (context) => expectCodeKeptOffPaper(context.canvasElement, mockOf(context), row),
};

/** A background tab holds no code and says why; back in front, the same code returns with no request. */
export const HiddenInTheBackground: Story = {
  play: async (context) => expectCodeKeptOffBackgroundTab(context.canvasElement, mockOf(context), row),
};

/** Scanned and confirmed on the phone: the row says Fastpass is complete, holds no code, and polling stops. */
export const Authorized: Story = {
  play: async (context) => {
    await expectAuthorized(context.canvasElement, mockOf(context), row);
    await expectState(context.canvasElement, 'authorized');
  },
};

/**
 * Cancelled on the phone: the row offers Refresh beside the placeholder; Refresh mints a new code, and focus, which
 * was on the button that went away, lands on this row's code area.
 */
export const CancelledThenRefreshed: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const mock = mockOf(context);
    await expectLiveCode(canvasElement, mock, row);
    mock.cancel();
    await expectState(canvasElement, 'cancelled');
    await expect(canvas.getByText('已在手机上取消', { selector: 'p' })).toBeVisible();
    await expect(canvas.queryByRole('img', { name: row.codeName })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: '刷新二维码' }));
    await expectState(canvasElement, 'pending');
    await expect(await canvas.findByRole('img', { name: row.codeName })).toBeVisible();
    await expect(mock.codes()).toHaveLength(2);
    await expect(canvas.getByRole('group', { name: CODE_AREA })).toHaveFocus();
  },
};
