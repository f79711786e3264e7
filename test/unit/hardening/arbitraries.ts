import fc from 'fast-check';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';

/**
 * What a hostile or broken server can send, for the fuzz tests: arbitrary JSON, envelopes around
 * arbitrary data, data that is nearly valid, and raw bytes, under a spread of HTTP statuses.
 */

/** HTTP statuses a response can carry with a body (no 204/304: a Response refuses a body there). */
export const HTTP_STATUSES = [200, 201, 400, 401, 403, 404, 418, 429, 500, 502, 503, 504] as const;

export const httpStatus = fc.constantFrom(...HTTP_STATUSES);

/** Mostly 200 (Authing's usual status, where the body decides), sometimes anything else. */
export const mostlyOk = fc.oneof({ weight: 3, arbitrary: fc.constant(200) }, { weight: 1, arbitrary: httpStatus });

const anyString = fc.string({ unit: 'grapheme', maxLength: 40 });

/** A value that is mostly right for its field (nine times in ten) and arbitrary JSON otherwise. */
function sometimes<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

const userInfo = (base: { id: string; displayName: string; photo: string }) =>
  fc.record({
    id: sometimes(fc.constant(base.id)),
    displayName: sometimes(fc.oneof(fc.constant(base.displayName), anyString)),
    photo: sometimes(
      fc.oneof(
        fc.constant(base.photo),
        fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x.png', ''),
        anyString,
      ),
    ),
  });

/** `gene-fastpass-qrcode-info` data: each field valid or not, plus unknown extra fields. */
export const nearlyValidInfo = fc
  .record({
    scene: sometimes(fc.constant('FASTPASS')),
    qrcodeId: sometimes(fc.oneof(fc.constant('qr-1'), fc.string({ maxLength: 24 }))),
    apiHost: sometimes(
      fc.oneof(
        fc.constant('https://example.authing.cn'),
        fc.webUrl(),
        fc.constantFrom('http://evil.example', 'http://localhost:3000', 'javascript:alert(1)', '//evil.example', ''),
      ),
    ),
    user: sometimes(userInfo(FASTPASS_MOCK_USER)),
    appId: sometimes(fc.constant(FASTPASS_MOCK_APP_ID)),
    userpool: sometimes(userInfo(FASTPASS_MOCK_USERPOOL)),
    extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  })
  .map(({ extra, ...info }) => ({ ...extra, ...info }));

/** `get-app-login-qrcode-status` data, each field valid or not. */
export const nearlyValidStatus = fc.record(
  {
    status: sometimes(fc.constantFrom('PENDING', 'SCANNED', 'AUTHORIZED', 'CANCELLED', 'EXPIRED', 'ERROR', 'pending', 'TELEPORTED')),
    ticket: sometimes(fc.string({ maxLength: 16 })),
    briefUserInfo: sometimes(fc.record({ displayName: anyString, photo: anyString })),
    tokenSet: sometimes(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })),
  },
  { requiredKeys: ['status'] },
);

/**
 * Text a gateway writes around the access token it refused (the mock client's token, FASTPASS_MOCK_ACCESS_TOKEN):
 * so that the fuzz's "no token in the error" check meets the token, and can fail.
 */
export const echoOfTheToken = fc
  .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
  .map(([before, after]) => `${before}${FASTPASS_MOCK_ACCESS_TOKEN}${after}`);

/** An Authing envelope with arbitrary fields (some of the wrong type) around arbitrary data. */
export function envelopeAround(data: fc.Arbitrary<unknown>) {
  return fc.record(
    {
      statusCode: fc.oneof({ weight: 4, arbitrary: fc.constant(200) }, fc.constantFrom(400, 401, 403, 404, 429, 499, 500, 503), fc.integer(), fc.jsonValue({ maxDepth: 0 })),
      message: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 0 }), echoOfTheToken),
      apiCode: fc.oneof(fc.constantFrom(2020, 2004, 2011, 2224), fc.integer(), fc.string({ maxLength: 4 })),
      requestId: fc.oneof(fc.uuid(), fc.jsonValue({ maxDepth: 0 }), echoOfTheToken),
      data,
    },
    { requiredKeys: [] },
  );
}

/** Every JSON body the fuzz tests send: arbitrary values, envelopes, and nearly valid answers. */
export function jsonBody(validData: fc.Arbitrary<unknown>) {
  return fc.oneof(
    fc.jsonValue(),
    envelopeAround(fc.jsonValue({ maxDepth: 3 })),
    envelopeAround(validData),
    validData.map((data) => ({ statusCode: 200, message: 'ok', requestId: 'r-1', data })),
  );
}

/** Raw bytes: random, or UTF-8 text that is almost JSON. */
export const byteBody = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.string({ unit: 'binary', maxLength: 512 }).map((text) => new TextEncoder().encode(text)),
  fc.jsonValue().map((value) => {
    const text = JSON.stringify(value) ?? '';
    return new TextEncoder().encode(text.slice(0, Math.max(0, text.length - 1)));
  }),
);

/**
 * What the docs' table of error kinds allows for a body: `unauthorized` only when the server said so (HTTP 401,
 * `statusCode` 401 or `apiCode` 2020), `api` only for an HTTP error or an error envelope, and
 * otherwise `invalid-response`.
 */
export function allowedKinds(text: string, status: number): Set<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const envelope = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const saysUnauthorized = status === 401 || envelope?.statusCode === 401 || envelope?.apiCode === 2020;
  const saysError = status >= 400 || (typeof envelope?.statusCode === 'number' && envelope.statusCode !== 200);
  const kinds = new Set(['invalid-response']);
  if (saysError) kinds.add('api');
  if (saysUnauthorized) kinds.add('unauthorized');
  return kinds;
}
