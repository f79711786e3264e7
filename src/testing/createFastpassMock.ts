import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { API_CODE_NOT_SIGNED_IN } from '../api/envelope';
import { FASTPASS_ENDPOINTS, joinUrl, normalizeAppHost } from '../api/endpoints';
import { scopeHasOpenid, type FastpassBriefUserInfo, type FastpassUserInfo } from '../api/schemas';
import {
  changeQrcodeStatusBodySchema,
  qrcodeAppLoginBodySchema,
  type FastpassClientApp,
  type FastpassTokenSet,
} from './appSchemas';
import { answerWithFault, type FastpassMockEndpoint, type FastpassMockFault, type QueuedFault } from './faults';
import {
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_PHOTO_BASE,
  FASTPASS_MOCK_PHOTOS,
  FASTPASS_MOCK_RELATION_APPS,
  FASTPASS_MOCK_SESSIONS,
  FASTPASS_MOCK_USERPOOL,
  mockPhotoDataUrl,
  mockPhotoSvg,
} from './fixtures';
import { createMockCodeStore } from './mockCodeStore';
import { DEFAULT_MOCK_LIFETIME_MS, DEFAULT_MOCK_MAX_REQUESTS, defaultCodeRetentionMs } from './mockDefaults';
import { envelopeResponse, internalErrorResponse } from './mockEnvelope';
import { createMockRequestLog, type FastpassMockRequest } from './mockRequestLog';
import { mockMessage, type FastpassMockMessageKey } from './messages';
import type { MockQrcode, MockQrcodeAction } from './qrcodeStateMachine';

export type { FastpassMockRequest } from './mockRequestLog';

export { DEFAULT_MOCK_LIFETIME_MS } from './mockDefaults';

export interface FastpassMockConfig {
  /**
   * The host whose `/api/v3/...` paths the handlers answer. Default: any host, so the mock serves
   * whatever `appHost` the component is given.
   */
  appHost?: string;
  /** The `apiHost` the codes name. Default: `appHost`, or `https://fastpass-demo.authing.cn`. */
  apiHost?: string;
  /** The only application id the mock knows. Default: `FASTPASS_MOCK_APP_ID`. */
  appId?: string;
  /**
   * Signed-in sessions: access token → user. Default: `FASTPASS_MOCK_ACCESS_TOKEN` (张三),
   * `FASTPASS_MOCK_OTHER_ACCESS_TOKEN` (Li Si) and `FASTPASS_MOCK_APP_ACCESS_TOKEN` (the token app, as 张三).
   */
  sessions?: Record<string, FastpassUserInfo>;
  /** The user pool every code names. Default: `FASTPASS_MOCK_USERPOOL`. */
  userpool?: FastpassUserInfo;
  /** The `scene` every code names. Default: `"FASTPASS"`. */
  scene?: string;
  /** How long a code stays valid. Default: 120 000 ms, as Authing's app-scan codes. */
  lifetimeMs?: number;
  /** A delay before every answer. Default: 0. */
  latencyMs?: number;
  /** What `get-fastpass-client-apps` lists. Default: `FASTPASS_MOCK_RELATION_APPS`. */
  relationApps?: FastpassClientApp[];
  /** The mock's clock. Default: `Date.now`, so that fake timers move it. */
  now?: () => number;
  /**
   * Where the photos of the default users, user pool and apps point, and where the mock's photo handler
   * serves them. `'data:'` puts them inline as small `data:image/svg+xml` URLs and serves nothing (what
   * `createFastpassMockServer` does, so that they load under `img-src 'self' https: data:`).
   * Default: `FASTPASS_MOCK_PHOTO_BASE` (https, served by the handlers, as real Authing photos are).
   */
  photoBase?: string;
  /**
   * How many requests `requests` keeps: the newest, the oldest dropped, so that a mock left running (beside
   * a dev server, under a long suite) holds bounded memory. `Infinity` keeps every one, `0` none.
   * Default: 1000.
   */
  maxRequests?: number;
  /**
   * How long a finished code (AUTHORIZED, CANCELLED or EXPIRED, by a move or by its lifetime) is still
   * answered before the mock forgets it; from then on its status is answered as an unknown code's
   * (statusCode 404) and `codes()` no longer lists it. Codes are forgotten when codes are next created or
   * read, so fake clocks work. `Infinity` keeps every code.
   * Default: 300 000 ms (5 minutes), or `lifetimeMs` when that is longer: a page polls a code only until
   * its deadline, so every page still polling gets the code's final status.
   */
  codeRetentionMs?: number;
}

