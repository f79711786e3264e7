import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { FastpassIdentity, type FastpassQrcodeInfo } from '../../src';
import { buildFastpassResult, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../src/testing';
import { PART_RESULT_NOTE, withPartStage } from '../support/partStories';

/** The mock's code, with the photos a story chooses (the mock's own photo URLs are served only by its handlers). */
function codeWith(user: Partial<FastpassQrcodeInfo['user']>, userpool: Partial<FastpassQrcodeInfo['userpool']> = {}): FastpassQrcodeInfo {
  return {
    scene: 'FASTPASS',
    qrcodeId: 'mock-fastpass-1-3f9a2c1b',
    apiHost: FASTPASS_MOCK_APP_HOST,
    user: { ...FASTPASS_MOCK_USER, ...user },
    appId: FASTPASS_MOCK_APP_ID,
    userpool: { ...FASTPASS_MOCK_USERPOOL, ...userpool },
  };
}

const PHOTO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#0f766e"/><circle cx="48" cy="38" r="18" fill="#ccfbf1"/><rect x="18" y="62" width="60" height="34" rx="17" fill="#ccfbf1"/></svg>',
)}`;

const meta = {
  title: 'Parts/FastpassIdentity',
  tags: ['autodocs'],
  component: FastpassIdentity,
  decorators: [withPartStage],
  args: { result: buildFastpassResult('pending', { info: codeWith({ photo: '' }, { photo: '' }) }), who: 'user' },
  argTypes: { result: { control: false }, who: { control: 'inline-radio', options: ['user', 'userpool'] } },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          "The signed-in user's or the user pool's avatar and name, as the code names them; nothing before a code has " +
          'arrived. The photo shows when its URL is safe and it loads, the initials otherwise; a long name is cut and ' +
          'kept whole in `title`. ' +
          PART_RESULT_NOTE,
      },
    },
  },
} satisfies Meta<typeof FastpassIdentity>;
export default meta;

type Story = StoryObj<typeof meta>;

/** `who="user"`: the signed-in user, with initials where there is no photo. */
export const User: Story = {
  play: async ({ canvasElement }) => {
    const identity = canvasElement.querySelector<HTMLElement>('[data-slot="user"]')!;
    await expect(within(identity).getByText('张三')).toHaveAttribute('title', '张三');
    await expect(identity.querySelector('[data-slot="avatar"]')).toHaveTextContent('张');
  },
};

/** `who="userpool"`: the user pool the code signs in to. */
export const Userpool: Story = {
  args: { who: 'userpool' },
  play: async ({ canvasElement }) => {
    const identity = canvasElement.querySelector<HTMLElement>('[data-slot="userpool"]')!;
    await expect(within(identity).getByText('Authing 示例用户池')).toBeVisible();
    await expect(identity.querySelector('[data-slot="avatar"]')).toHaveTextContent('A');
  },
};

/** A safe photo URL that loads: the photo, as decoration (the name beside it says who). */
export const WithPhoto: Story = {
  args: { result: buildFastpassResult('pending', { info: codeWith({ photo: PHOTO }) }) },
  play: async ({ canvasElement }) => {
    const image = canvasElement.querySelector<HTMLImageElement>('[data-slot="avatar"] img')!;
    await waitFor(() => expect(image.complete && image.naturalWidth).toBeGreaterThan(0));
    await expect(image).toHaveAttribute('alt', '');
  },
};

/** A photo URL that is not an image URL (`javascript:`) is never loaded: initials instead. */
export const UnsafePhoto: Story = {
  args: { result: buildFastpassResult('pending', { info: codeWith({ displayName: 'Grace Hopper', photo: 'javascript:alert(1)' }) }) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('[data-slot="avatar"]')).toHaveTextContent('GH');
  },
};

/** Before a code has named anyone (`loading`), the part draws nothing. */
export const BeforeACode: Story = {
  args: { result: buildFastpassResult('loading') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="user"]')).toBeNull();
  },
};
