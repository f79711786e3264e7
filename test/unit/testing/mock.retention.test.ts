// @vitest-environment node
import { setupServer } from 'msw/node';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  type FastpassMock,
  type FastpassMockConfig,
} from '../../../src/testing';

// One msw server; each test puts its own mock's handlers in front.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let clock = 1_700_000_000_000;
function mockWith(config: FastpassMockConfig): FastpassMock {
  const mock = createFastpassMock({ now: () => clock, ...config });
  server.use(...mock.handlers);
  return mock;
}

const pageHeaders = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID };
const appHeaders = { authorization: FASTPASS_MOCK_APP_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'content-type': 'application/json' };

async function newCode(): Promise<string> {
  const response = await fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: pageHeaders, body: '{}' });
  return ((await response.json()) as { data: { qrcodeId: string } }).data.qrcodeId;
}

/** The status envelope as a page polling the code receives it. */
async function poll(qrcodeId: string): Promise<{ httpStatus: number; body: { statusCode: number; message: string; data?: { status: string } } }> {
  const response = await fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/get-app-login-qrcode-status?qrcodeId=${encodeURIComponent(qrcodeId)}`, { headers: pageHeaders });
  return { httpStatus: response.status, body: await response.json() };
}
const statusOf = async (qrcodeId: string) => {
  const { body } = await poll(qrcodeId);
  return body.statusCode === 200 ? body.data!.status : `statusCode ${body.statusCode}`;
};

const tokenApp = (path: string, body: unknown) =>
  fetch(`${FASTPASS_MOCK_APP_HOST}${path}`, { method: 'POST', headers: appHeaders, body: JSON.stringify(body) }).then((r) => r.json());

describe('given the request log', () => {
  it('should never hold more than maxRequests, keep the newest oldest first, and answer every request', async () => {
    const mock = mockWith({ maxRequests: 5 });
    const answers: number[] = [];
    for (let i = 1; i <= 12; i += 1) {
      const { body } = await poll(`code-${i}`);
      answers.push(body.statusCode);
      expect(mock.requests.length).toBe(Math.min(i, 5));
      expect(mock.requests.at(-1)!.query.qrcodeId).toBe(`code-${i}`);
    }
    expect(answers).toEqual(Array(12).fill(404));
    expect(mock.requests.map((request) => request.query.qrcodeId)).toEqual(['code-8', 'code-9', 'code-10', 'code-11', 'code-12']);
    expect(mock.requests.every((request) => request.answeredAt !== undefined)).toBe(true);
  });

  // 1,100 requests through MSW: heavy by design, not a measure of time; room for a busy machine.
  it('should keep 1000 by default', { timeout: 30_000 }, async () => {
    const mock = mockWith({});
    for (let batch = 0; batch < 11; batch += 1) {
      await Promise.all(Array.from({ length: 100 }, (_, i) => poll(`code-${batch * 100 + i}`)));
    }
    expect(mock.requests).toHaveLength(1000);
    const kept = new Set(mock.requests.map((request) => request.query.qrcodeId));
    // Requests of one batch race each other; the first batch is gone, the last one all there.
    expect(Array.from({ length: 100 }, (_, i) => kept.has(`code-${i}`)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, (_, i) => kept.has(`code-${1000 + i}`)).every(Boolean)).toBe(true);
  });

  it('should keep none with 0, every one with Infinity, and refuse anything else', async () => {
    const none = mockWith({ maxRequests: 0 });
    await poll('a');
    expect(none.requests).toEqual([]);

    const all = mockWith({ maxRequests: Infinity });
    for (let i = 0; i < 3; i += 1) await poll(`code-${i}`);
    expect(all.requests.map((request) => request.query.qrcodeId)).toEqual(['code-0', 'code-1', 'code-2']);

    for (const maxRequests of [-1, 1.5, Number.NaN]) {
      expect(() => createFastpassMock({ maxRequests })).toThrow(`createFastpassMock: maxRequests must be a whole number from 0, or Infinity, not ${maxRequests}.`);
    }
  });

  it('should still mark an entry aborted after newer requests pushed it along, and forget all on reset', async () => {
    const mock = mockWith({ maxRequests: 3 });
    mock.fail({ type: 'hang' });
    const controller = new AbortController();
    const held = fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/get-app-login-qrcode-status?qrcodeId=held`, { headers: pageHeaders, signal: controller.signal });
    await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
    await poll('after');
    controller.abort();
    await expect(held).rejects.toThrow();
    expect(mock.requests.map((request) => [request.query.qrcodeId, request.aborted])).toEqual([
      ['held', true],
      ['after', false],
    ]);

    mock.reset();
    expect(mock.requests).toEqual([]);
    await poll('fresh');
    expect(mock.requests.map((request) => request.query.qrcodeId)).toEqual(['fresh']);
  });

  it('should hand out a frozen array that stays as it was when newer requests arrive', async () => {
    const mock = mockWith({ maxRequests: 2 });
    await poll('a');
    const before = mock.requests;
    expect(mock.requests).toBe(before);
    await poll('b');
    await poll('c');
    expect(before.map((request) => request.query.qrcodeId)).toEqual(['a']);
    expect(Object.isFrozen(mock.requests)).toBe(true);
  });
});

