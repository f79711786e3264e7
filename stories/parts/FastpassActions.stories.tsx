import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FastpassActions } from '../../src';
import { buildFastpassResult } from '../../src/testing';
import { PART_RESULT_NOTE, withPartStage } from '../support/partStories';

// What the buttons call: the result's own actions, spied on.
const show = fn().mockName('show');
const hide = fn().mockName('hide');
const refresh = fn().mockName('refresh');
const actions = { show, hide, refresh };

const meta = {
  title: 'Parts/FastpassActions',
  tags: ['autodocs'],
  component: FastpassActions,
  decorators: [withPartStage],
  args: { result: buildFastpassResult('idle', actions) },
  argTypes: { result: { control: false }, include: { control: 'check', options: ['show', 'refresh', 'retry', 'hide'] } },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component:
          'The buttons the state offers: Show code in `idle`, Hide code while a code is live, Refresh after it was ' +
          'cancelled or expired, Retry after an error. `include` picks some of them, to place them apart. A clicked ' +
          'button is about to go away, so focus moves first to the code area inside the same `data-slot="root"`. ' +
          PART_RESULT_NOTE,
      },
    },
  },
} satisfies Meta<typeof FastpassActions>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Clicks the one button named `name` and checks that it called `action` once more. */
async function clickCalls(canvasElement: HTMLElement, name: string, action: ReturnType<typeof fn>) {
  const buttons = within(canvasElement).getAllByRole('button');
  await expect(buttons.map((button) => button.textContent)).toEqual([name]);
  await expect(buttons[0]).toHaveAttribute('type', 'button');
  const before = action.mock.calls.length;
  await userEvent.click(buttons[0]!);
  await expect(action).toHaveBeenCalledTimes(before + 1);
}

/** `idle`: Show code. */
export const ShowInIdle: Story = {
  play: async ({ canvasElement }) => clickCalls(canvasElement, '显示二维码', show),
};

/** A live code: Hide code. */
export const HideWhileLive: Story = {
  args: { result: buildFastpassResult('pending', actions) },
  play: async ({ canvasElement }) => clickCalls(canvasElement, '隐藏二维码', hide),
};

/** Expired (or cancelled): Refresh asks for a new code. */
export const RefreshWhenExpired: Story = {
  args: { result: buildFastpassResult('expired', actions) },
  play: async ({ canvasElement }) => clickCalls(canvasElement, '刷新二维码', refresh),
};

/** An error: Retry, which refreshes. */
export const RetryAfterAnError: Story = {
  args: { result: buildFastpassResult('error', { ...actions, error: 'timeout' }) },
  play: async ({ canvasElement }) => clickCalls(canvasElement, '重试', refresh),
};

/** `include` leaves out what the state offers but this group should not show (the card puts Hide apart). */
export const IncludeLeavesOut: Story = {
  args: { result: buildFastpassResult('pending', actions), include: ['show', 'refresh', 'retry'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).not.toBeInTheDocument();
  },
};

/**
 * Reached by keyboard, a button shows its focus ring, even on a page that sets none of the library's tokens: each
 * part rule falls back to the card's light accent.
 */
export const KeyboardFocus: Story = {
  args: { result: buildFastpassResult('expired', actions) },
  parameters: { partStage: false },
  render: (args) => (
    <>
      <a href="#before">Before</a> <FastpassActions {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    within(canvasElement).getByRole('link', { name: 'Before' }).focus();
    await userEvent.tab();
    const button = within(canvasElement).getByRole('button', { name: '刷新二维码' });
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).outlineStyle).toBe('solid');
    await expect(getComputedStyle(button).outlineColor).toBe('rgb(33, 90, 229)');
  },
};