export interface FastpassMock {
  /** MSW handlers for all five endpoints (and the mock's photos): pass them to `setupServer` or `setupWorker`. */
  readonly handlers: HttpHandler[];
  /**
   * The newest requests received (up to `maxRequests`, default 1000), oldest first. Once it is full, its
   * length stays at `maxRequests`: to check that nothing more was sent, compare its last entry.
   */
  readonly requests: readonly FastpassMockRequest[];
  /**
   * Every code kept, oldest first (statuses settled against the clock): the live ones, and the finished
   * ones for `codeRetentionMs` after they finished.
   */
  codes(): readonly MockQrcode[];
  /** The newest code kept, or undefined before the first. */
  latestCode(): MockQrcode | undefined;
  /** The token app scans a code (default: the newest). `by` is who scanned; default the code's user. */
  scan(qrcodeId?: string, by?: FastpassBriefUserInfo): MockQrcode;
  /** The token app confirms a scanned code. */
  confirm(qrcodeId?: string): MockQrcode;
  /** The token app cancels a code. */
  cancel(qrcodeId?: string): MockQrcode;
  /** The code lapses now, as if its lifetime had passed. */
  expire(qrcodeId?: string): MockQrcode;
  /**
   * Answers the next `times` requests (default 1; `Infinity` for all) to `endpoint` (default any)
   * with a fault instead of the normal answer. Faults queue in order.
   */
  fail(fault: FastpassMockFault, options?: { endpoint?: FastpassMockEndpoint | 'any'; times?: number }): void;
  /** Sets the delay before every answer. */
  setLatency(ms: number): void;
  /** Signs a user in: `token` becomes valid. */
  addSession(token: string, user: FastpassUserInfo): void;
  /** Signs a session out on the server: its token becomes unknown (apiCode 2020). */
  revokeSession(token: string): void;
  /** Forgets codes, requests and queued faults, and restores the configured sessions and latency. Code ids keep counting. */
  reset(): void;
}

/** `SignInFastpassDto`. As class-validator's `@IsOptional` does, `null` counts as absent. */
const plainObjectSchema = z.record(z.string(), z.unknown());
const geneFastpassBodySchema = z.looseObject({
  options: z.optional(
    z.nullable(
      z.looseObject({
        scope: z.optional(z.nullable(z.string())),
        context: z.optional(z.nullable(plainObjectSchema)),
        customData: z.optional(z.nullable(plainObjectSchema)),
      }),
    ),
  ),
});

/** A body as Authing's JSON parser sees it: none, a JSON value, or not JSON at all. */
type ReadBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid' };

async function readBody(request: Request): Promise<ReadBody> {
  const text = await request.text();
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid' };
  }
}

/** Rebases a photo URL of the fixtures onto `photoBase`, or, for `'data:'`, inlines it. */
function rebasePhoto(url: string, photoBase: string): string {
  if (!url.startsWith(FASTPASS_MOCK_PHOTO_BASE)) return url;
  const file = url.slice(FASTPASS_MOCK_PHOTO_BASE.length);
  const photo = FASTPASS_MOCK_PHOTOS[file];
  return photoBase === INLINE_PHOTOS && photo ? mockPhotoDataUrl(photo) : photoBase + file;
}

/** The `photoBase` that puts the fixtures' photos inline as data URLs. */
const INLINE_PHOTOS = 'data:';

function briefOf(user: FastpassUserInfo): FastpassBriefUserInfo {
  return { displayName: user.displayName, photo: user.photo };
}

