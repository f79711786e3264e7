import { http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { FASTPASS_ENDPOINTS } from '../api/endpoints';
import type { FastpassMock } from './createFastpassMock';
import type { FastpassMockEndpoint, FastpassMockFault } from './faults';
import type { FastpassMockSession } from './fixtures';

/**
 * The path under which `createFastpassMockServer` serves its control endpoints. Authing's paths all start
 * with `/api/`, `/oidc/` or `/oauth/`; this one never collides (WireMock's `/__admin` is the precedent).
 */
export const FASTPASS_MOCK_CONTROL_PATH = '/__fastpass-mock';

/** One access token the server accepts, as its info endpoint lists it. */
export interface FastpassMockTokenInfo {
  token: string;
  /** Who uses it: one of `FASTPASS_MOCK_SESSIONS`' roles, or `session` for a session given in options. */
  role: FastpassMockSession['role'] | 'session';
  user: { id: string; displayName: string };
}

const ENDPOINT_NAMES = Object.keys(FASTPASS_ENDPOINTS) as FastpassMockEndpoint[];

/** A route the server answers, for the info endpoint and the bin's banner. */
export interface FastpassMockRoute {
  method: 'GET' | 'POST';
  path: string;
  /** What it takes (query or JSON body) and does. */
  about: string;
}

/** The Authing endpoints the mock serves. */
export const FASTPASS_MOCK_SERVED_ENDPOINTS: readonly FastpassMockRoute[] = [
  { method: 'POST', path: FASTPASS_ENDPOINTS.geneFastpassQrcodeInfo, about: 'web: {"options"?} → a new code' },
  { method: 'GET', path: FASTPASS_ENDPOINTS.getAppLoginQrcodeStatus, about: 'web: ?qrcodeId= → its status' },
  { method: 'GET', path: FASTPASS_ENDPOINTS.getFastpassClientApps, about: 'token app: ?qrcodeId=&appId= → the apps' },
  { method: 'POST', path: FASTPASS_ENDPOINTS.qrcodeAppLogin, about: 'token app: {"qrcodeId","action":"APP_LOGIN"} → a token set' },
  { method: 'POST', path: FASTPASS_ENDPOINTS.changeQrcodeStatus, about: 'token app: {"qrcodeId","action":"SCAN"|"CONFIRM"|"CANCEL"}' },
];

/** The control endpoints. */
export const FASTPASS_MOCK_CONTROL_ROUTES: readonly FastpassMockRoute[] = [
  { method: 'GET', path: FASTPASS_MOCK_CONTROL_PATH, about: 'this information; 200 once the server is up' },
  { method: 'GET', path: `${FASTPASS_MOCK_CONTROL_PATH}/requests`, about: 'the newest requests received (up to maxRequests), oldest first' },
  { method: 'GET', path: `${FASTPASS_MOCK_CONTROL_PATH}/codes`, about: 'every code kept (live, or finished within codeRetentionMs) and its status' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/scan`, about: '{"qrcodeId"?, "by"?: {"displayName","photo"}}: the token app scans (default: the newest code)' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/confirm`, about: '{"qrcodeId"?}: the token app confirms' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/cancel`, about: '{"qrcodeId"?}: the token app cancels' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/expire`, about: '{"qrcodeId"?}: the code lapses now' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/fail`, about: '{"fault": {"type": "rate-limit", …}, "endpoint"?, "times"?}: answer the next requests with a fault' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/latency`, about: '{"ms"}: delay every answer' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/revoke-session`, about: '{"token"}: that token is signed out (apiCode 2020)' },
  { method: 'POST', path: `${FASTPASS_MOCK_CONTROL_PATH}/reset`, about: 'forget codes, requests, faults; restore sessions and latency' },
];

const nonNegativeInt = z.int().check(z.gte(0));
const faultSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('latency'), ms: nonNegativeInt }),
  z.object({ type: z.literal('rate-limit'), retryAfterSeconds: z.optional(nonNegativeInt) }),
  z.object({ type: z.literal('server-error'), httpStatus: z.optional(z.int().check(z.gte(500), z.lte(599))) }),
  z.object({ type: z.literal('html'), httpStatus: z.optional(z.int().check(z.gte(200), z.lte(599))) }),
  z.object({ type: z.literal('malformed-json') }),
  z.object({ type: z.literal('empty-body') }),
  z.object({ type: z.literal('envelope-error'), statusCode: z.int(), apiCode: z.optional(z.int()), message: z.optional(z.string()) }),
  z.object({ type: z.literal('invalid-data'), data: z.unknown() }),
  z.object({ type: z.literal('network') }),
  z.object({ type: z.literal('hang') }),
]);
const failBodySchema = z.object({
  fault: faultSchema,
  endpoint: z.optional(z.enum([...ENDPOINT_NAMES, 'any'])),
  /** How many requests fail; `null` for every one from now on. Default: 1. */
  times: z.optional(z.nullable(z.int().check(z.gte(1)))),
});
const actionBodySchema = z.object({
  qrcodeId: z.optional(z.string().check(z.minLength(1))),
  by: z.optional(z.object({ displayName: z.string(), photo: z.string() })),
});
const latencyBodySchema = z.object({ ms: nonNegativeInt });
const revokeBodySchema = z.object({ token: z.string().check(z.minLength(1)) });

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

async function parseBody<T>(
  request: Request,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } } },
): Promise<Parsed<T>> {
  const text = await request.text();
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, response: controlError(400, 'The body is not JSON.') };
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`).join('; ');
    return { ok: false, response: controlError(400, `Invalid body: ${issues}`) };
  }
  return { ok: true, data: parsed.data };
}

