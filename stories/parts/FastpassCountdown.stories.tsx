import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { FastpassCountdown, type FastpassState, type UseFastpassQrcodeResult } from '../../src';
import { buildFastpassResult } from '../../src/testing';
import { fastpassLoader, withFastpassProviders } from '../support/fastpassStory';
import { PART_RESULT_NOTE, withPartStage } from '../support/partStories';

/**
 * A live code's deadline is a moment: built when the story is opened (a loader), not when the file was imported, so
 * that the code has its full 120 s however late the story runs.
 */
function freshResult(state: FastpassState) {
  return () => ({ result: buildFastpassResult(state) });
}

const meta = {
  title: 'Parts/FastpassCountdown',
  tags: ['autodocs'],
  component: FastpassCountdown,
  decorators: [withPartStage],
  // For the docs' table; each story draws the result its loader built.
  args: { result: buildFastpassResult('pending') },
  argTypes: { result: { control: false }, format: { control: false } },
  loaders: [freshResult('pending')],
  render: (args, { loaded }) => <FastpassCountdown {...args} result={(loaded as { result: UseFastpassQrcodeResult }).result} />,
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'The seconds left before a live code (`pending`, `scanned`) lapses, or nothing. A leaf of its own: it ' +
          're-renders every second, the code beside it does not; not a live region, so screen readers are not told ' +
          'every tick. ' +
          PART_RESULT_NOTE,
      },
    },
  },
} satisfies Meta<typeof FastpassCountdown>;
export default meta;

type Story = StoryObj<typeof meta>;

const secondsIn = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0]);

/** A fresh code: 120 s, counting down once a second. */
export const Ticking: Story = {
  // The story is the countdown moving: its clock runs (and the visual check masks the digits).
  parameters: { clock: 'running' },
  play: async ({ canvasElement }) => {
    const countdown = within(canvasElement).getByText(/^\d+ 秒后过期$/);
    const first = secondsIn(countdown.textContent);
    await expect(first).toBeGreaterThanOrEqual(119);
    await waitFor(() => expect(secondsIn(countdown.textContent)).toBeLessThan(first), { timeout: 2_500 });
    await expect(countdown).not.toHaveAttribute('aria-live');
  },
};

/** `format` draws the seconds in the page's own words. */
export const CustomFormat: Story = {
  args: {
    format: (seconds) => `Valid for ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Valid for [12]:\d\d$/)).toBeVisible();
  },
};

/** The provider's language (`lang="en-US"`, built in): the countdown speaks it too. */
export const EnglishFromTheProvider: Story = {
  loaders: [fastpassLoader, freshResult('pending')],
  decorators: [withFastpassProviders],
  parameters: { fastpass: { lang: 'en-US' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Expires in \d+ s$/)).toBeVisible();
  },
};

/** A code that is no longer live has no deadline: nothing is drawn. */
export const NotLive: Story = {
  loaders: [freshResult('expired')],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="countdown"]')).toBeNull();
  },
};