describe('given finished codes and a retention', () => {
  const RETENTION = 60_000;

  it('should answer the final status for the retention, then as an unknown code; and never forget a live code early', async () => {
    const mock = mockWith({ lifetimeMs: 120_000, codeRetentionMs: RETENTION });
    const [authorized, cancelled, expired, live] = [await newCode(), await newCode(), await newCode(), await newCode()];
    mock.scan(authorized);
    mock.confirm(authorized);
    await tokenApp('/api/v3/change-qrcode-status', { qrcodeId: cancelled, action: 'CANCEL' });
    mock.expire(expired);

    clock += RETENTION - 1;
    expect([await statusOf(authorized), await statusOf(cancelled), await statusOf(expired), await statusOf(live)]).toEqual([
      'AUTHORIZED',
      'CANCELLED',
      'EXPIRED',
      'PENDING',
    ]);

    clock += 1;
    const forgotten = await poll(authorized);
    expect(forgotten).toEqual({ httpStatus: 200, body: { statusCode: 404, message: '二维码不存在', requestId: expect.any(String) } });
    expect([await statusOf(cancelled), await statusOf(expired), await statusOf(live)]).toEqual(['statusCode 404', 'statusCode 404', 'PENDING']);
    expect(mock.codes().map((code) => code.qrcodeId)).toEqual([live]);

    // The live code lapses at its lifetime, and is answered EXPIRED for the retention after that.
    clock += 120_000 - RETENTION;
    expect(await statusOf(live)).toBe('EXPIRED');
    expect(mock.latestCode()).toMatchObject({ qrcodeId: live, status: 'EXPIRED', finishedAt: mock.latestCode()!.expiresAt });
    clock += RETENTION - 1;
    expect(await statusOf(live)).toBe('EXPIRED');
    clock += 1;
    expect(await statusOf(live)).toBe('statusCode 404');
    expect(mock.codes()).toEqual([]);
    expect(mock.latestCode()).toBeUndefined();
  });

  it('should record when each code finished', async () => {
    const mock = mockWith({ codeRetentionMs: RETENTION });
    const qrcodeId = await newCode();
    expect(mock.latestCode()!.finishedAt).toBeUndefined();
    clock += 1_000;
    mock.scan();
    expect(mock.latestCode()!.finishedAt).toBeUndefined();
    clock += 1_000;
    mock.cancel(qrcodeId);
    expect(mock.latestCode()).toMatchObject({ status: 'CANCELLED', finishedAt: clock });
  });

  it('should treat a forgotten code as unknown everywhere: the token app, the controls and latestCode', async () => {
    const mock = mockWith({ codeRetentionMs: RETENTION });
    const older = await newCode();
    const newest = await newCode();
    mock.cancel(newest);
    clock += RETENTION;

    expect(await tokenApp('/api/v3/qrcode-app-login', { qrcodeId: newest, action: 'APP_LOGIN' })).toMatchObject({ statusCode: 404 });
    expect(await tokenApp('/api/v3/change-qrcode-status', { qrcodeId: newest, action: 'SCAN' })).toMatchObject({ statusCode: 404 });
    expect(() => mock.scan(newest)).toThrow(`createFastpassMock: cannot scan: no QR code ${newest}.`);
    // The newest code kept is the older one, still live: the controls act on it.
    expect(mock.latestCode()!.qrcodeId).toBe(older);
    expect(mock.scan().qrcodeId).toBe(older);
    expect(await statusOf(older)).toBe('SCANNED');
  });

  it('should keep a finished code 5 minutes by default, or one lifetime when that is longer', async () => {
    const byDefault = mockWith({});
    const qrcodeId = await newCode();
    byDefault.cancel();
    clock += 5 * 60_000 - 1;
    expect(await statusOf(qrcodeId)).toBe('CANCELLED');
    clock += 1;
    expect(await statusOf(qrcodeId)).toBe('statusCode 404');

    const longLived = mockWith({ lifetimeMs: 10 * 60_000 });
    const long = await newCode();
    longLived.cancel();
    clock += 10 * 60_000 - 1;
    expect(await statusOf(long)).toBe('CANCELLED');
    clock += 1;
    expect(await statusOf(long)).toBe('statusCode 404');
  });

  it('should keep every code with Infinity, forget a finished one at once with 0, and refuse anything else', async () => {
    const forever = mockWith({ lifetimeMs: 1_000, codeRetentionMs: Infinity });
    const kept = await newCode();
    clock += 365 * 24 * 3_600_000;
    expect(await statusOf(kept)).toBe('EXPIRED');
    expect(forever.codes()).toHaveLength(1);

    const never = mockWith({ lifetimeMs: 1_000, codeRetentionMs: 0 });
    const cancelled = await newCode();
    const live = await newCode();
    never.cancel(cancelled);
    expect(await statusOf(cancelled)).toBe('statusCode 404');
    clock += 999;
    expect(await statusOf(live)).toBe('PENDING');

    for (const codeRetentionMs of [-5, 0.5]) {
      expect(() => createFastpassMock({ codeRetentionMs })).toThrow(/codeRetentionMs must be a whole number from 0, or Infinity/);
    }
  });

  it('should forget lazily, with no timer, following fake timers when no clock is given', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'setInterval'] });
    try {
      const mock = createFastpassMock({ codeRetentionMs: RETENTION });
      server.use(...mock.handlers);
      const qrcodeId = await newCode();
      mock.cancel();
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(RETENTION);
      expect(mock.codes()).toEqual([]);
      expect(await statusOf(qrcodeId)).toBe('statusCode 404');
    } finally {
      vi.useRealTimers();
    }
  });

  it('should never forget a code before its deadline when the clock goes back, and forget it after', async () => {
    const mock = mockWith({ codeRetentionMs: RETENTION });
    const start = clock;
    const first = await newCode();
    mock.cancel(first);
    clock -= 10 * 60_000;
    const second = await newCode();
    mock.cancel(second);
    clock += RETENTION - 1;
    expect(mock.codes().map((code) => code.qrcodeId)).toEqual([first, second]);
    clock = start + RETENTION;
    expect(mock.codes()).toEqual([]);
  });
});
