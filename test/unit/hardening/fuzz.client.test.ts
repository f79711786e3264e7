// @vitest-environment node
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { FastpassError } from '../../../src/api/errors';
import { fastpassQrcodeInfoSchema, fastpassQrcodeStatusSchema } from '../../../src/api/schemas';
import { FASTPASS_MOCK_ACCESS_TOKEN } from '../../../src/testing';
import { createMockClient } from '../../utils/mockClient';
import { setupMockAuthing } from '../../utils/mockServer';
import { allowedKinds, byteBody, jsonBody, mostlyOk, nearlyValidInfo, nearlyValidStatus } from './arbitraries';

const { server } = setupMockAuthing();

/** The next answer the overriding handlers give: set by each fuzz run. */
let next: { body: Uint8Array; status: number } = { body: new Uint8Array(), status: 200 };
const answer = () => new HttpResponse(next.body.slice(), { status: next.status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  server.use(http.post('*/api/v3/gene-fastpass-qrcode-info', answer), http.get('*/api/v3/get-app-login-qrcode-status', answer));
});

const client = createMockClient();
const decoder = new TextDecoder();

const METHODS = {
  geneFastpassQrcodeInfo: { call: () => client.geneFastpassQrcodeInfo(), schema: fastpassQrcodeInfoSchema, valid: nearlyValidInfo },
  getAppLoginQrCodeStatus: { call: () => client.getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }), schema: fastpassQrcodeStatusSchema, valid: nearlyValidStatus },
} as const;

/** How the runs ended, so that a test can show it reached every outcome (and is not vacuous). */
let outcomes = new Map<string, number>();
beforeEach(() => {
  outcomes = new Map();
});
const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

/** Sends one body and checks the outcome against what the docs (Troubleshooting) promise for it. */
async function checkOutcome(method: keyof typeof METHODS, body: Uint8Array, status: number): Promise<void> {
  next = { body, status };
  const { call, schema } = METHODS[method];
  const text = decoder.decode(body);
  let value: unknown;
  let error: unknown;
  try {
    value = await call();
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) {
    // A success is only ever data that passes the schema, and exactly what the server sent: every field, nothing
    // dropped, nothing added.
    expect(schema.safeParse(value).success).toBe(true);
    const sent = JSON.parse(text) as { statusCode?: unknown; data?: unknown };
    expect(sent.statusCode).toBe(200);
    expect(value).toStrictEqual(sent.data);
    count('success');
    return;
  }
  expect(error).toBeInstanceOf(FastpassError);
  const fastpassError = error as FastpassError;
  expect([...allowedKinds(text, status)]).toContain(fastpassError.kind);
  expect(fastpassError.httpStatus).toBe(status);
  // The generators echo the token in messages and request ids: where the server sent it, it must not come out.
  const written = [fastpassError.message, fastpassError.requestId ?? '', fastpassError.stack ?? '', String(fastpassError)].join('\n');
  expect(written).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
  if (text.includes(FASTPASS_MOCK_ACCESS_TOKEN)) count('token echoed');
  count(fastpassError.kind);
}

/** Hundreds of runs: generous under a loaded CI machine, though a run takes a few seconds here. */
const FUZZ_TIMEOUT_MS = 60_000;

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

// 2 methods × (800 JSON + 400 byte bodies) = 2 400 hostile responses.
describe.each(Object.keys(METHODS) as Array<keyof typeof METHODS>)('given %s answered by a hostile server', (method) => {
  it('should turn 800 arbitrary JSON bodies into valid data or a FastpassError of kind invalid-response, api or (when the server says so) unauthorized', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody(METHODS[method].valid), mostlyOk, (body, status) => checkOutcome(method, encode(body), status)),
      { numRuns: 800 },
    );
    // The generators reach every outcome: successes, each allowed kind, and errors whose body echoed the token.
    expect(Object.fromEntries(outcomes)).toEqual({
      success: expect.any(Number),
      'invalid-response': expect.any(Number),
      api: expect.any(Number),
      unauthorized: expect.any(Number),
      'token echoed': expect.any(Number),
    });
  }, FUZZ_TIMEOUT_MS);

  it('should turn 400 arbitrary byte strings into a FastpassError, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(byteBody, mostlyOk, (body, status) => checkOutcome(method, body, status)),
      { numRuns: 400 },
    );
    expect(outcomes.get('success')).toBeUndefined();
    expect(outcomes.get('invalid-response')).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT_MS);
});
