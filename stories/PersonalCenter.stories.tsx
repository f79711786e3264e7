import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
  type FastpassMock,
} from '../src/testing';
import { PersonalCenterWithTokenApp } from './personal-center/PersonalCenterWithTokenApp';
import { expectState, fastpassLoaded, fastpassLoader, mockOf, registerMockHandlers } from './support/fastpassStory';

const meta = {
  title: 'Pages/Personal center',
  tags: ['autodocs'],
  component: PersonalCenterWithTokenApp,
  loaders: [fastpassLoader],
  beforeEach: registerMockHandlers,
  render: (args, context) => <PersonalCenterWithTokenApp {...args} appHost={fastpassLoaded(context).appHost} />,
  args: {
    appHost: FASTPASS_MOCK_APP_HOST,
    appId: FASTPASS_MOCK_APP_ID,
    accessToken: FASTPASS_MOCK_ACCESS_TOKEN,
    profile: {
      name: FASTPASS_MOCK_USER.displayName,
      username: 'zhangsan',
      email: 'zhangsan@example.com',
      phone: '+86 138 **** 8000',
      photo: FASTPASS_MOCK_USER.photo,
      userpool: FASTPASS_MOCK_USERPOOL.displayName,
    },
  },
  argTypes: {
    appHost: { control: false },
    fastpass: { control: 'object' },
  },
  parameters: {
    layout: 'fullscreen',
    // The page brings its own QueryClientProvider and FastpassProvider, as an application would.
    fastpass: { ownProviders: true },
    docs: {
      description: {
        component:
          'A whole account page with the Fastpass card in its security section, and a simulated Authing Token app ' +
          'beside it. The phone reads the code by decoding the QR the page rendered, then calls the token-app ' +
          'endpoints of the mock Authing over `fetch`; the page follows only through its own polling.',
      },
    },
  },
} satisfies Meta<typeof PersonalCenterWithTokenApp>;
export default meta;

type Story = StoryObj<typeof meta>;

const TOKEN_APP_PATHS = ['/api/v3/change-qrcode-status', '/api/v3/get-fastpass-client-apps', '/api/v3/qrcode-app-login'];

