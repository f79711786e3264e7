import type { FastpassBriefUserInfo, FastpassQrcodeInfo } from '../api/schemas';
import { applyAction, isLive, settleExpiry, type MockQrcode, type MockQrcodeAction } from './qrcodeStateMachine';

export interface MockCodeStoreOptions {
  /** The mock's clock. */
  now: () => number;
  /** How long a new code stays valid. */
  lifetimeMs: number;
  /** How long a finished code is still answered before it is forgotten; `Infinity` keeps it for good. */
  retentionMs: number;
}

/** The codes the mock Authing holds: minted, found, moved through the state machine, and forgotten. */
export interface MockCodeStore {
  /** Mints a PENDING code for the session of `ownerToken`; `infoFor` builds its `data` around the new id. */
  mint(ownerToken: string, infoFor: (qrcodeId: string) => FastpassQrcodeInfo): MockQrcode;
  /** A kept code, its status settled against the clock; undefined when it never existed or is forgotten. */
  find(qrcodeId: string): MockQrcode | undefined;
  /** The newest code kept. */
  latest(): MockQrcode | undefined;
  /** Every code kept, oldest first, statuses settled against the clock. */
  all(): MockQrcode[];
  /** Applies an action to a kept code, or says why the state machine forbids it. */
  apply(
    code: MockQrcode,
    action: MockQrcodeAction,
    extra?: { scannedBy?: FastpassBriefUserInfo | undefined },
  ): { ok: true } | { ok: false; reason: string };
  /** Forgets every code. Ids keep counting, so that a page still polling an old code never sees a new one. */
  clear(): void;
}

/**
 * The mock's codes, in memory and bounded in time: a code is forgotten `retentionMs` after it finished
 * (authorized, cancelled, expired by a test, or lapsed at `expiresAt`), and then answered as one that never
 * existed. Forgetting happens lazily whenever codes are minted or read, so there is no timer and fake clocks
 * work: two queues in deadline order make each pass cost only what it forgets.
 *
 * - codes by creation order: their latest possible deadline, `expiresAt + retentionMs`, grows with creation
 *   (one lifetime for all), so the oldest are the first due;
 * - codes finished by an action (scan-and-confirm, cancel, `expire()`), by finishing order: due at
 *   `finishedAt + retentionMs`, which can be long before their `expiresAt`.
 *
 * A clock that goes back (fake timers set to an earlier time) only delays forgetting: a code is never
 * forgotten before its own deadline.
 */
export function createMockCodeStore({ now, lifetimeMs, retentionMs }: MockCodeStoreOptions): MockCodeStore {
  const codes = new Map<string, MockQrcode>();
  const finishedByAction = new Set<MockQrcode>();
  let newest: MockQrcode | undefined;
  let sequence = 0;

  const forget = (code: MockQrcode) => {
    codes.delete(code.qrcodeId);
    finishedByAction.delete(code);
  };

  function prune(at: number): void {
    // Deleting from a Map or Set while iterating it is defined: the loop goes on with the next entry.
    for (const code of codes.values()) {
      if (code.expiresAt + retentionMs > at) break;
      forget(code);
    }
    for (const code of finishedByAction) {
      if (code.finishedAt! + retentionMs > at) break;
      forget(code);
    }
  }

  return {
    mint(ownerToken, infoFor) {
      const createdAt = now();
      prune(createdAt);
      sequence += 1;
      const info = infoFor(`mock-fastpass-${sequence}-${crypto.randomUUID().slice(0, 8)}`);
      const code: MockQrcode = { qrcodeId: info.qrcodeId, info, ownerToken, createdAt, expiresAt: createdAt + lifetimeMs, status: 'PENDING' };
      codes.set(code.qrcodeId, code);
      newest = code;
      return code;
    },
    find(qrcodeId) {
      const at = now();
      prune(at);
      const code = codes.get(qrcodeId);
      return code && settleExpiry(code, at);
    },
    latest() {
      const at = now();
      prune(at);
      if (newest && codes.get(newest.qrcodeId) === newest) return settleExpiry(newest, at);
      // The newest finished early and is forgotten while older codes are still kept: the newest of those.
      let last: MockQrcode | undefined;
      for (const code of codes.values()) last = code;
      newest = last;
      return last && settleExpiry(last, at);
    },
    all() {
      const at = now();
      prune(at);
      return Array.from(codes.values(), (code) => settleExpiry(code, at));
    },
    apply(code, action, extra) {
      const result = applyAction(code, action, now(), extra);
      if (result.ok && !isLive(code) && codes.get(code.qrcodeId) === code) finishedByAction.add(code);
      return result;
    },
    clear() {
      codes.clear();
      finishedByAction.clear();
      newest = undefined;
    },
  };
}