function controlError(status: number, error: string): Response {
  return HttpResponse.json({ error }, { status });
}

/**
 * MSW handlers for the control endpoints, served by `createFastpassMockServer` beside the mock's own
 * handlers. They answer plain JSON (not Authing envelopes): `{"error": "…"}` with HTTP 400 for a bad
 * body, 404 for a code that does not exist and 409 for a move the state machine forbids.
 */
export function createControlHandlers(
  mock: FastpassMock,
  info: { url: string; appId: string; apiHost: string; tokens: readonly FastpassMockTokenInfo[] },
): HttpHandler[] {
  const at = (path: string) => `${info.url}${FASTPASS_MOCK_CONTROL_PATH}${path}`;

  const move = (action: 'scan' | 'confirm' | 'cancel' | 'expire') =>
    http.post(at(`/${action}`), async ({ request }) => {
      const body = await parseBody(request, actionBodySchema);
      if (!body.ok) return body.response;
      const { qrcodeId, by } = body.data;
      const exists = qrcodeId === undefined ? mock.codes().length > 0 : mock.codes().some((code) => code.qrcodeId === qrcodeId);
      if (!exists) {
        return controlError(404, qrcodeId === undefined ? 'No QR code has been created yet.' : `No QR code ${qrcodeId}.`);
      }
      try {
        const code = action === 'scan' ? mock.scan(qrcodeId, by) : mock[action](qrcodeId);
        return HttpResponse.json(code);
      } catch (error) {
        return controlError(409, error instanceof Error ? error.message : String(error));
      }
    });

  return [
    http.get(at(''), () =>
      HttpResponse.json({
        name: 'fastpass-mock',
        appHost: info.url,
        apiHost: info.apiHost,
        appId: info.appId,
        accessTokens: info.tokens,
        endpoints: FASTPASS_MOCK_SERVED_ENDPOINTS,
        controls: FASTPASS_MOCK_CONTROL_ROUTES,
      }),
    ),
    http.get(at('/requests'), () => HttpResponse.json(mock.requests)),
    http.get(at('/codes'), () => HttpResponse.json(mock.codes())),
    move('scan'),
    move('confirm'),
    move('cancel'),
    move('expire'),
    http.post(at('/fail'), async ({ request }) => {
      const body = await parseBody(request, failBodySchema);
      if (!body.ok) return body.response;
      const { fault, endpoint, times } = body.data;
      mock.fail(fault as FastpassMockFault, { endpoint: endpoint ?? 'any', times: times === null ? Infinity : (times ?? 1) });
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('/latency'), async ({ request }) => {
      const body = await parseBody(request, latencyBodySchema);
      if (!body.ok) return body.response;
      mock.setLatency(body.data.ms);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('/revoke-session'), async ({ request }) => {
      const body = await parseBody(request, revokeBodySchema);
      if (!body.ok) return body.response;
      mock.revokeSession(body.data.token);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(at('/reset'), () => {
      mock.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