/** Every call the phone made went out as the token app sends it: its own token, the app id, JSON bodies. */
async function expectTokenAppRequests(mock: FastpassMock, expected: string[]) {
  const calls = mock.requests.filter((request) => TOKEN_APP_PATHS.includes(request.path));
  await expect(calls.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.body ?? request.query)}`)).toEqual(expected);
  for (const call of calls) {
    await expect(call.headers.authorization).toBe(FASTPASS_MOCK_APP_ACCESS_TOKEN);
    await expect(call.headers['x-authing-app-id']).toBe(FASTPASS_MOCK_APP_ID);
    if (call.method === 'POST') await expect(call.headers['content-type']).toBe('application/json');
  }
}

/** Read the code from the screen, scan, confirm: the page reaches `authorized` by polling. */
export const ScanAndConfirm: Story = {
  play: async (context) => {
    const { canvasElement, step } = context;
    const canvas = within(canvasElement);
    const page = within(canvas.getByRole('main'));
    const phone = within(canvas.getByRole('complementary', { name: 'Authing Token app simulator' }));
    const mock = mockOf(context);

    await step('Nothing is minted until the person asks; then the page shows a Fastpass code', async () => {
      await expectState(canvasElement, 'idle');
      await expect(mock.requests).toHaveLength(0);
      await userEvent.click(page.getByRole('button', { name: '显示二维码' }));
      await page.findByRole('img', { name: /的快速认证二维码$/ });
      await expectState(canvasElement, 'pending');
    });

    let qrcodeId = '';
    await step('The phone reads it from the screen', async () => {
      await userEvent.click(phone.getByRole('button', { name: 'Read code' }));
      const found = within(await phone.findByRole('region', { name: 'Code read' }));
      await expect(found.getByText(FASTPASS_MOCK_USER.displayName)).toBeVisible();
      await expect(found.getByText(FASTPASS_MOCK_USERPOOL.displayName)).toBeVisible();
      qrcodeId = mock.latestCode()!.qrcodeId;
      await expect(found.getByText(qrcodeId)).toBeVisible();
      // Reading the screen sends nothing.
      await expectTokenAppRequests(mock, []);
    });

    await step('Scan: the code leaves the page', async () => {
      await userEvent.click(phone.getByRole('button', { name: 'Scan' }));
      await expectState(canvasElement, 'scanned');
      await expect(page.getByText('扫码成功，请在手机上确认', { selector: 'p' })).toBeVisible();
      await expect(page.queryByRole('img', { name: /的快速认证二维码$/ })).not.toBeInTheDocument();
      const apps = within(await phone.findByRole('list', { name: 'Signs in to' }));
      await expect(apps.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['个人中心', 'Console']);
    });

    await step('Confirm: the page says Fastpass is complete', async () => {
      await userEvent.click(phone.getByRole('button', { name: 'Confirm' }));
      await expectState(canvasElement, 'authorized');
      await expect(page.getByText('已确认，快速认证完成', { selector: 'p' })).toBeVisible();
      await expect(page.getByText(/^快速认证已完成/)).toBeVisible();
      await expect(phone.getByRole('status')).toHaveTextContent('Confirmed on the phone.');
    });

    await expectTokenAppRequests(mock, [
      `POST /api/v3/change-qrcode-status {"qrcodeId":"${qrcodeId}","action":"SCAN"}`,
      `GET /api/v3/get-fastpass-client-apps {"qrcodeId":"${qrcodeId}","appId":"${FASTPASS_MOCK_APP_ID}"}`,
      `POST /api/v3/qrcode-app-login {"qrcodeId":"${qrcodeId}","action":"APP_LOGIN"}`,
    ]);
  },
};

/** The person cancels on the phone: the page drops the code and offers a new one. */
export const ScanAndCancel: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const page = within(canvas.getByRole('main'));
    const phone = within(canvas.getByRole('complementary', { name: 'Authing Token app simulator' }));

    await userEvent.click(await page.findByRole('button', { name: '显示二维码' }));
    await page.findByRole('img', { name: /的快速认证二维码$/ });
    await userEvent.click(phone.getByRole('button', { name: 'Read code' }));
    await waitFor(() => expect(phone.getByRole('button', { name: 'Scan' })).toBeEnabled());
    await userEvent.click(phone.getByRole('button', { name: 'Scan' }));
    await expectState(canvasElement, 'scanned');
    await userEvent.click(phone.getByRole('button', { name: 'Cancel' }));
    await expectState(canvasElement, 'cancelled');
    await expect(page.getByText('已在手机上取消', { selector: 'p' })).toBeVisible();
    await expect(page.queryByRole('img', { name: /快速认证二维码/ })).not.toBeInTheDocument();

    // A new code: the phone can read that one too.
    await userEvent.click(page.getByRole('button', { name: '刷新二维码' }));
    await expectState(canvasElement, 'pending');
    await userEvent.click(phone.getByRole('button', { name: 'Read code' }));
    await expect(await phone.findByText(mockOf(context).latestCode()!.qrcodeId)).toBeVisible();
  },
};

/** Confirming through the generic QR flow (`change-qrcode-status` CONFIRM) works the same for the page. */
export const ConfirmWithChangeQrcodeStatus: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const phone = within(canvas.getByRole('complementary', { name: 'Authing Token app simulator' }));

    await userEvent.click(await within(canvas.getByRole('main')).findByRole('button', { name: '显示二维码' }));
    await expectState(canvasElement, 'pending');
    await userEvent.click(phone.getByRole('radio', { name: 'change-qrcode-status (CONFIRM)' }));
    await userEvent.click(phone.getByRole('button', { name: 'Read code' }));
    await waitFor(() => expect(phone.getByRole('button', { name: 'Scan' })).toBeEnabled());
    await userEvent.click(phone.getByRole('button', { name: 'Scan' }));
    await waitFor(() => expect(phone.getByRole('button', { name: 'Confirm' })).toBeEnabled());
    await userEvent.click(phone.getByRole('button', { name: 'Confirm' }));
    await expectState(canvasElement, 'authorized');
    const qrcodeId = mockOf(context).latestCode()!.qrcodeId;
    await expectTokenAppRequests(mockOf(context), [
      `POST /api/v3/change-qrcode-status {"qrcodeId":"${qrcodeId}","action":"SCAN"}`,
      `GET /api/v3/get-fastpass-client-apps {"qrcodeId":"${qrcodeId}","appId":"${FASTPASS_MOCK_APP_ID}"}`,
      `POST /api/v3/change-qrcode-status {"qrcodeId":"${qrcodeId}","action":"CONFIRM"}`,
    ]);
  },
};
