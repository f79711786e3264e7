import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatusValue } from '../api/schemas';

/** One QR code as the mock Authing holds it. */
export interface MockQrcode {
  readonly qrcodeId: string;
  /** The `data` the mock answered `gene-fastpass-qrcode-info` with. */
  readonly info: FastpassQrcodeInfo;
  /** The access token of the session that created it. */
  readonly ownerToken: string;
  /** When it was created and when it lapses, in ms since the epoch of the mock's clock. */
  readonly createdAt: number;
  readonly expiresAt: number;
  status: FastpassQrcodeStatusValue;
  /** Who scanned it, once the token app did. */
  scannedBy?: FastpassBriefUserInfo;
  /** The one-time ticket Authing hands the web page once the code is authorized. */
  ticket?: string;
  /**
   * When it became AUTHORIZED, CANCELLED or EXPIRED, by the mock's clock (its `expiresAt` when it lapsed);
   * undefined while it is live. The mock forgets it `codeRetentionMs` later.
   */
  finishedAt?: number;
}

/** What can happen to a code; the token app causes the first four, the clock or a test the last. */
export type MockQrcodeAction = 'scan' | 'confirm' | 'app-login' | 'cancel' | 'expire';

const ALLOWED_FROM: Record<MockQrcodeAction, readonly FastpassQrcodeStatusValue[]> = {
  scan: ['PENDING'],
  confirm: ['SCANNED'],
  'app-login': ['PENDING', 'SCANNED'],
  cancel: ['PENDING', 'SCANNED'],
  expire: ['PENDING', 'SCANNED'],
};

const RESULT: Record<MockQrcodeAction, FastpassQrcodeStatusValue> = {
  scan: 'SCANNED',
  confirm: 'AUTHORIZED',
  'app-login': 'AUTHORIZED',
  cancel: 'CANCELLED',
  expire: 'EXPIRED',
};

/** Whether a code is still waiting for the token app (PENDING or SCANNED); every other status is final. */
export function isLive(code: MockQrcode): boolean {
  return code.status === 'PENDING' || code.status === 'SCANNED';
}

/** Codes lapse lazily when read, so the mock needs no timers and follows fake clocks in tests. */
export function settleExpiry(code: MockQrcode, now: number): MockQrcode {
  if (isLive(code) && now >= code.expiresAt) {
    code.status = 'EXPIRED';
    code.finishedAt = code.expiresAt;
  }
  return code;
}

/**
 * Applies an action to a code, or says why it cannot: the reason is the message the mock's endpoints
 * answer with, and the error its test controls throw.
 */
export function applyAction(
  code: MockQrcode,
  action: MockQrcodeAction,
  now: number,
  extra: { scannedBy?: FastpassBriefUserInfo | undefined } = {},
): { ok: true } | { ok: false; reason: string } {
  settleExpiry(code, now);
  if (!ALLOWED_FROM[action].includes(code.status)) {
    return { ok: false, reason: `Cannot ${action} QR code ${code.qrcodeId}: it is ${code.status}.` };
  }
  code.status = RESULT[action];
  if (extra.scannedBy) code.scannedBy = extra.scannedBy;
  if (code.status === 'AUTHORIZED') code.ticket = `mock-ticket-${code.qrcodeId}`;
  if (!isLive(code)) code.finishedAt = now;
  return { ok: true };
}
