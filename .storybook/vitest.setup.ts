// The story tests' visual check: after each story has rendered and played (its own checks and axe passed), what
// it shows is compared with a committed baseline, in Chromium, with Vitest's own `toMatchScreenshot`. A story whose
// card follows the viewer's colour scheme (`colorScheme="auto"`, the default) is compared in light and in dark.
// Baselines: `stories/**/__baselines__/<stories file>/<story>[-dark]-chromium-linux.png`. Update them with
// `npm run test:visual -- --update`, and review the images in the diff before committing them.
//
// What makes a screenshot the same on every run of a machine of this kind:
// - the clock: every story starts at one fixed instant that does not move (stories/support/storyTestClock.ts), so a
//   countdown reads the code's whole lifetime and a time of day is always the same; a story that needs time to pass
//   says `parameters.clock = 'running'`, and then its countdown's digits are masked;
// - the mock's ids: its code ids and request ids come from `crypto.randomUUID`, one fixed value here, and each
//   story's mock answers a host named after the story, so a story draws the same code every time;
// - animations: each is finished (a fade-in) or stopped at its first frame (the skeleton's shimmer), the caret hidden;
// - fonts: Debian's Liberation and Noto CJK, installed with Chromium by scripts/chromium.mjs.
import { afterEach, beforeEach, expect } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { StoryContext } from '@storybook/react-vite';
import { installStoryTestClock } from '../stories/support/storyTestClock';

/** The body's children before the story: the story's canvas is the `<div>` it appends. */
let before = new Set<Element>();

beforeEach(() => {
  before = new Set(document.body.children);
  installStoryTestClock();
  // One value, not a count: the story before is still mounted while this one starts, and a count would depend on
  // whether its last poll drew an id first. The mock's code ids stay unique by their sequence number.
  crypto.randomUUID = () => '00000000-0000-4000-8000-000000000000';
});

function storyCanvas(): HTMLElement | undefined {
  return [...document.body.children].find((child): child is HTMLDivElement => child instanceof HTMLDivElement && !before.has(child));
}

/** Finishes every finite animation and stops every endless one at its first frame. */
function freezeAnimations() {
  for (const animation of document.getAnimations()) {
    const timing = animation.effect?.getComputedTiming();
    if (timing?.iterations === Infinity) {
      animation.pause();
      animation.currentTime = 0;
    } else {
      animation.finish();
    }
  }
}

/** A file name from a story's name: "Scanned, then authorized" → "Scanned-then-authorized". */
function baselineName(name: string) {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

async function compareWithBaseline(context: { task: { name: string; result?: { state?: string } } }) {
  const story = (context as unknown as { story?: Pick<StoryContext, 'parameters'> }).story;
  // A story that failed its own checks has already said what is wrong; a skipped one drew nothing.
  if (!story || context.task.result?.state === 'fail') return;
  const canvas = storyCanvas();
  if (!canvas) throw new Error(`${context.task.name}: no story canvas to compare`);
  // A story that draws nothing (a part that renders null) has no picture to compare; its play says so.
  const { width, height } = canvas.getBoundingClientRect();
  if (width === 0 || height === 0) return;
  freezeAnimations();
  (document.activeElement as HTMLElement | null)?.blur?.();

  const mask = story.parameters.clock === 'running' ? [...canvas.querySelectorAll('[data-slot="countdown"]')] : [];
  const options = { screenshotOptions: { mask, maskColor: '#ff00ff', animations: 'disabled', caret: 'hide' } } as const;
  const name = baselineName(context.task.name);
  const locator = page.elementLocator(canvas);
  await expect.element(locator).toMatchScreenshot(name, options);

  if (canvas.querySelector('[data-color-scheme="auto"]')) {
    await commands.emulateMedia({ colorScheme: 'dark' });
    try {
      freezeAnimations();
      await expect.element(locator).toMatchScreenshot(`${name}-dark`, options);
    } finally {
      await commands.emulateMedia({ colorScheme: 'light' });
    }
  }
}

// The clock and the ids stay as they are until the next story's `beforeEach` sets them anew: the story stays mounted
// until the next one starts, and a clock that jumped to today under it would lapse its code and ask for another.
afterEach((context) => compareWithBaseline(context));
