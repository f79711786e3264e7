/**
 * The clock of the story tests (`.storybook/vitest.setup.ts`): every story starts at one fixed instant, and the
 * clock stands still unless the story asks for it to run (`parameters.clock = 'running'`). So a countdown reads the
 * code's whole lifetime and a time of day is the same on every run, however long the machine took to get to the
 * screenshot. Timers still fire: polls, retries and the countdown's ticks happen, and read the same instant.
 * Outside the story tests (`npm start`, the static Storybook) nothing here is installed and the clock is the page's.
 */
const RealDate = Date;

/** 09:30 on a Monday in Beijing, where Authing's users mostly are. */
export const STORY_TEST_NOW = RealDate.UTC(2026, 0, 5, 1, 30, 0);

let clock: { at: number; runningSince?: number } | undefined;

function now(): number {
  if (!clock) return RealDate.now();
  return clock.runningSince === undefined ? clock.at : clock.at + (RealDate.now() - clock.runningSince);
}

/** `Date` as the page sees it while the clock is installed: `Date.now()` and `new Date()` read it. */
const StoryDate = function StoryDate(this: unknown, ...args: unknown[]) {
  if (new.target === undefined) return new RealDate(now()).toString();
  return args.length === 0 ? new RealDate(now()) : new (RealDate as unknown as new (...values: unknown[]) => Date)(...args);
} as unknown as DateConstructor;
Object.assign(StoryDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
// `instanceof Date` keeps holding for dates made before and after the clock was installed.
Object.defineProperty(StoryDate, 'prototype', { value: RealDate.prototype });

/** Stops the page's clock at `STORY_TEST_NOW` (before the story's loaders run). */
export function installStoryTestClock() {
  clock = { at: STORY_TEST_NOW };
  globalThis.Date = StoryDate;
}

/** Lets the installed clock run on from where it stands; does nothing when none is installed. */
export function runStoryTestClock() {
  if (clock && clock.runningSince === undefined) clock.runningSince = RealDate.now();
}