/** A count or a duration option: a whole number from 0, or Infinity for no limit. */
function limitOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === Infinity || (Number.isSafeInteger(value) && value >= 0)) return value;
  throw new TypeError(`createFastpassMock: ${name} must be a whole number from 0, or Infinity, not ${String(value)}.`);
}

/**
 * A stateful, in-memory Authing for tests and Storybook: MSW handlers for the five endpoints of the
 * Fastpass flow, a state machine per `qrcodeId`, controls that play the token app, and fault injection.
 * It runs under `msw/node` and `msw/browser` alike.
 */
export function createFastpassMock(config: FastpassMockConfig = {}): FastpassMock {
  const appId = config.appId ?? FASTPASS_MOCK_APP_ID;
  const apiHost = config.apiHost ?? (config.appHost === undefined ? undefined : normalizeAppHost(config.appHost)) ?? FASTPASS_MOCK_APP_HOST;
  const lifetimeMs = config.lifetimeMs ?? DEFAULT_MOCK_LIFETIME_MS;
  const maxRequests = limitOption('maxRequests', config.maxRequests, DEFAULT_MOCK_MAX_REQUESTS);
  const codeRetentionMs = limitOption('codeRetentionMs', config.codeRetentionMs, defaultCodeRetentionMs(lifetimeMs));
  const now = config.now ?? (() => Date.now());
  const photoBase = config.photoBase ?? FASTPASS_MOCK_PHOTO_BASE;
  const withPhoto = <T extends { photo: string }>(user: T): T => ({ ...user, photo: rebasePhoto(user.photo, photoBase) });
  const userpool = config.userpool ?? withPhoto(FASTPASS_MOCK_USERPOOL);
  const scene = config.scene ?? 'FASTPASS';
  const relationApps =
    config.relationApps ?? FASTPASS_MOCK_RELATION_APPS.map((app) => (app.logo ? { ...app, logo: rebasePhoto(app.logo, photoBase) } : app));
  const initialSessions = config.sessions ?? Object.fromEntries(FASTPASS_MOCK_SESSIONS.map(({ token, user }) => [token, withPhoto(user)]));

  let sessions = new Map(Object.entries(initialSessions));
  let latencyMs = config.latencyMs ?? 0;
  let faults: QueuedFault[] = [];
  const codes = createMockCodeStore({ now, lifetimeMs, retentionMs: codeRetentionMs });
  const log = createMockRequestLog({ now, maxRequests });

  const url = (path: string) => (config.appHost ? joinUrl(config.appHost, path) : `*${path}`);

  function control(action: MockQrcodeAction, qrcodeId: string | undefined, by?: FastpassBriefUserInfo): MockQrcode {
    const code = qrcodeId === undefined ? codes.latest() : codes.find(qrcodeId);
    if (!code) {
      throw new Error(
        qrcodeId === undefined
          ? `createFastpassMock: cannot ${action}: no QR code has been created yet.`
          : `createFastpassMock: cannot ${action}: no QR code ${qrcodeId}.`,
      );
    }
    const result = codes.apply(code, action, { scannedBy: action === 'scan' ? (by ?? briefOf(code.info.user)) : undefined });
    if (!result.ok) throw new Error(`createFastpassMock: ${result.reason}`);
    return code;
  }

  function takeFault(endpoint: FastpassMockEndpoint): FastpassMockFault | undefined {
    const index = faults.findIndex((f) => f.endpoint === 'any' || f.endpoint === endpoint);
    if (index === -1) return undefined;
    const queued = faults[index]!;
    queued.remaining -= 1;
    if (queued.remaining <= 0) faults.splice(index, 1);
    return queued.fault;
  }

  const answer = {
    ok: (request: Request, data: unknown) => envelopeResponse(200, mockMessage(request, 'ok'), { data }),
    error: (request: Request, statusCode: number, key: FastpassMockMessageKey | { text: string }, apiCode?: number) =>
      envelopeResponse(statusCode, typeof key === 'string' ? mockMessage(request, key) : key.text, { apiCode }),
  };

  /**
   * Wraps an endpoint with what every Authing endpoint does first: record, wait, inject faults, then
   * check the app id and the session (both answered in an HTTP 200 envelope, as Authing does).
   */
  function endpoint(
    name: FastpassMockEndpoint,
    respondTo: (request: Request, user: FastpassUserInfo, token: string) => Promise<Response> | Response,
  ) {
    async function respond(request: Request): Promise<Response> {
      if (latencyMs > 0) await delay(latencyMs);
      const fault = takeFault(name);
      if (fault) {
        const response = await answerWithFault(fault, request);
        if (response) return response;
      }
      const token = request.headers.get('authorization') ?? '';
      const user = sessions.get(token);
      if (!user) return answer.error(request, 401, 'notSignedIn', API_CODE_NOT_SIGNED_IN);
      if (request.headers.get('x-authing-app-id') !== appId) return answer.error(request, 404, 'appNotFound', 2011);
      return respondTo(request, user, token);
    }
    return async ({ request }: { request: Request }) => {
      let entry: FastpassMockRequest | undefined;
      try {
        entry = await log.record(name, request);
        return await respond(request);
      } catch (error) {
        // A bug (in the mock, or in a `now` or session given to it) is a 500, as Authing answers its own
        // failures, never a crashed handler; it is logged so that it does not go unseen.
        console.error(`[react-fastpass-qrcode/testing] the mock's ${name} handler threw; answered HTTP 500:`, error);
        return internalErrorResponse(request);
      } finally {
        if (entry) {
          try {
            entry.answeredAt = now();
          } catch {
            // the clock itself is what failed; the request stays unanswered in the record
          }
        }
      }
    };
  }

  /**
   * What the token app's writes share: read the body, find the code, apply the action, or answer the
   * error Authing would (400 for a missing, non-JSON or mistyped body or a forbidden transition, 404 for
   * an unknown or forgotten code).
   */
  async function tokenAppAction<Body extends { qrcodeId: string }>(
    request: Request,
    schema: { safeParse(value: unknown): { success: true; data: Body } | { success: false } },
    actionOf: (body: Body) => MockQrcodeAction,
    scannedBy: (code: MockQrcode) => FastpassBriefUserInfo,
  ): Promise<{ code: MockQrcode } | { failure: Response }> {
    const body = await readBody(request);
    const parsed = schema.safeParse(body.kind === 'json' ? body.value : undefined);
    if (!parsed.success) return { failure: answer.error(request, 400, 'badRequest') };
    const code = codes.find(parsed.data.qrcodeId);
    if (!code) return { failure: answer.error(request, 404, 'qrcodeNotFound') };
    const result = codes.apply(code, actionOf(parsed.data), { scannedBy: scannedBy(code) });
    return result.ok ? { code } : { failure: answer.error(request, 400, { text: result.reason }) };
  }

  /** The code a token app's or page's GET names in `?qrcodeId=`, or the error Authing answers. */
  function codeOfQuery(request: Request): { code: MockQrcode } | { failure: Response } {
    const qrcodeId = new URL(request.url).searchParams.get('qrcodeId') ?? '';
    if (!qrcodeId) return { failure: answer.error(request, 400, 'badRequest') };
    const code = codes.find(qrcodeId);
    return code ? { code } : { failure: answer.error(request, 404, 'qrcodeNotFound') };
  }

  const handlers: HttpHandler[] = [
    // The photos the mock's users and user pool point at (inline data URLs need no handler).
    ...(photoBase === INLINE_PHOTOS
      ? []
      : [
          http.get(`${photoBase}:file`, ({ params }) => {
            const photo = FASTPASS_MOCK_PHOTOS[String(params.file)];
            return photo
              ? new HttpResponse(mockPhotoSvg(photo), { headers: { 'content-type': 'image/svg+xml' } })
              : new HttpResponse(null, { status: 404 });
          }),
        ]),
    http.post(
      url(FASTPASS_ENDPOINTS.geneFastpassQrcodeInfo),
      endpoint('geneFastpassQrcodeInfo', async (request, user, token) => {
        // No body is `{}` (the options are optional); a body that is not JSON, or of the wrong shape, is a
        // 400 as Authing's validation answers it, and mints nothing.
        const body = await readBody(request);
        const parsed = geneFastpassBodySchema.safeParse(body.kind === 'empty' ? {} : body.kind === 'json' ? body.value : undefined);
        if (!parsed.success) return answer.error(request, 400, 'badRequest');
        const scope = parsed.data.options?.scope;
        if (typeof scope === 'string' && !scopeHasOpenid(scope)) {
          return answer.error(request, 400, 'scopeNeedsOpenid');
        }
        const code = codes.mint(token, (qrcodeId) => ({ scene, qrcodeId, apiHost, user: { ...user }, appId, userpool: { ...userpool } }));
        return answer.ok(request, code.info);
      }),
    ),
    http.get(
      url(FASTPASS_ENDPOINTS.getAppLoginQrcodeStatus),
      endpoint('getAppLoginQrcodeStatus', (request) => {
        const found = codeOfQuery(request);
        if ('failure' in found) return found.failure;
        const { code } = found;
        return answer.ok(request, {
          status: code.status,
          ...(code.scannedBy && code.status !== 'CANCELLED' ? { briefUserInfo: code.scannedBy } : {}),
          ...(code.status === 'AUTHORIZED' && code.ticket ? { ticket: code.ticket } : {}),
        });
      }),
    ),
    http.get(
      url(FASTPASS_ENDPOINTS.getFastpassClientApps),
      endpoint('getFastpassClientApps', (request) => {
        const found = codeOfQuery(request);
        return 'failure' in found ? found.failure : answer.ok(request, { relationApps });
      }),
    ),
    http.post(
      url(FASTPASS_ENDPOINTS.qrcodeAppLogin),
      endpoint('qrcodeAppLogin', async (request, user) => {
        const outcome = await tokenAppAction(request, qrcodeAppLoginBodySchema, () => 'app-login', (code) => code.scannedBy ?? briefOf(user));
        if ('failure' in outcome) return outcome.failure;
        const { qrcodeId } = outcome.code;
        const tokenSet: FastpassTokenSet = {
          access_token: `mock-fastpass-access-token-${qrcodeId}`,
          id_token: `mock-fastpass-id-token-${qrcodeId}`,
          token_type: 'Bearer',
          expires_in: 1_209_600,
          scope: 'openid profile',
        };
        return answer.ok(request, tokenSet);
      }),
    ),
    http.post(
      url(FASTPASS_ENDPOINTS.changeQrcodeStatus),
      endpoint('changeQrcodeStatus', async (request, user) => {
        const outcome = await tokenAppAction(
          request,
          changeQrcodeStatusBodySchema,
          (body) => ({ SCAN: 'scan', CONFIRM: 'confirm', CANCEL: 'cancel' } as const)[body.action],
          () => briefOf(user),
        );
        return 'failure' in outcome ? outcome.failure : answer.ok(request, {});
      }),
    ),
  ];

  return {
    handlers,
    get requests() {
      return log.entries;
    },
    codes: () => codes.all(),
    latestCode: () => codes.latest(),
    scan: (qrcodeId, by) => control('scan', qrcodeId, by),
    confirm: (qrcodeId) => control('confirm', qrcodeId),
    cancel: (qrcodeId) => control('cancel', qrcodeId),
    expire: (qrcodeId) => control('expire', qrcodeId),
    fail(fault, options = {}) {
      faults.push({ fault, endpoint: options.endpoint ?? 'any', remaining: options.times ?? 1 });
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    addSession(token, user) {
      sessions.set(token, user);
    },
    revokeSession(token) {
      sessions.delete(token);
    },
    reset() {
      sessions = new Map(Object.entries(initialSessions));
      latencyMs = config.latencyMs ?? 0;
      codes.clear();
      faults = [];
      log.clear();
    },
  };
}
