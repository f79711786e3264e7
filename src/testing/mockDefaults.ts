// The mock's defaults, apart from msw so that the bin can print and apply them before it loads msw.

/** Authing's default lifetime of an app-scan QR code. */
export const DEFAULT_MOCK_LIFETIME_MS = 120_000;

/** How many requests the mock's log keeps. */
export const DEFAULT_MOCK_MAX_REQUESTS = 1000;

/**
 * How long a finished code is kept: 5 minutes, or the lifetime when that is longer. A page polls a code only
 * until its deadline, so a retention of at least one lifetime means every page still polling gets the
 * code's final status; Authing documents no figure of its own.
 */
export function defaultCodeRetentionMs(lifetimeMs: number): number {
  return Math.max(5 * 60_000, lifetimeMs);
}
