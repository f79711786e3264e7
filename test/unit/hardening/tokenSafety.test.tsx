import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { encodeFastpassPayload } from '../../../src/api/payload';
import type { FastpassMockFault } from '../../../src/testing';
import { FASTPASS_MOCK_USER } from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

/** A token that looks like the real thing, so that no substring of it appears by chance. */
const SECRET = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ6aGFuZ3NhbiJ9.c2VjcmV0LXNpZ25hdHVyZQ';
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

let consoleCalls: unknown[][];
let payloads: string[];
beforeEach(() => {
  mock.addSession(SECRET, FASTPASS_MOCK_USER);
  consoleCalls = [];
  payloads = [];
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args);
    });
  }
});

function describeValue(value: unknown): string {
  if (value instanceof Error) return `${value.message}\n${value.stack ?? ''}\n${describeValue(value.cause)}`;
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/**
 * Every place the token could leak to: the DOM, the QR payloads, the query keys and the whole
 * dehydrated cache (what SSR writes into HTML), every error the queries hold, console output, and the
 * URLs and bodies that went over the wire (only the `authorization` header may carry it).
 */
function everywhere(queryClient: QueryClient): string {
  const queries = queryClient.getQueryCache().getAll();
  return [
    document.documentElement.outerHTML,
    ...payloads,
    JSON.stringify(queries.map((query) => query.queryKey)),
    JSON.stringify(dehydrate(queryClient, { shouldDehydrateQuery: () => true })),
    ...queries.map((query) => describeValue(query.state.error)),
    ...consoleCalls.flat().map(describeValue),
    ...mock.requests.map((request) => `${request.url} ${JSON.stringify(request.query)} ${JSON.stringify(request.body)}`),
  ].join('\n');
}

function mountCard(props: Partial<FastpassQRCodeProps> = {}, provider: WrapperProps = {}) {
  const queryClient = createTestQueryClient();
  const encode = (info: Parameters<typeof encodeFastpassPayload>[0]) => {
    const payload = encodeFastpassPayload(info);
    payloads.push(payload);
    return payload;
  };
  render(<FastpassQRCode data-testid="card" encode={encode} {...props} />, {
    wrapper: createWrapper(queryClient, { lang: 'en-US', accessToken: SECRET, ...provider }),
  });
  return queryClient;
}

async function advanceBy(ms: number, step = 1_000) {
  for (let t = 0; t < ms; t += step) await advance(step);
}

const gene = { endpoint: 'geneFastpassQrcodeInfo' } as const;
const poll = { endpoint: 'getAppLoginQrcodeStatus' } as const;

type Scenario = [name: string, expectedState: string, run: () => Promise<void> | void, props?: Partial<FastpassQRCodeProps>, provider?: WrapperProps];

const SCENARIOS: Scenario[] = [
  ['loading (request in flight)', 'loading', () => mock.setLatency(60_000)],
  ['pending', 'pending', () => {}],
  ['scanned', 'scanned', async () => {
    await settle();
    mock.scan();
    await advance(1_000);
  }],
  ['authorized (the server sends a ticket)', 'authorized', async () => {
    await settle();
    mock.scan();
    mock.confirm();
    await advance(1_000);
  }],
  ['cancelled', 'cancelled', async () => {
    await settle();
    mock.cancel();
    await advance(1_000);
  }],
  ['expired', 'expired', () => advanceBy(3_000), { lifetimeMs: 2_000, maxAutoRefresh: 0 }],
  ...(
    [
      ['network', { type: 'network' }, 3],
      ['api (error envelope)', { type: 'envelope-error', statusCode: 500, apiCode: 2224, message: '用户池不存在' }, 3],
      ['api (429)', { type: 'rate-limit', retryAfterSeconds: 1 }, 3],
      ['api (HTML 502)', { type: 'html' }, 3],
      ['invalid-response', { type: 'malformed-json' }, 1],
    ] as Array<[string, FastpassMockFault, number]>
  ).map(([kind, fault, times]): Scenario => [`error ${kind}`, 'error', () => {
    mock.fail(fault, { ...gene, times });
    return advanceBy(10_000);
  }]),
  ['error timeout', 'error', () => {
    mock.fail({ type: 'hang' }, { ...gene, times: 3 });
    return advanceBy(15_000);
  }, {}, { timeoutMs: 2_000 }],
  ['error after failed polls', 'error', async () => {
    await settle();
    mock.fail({ type: 'server-error', httpStatus: 503 }, { ...poll, times: 3 });
    await advanceBy(5_000);
  }],
  ['unauthorized (Authing revoked the token; onUnauthorized, one retry)', 'error', () => {
    mock.revokeSession(SECRET);
    return settle();
  }],
  ['unauthorized (a gateway refuses the token and echoes it in its 401; onUnauthorized, one retry)', 'error', () => {
    mock.fail({ type: 'envelope-error', statusCode: 401, apiCode: 2020, message: `access token ${SECRET} is revoked` }, { ...gene, times: 2 });
    return settle();
  }],
];

const saysUnauthorized = (name: string) => name.startsWith('unauthorized');

describe.each(SCENARIOS)('given the %s state', (name, expectedState, run, props, provider) => {
  it('should keep the access token out of the DOM, the QR payload, query keys and cache, errors, console output and URLs', async () => {
    const onUnauthorized = vi.fn();
    const queryClient = mountCard(props, { onUnauthorized, ...provider });
    await run();
    await settle();
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', expectedState);
    // The token was in play: every request carried it, in the authorization header and nowhere else.
    expect(mock.requests.length).toBeGreaterThan(0);
    for (const request of mock.requests) expect(request.headers.authorization).toBe(SECRET);

    // The host application's onUnauthorized is called exactly when Authing refused the token (once per refusal
    // before the one retry), and the error it gets holds no token: the check cannot pass by never being made.
    if (saysUnauthorized(name)) {
      expect(onUnauthorized).toHaveBeenCalled();
      const messages = onUnauthorized.mock.calls.map(([error]) => describeValue(error));
      expect(messages.join('\n')).toMatch(/revoked|sign|登录/i);
      for (const message of messages) expect(message).not.toContain(SECRET);
    } else {
      expect(onUnauthorized).not.toHaveBeenCalled();
    }
    expect(everywhere(queryClient)).not.toContain(SECRET);
  });
});

describe('given a server that echoes the token back in its error message', () => {
  it('should still keep the token out of the error the hook and the host application see', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 400, message: `invalid access token: ${SECRET}` }, gene);
    const queryClient = mountCard();
    await settle();
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', 'error');
    const errors = queryClient.getQueryCache().getAll().map((query) => describeValue(query.state.error));
    expect(errors.join('\n')).toContain('invalid access token');
    expect(errors.join('\n')).not.toContain(SECRET);
    expect(everywhere(queryClient)).not.toContain(SECRET);
  });
});

describe('given a token read at request time', () => {
  it('should name the session by the sessionKey, never by the token, and put the token only in the header', async () => {
    const queryClient = mountCard({}, { accessToken: undefined, getAccessToken: async () => SECRET, sessionKey: 'user-42' });
    await settle();
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', 'pending');
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey))).toContain('user-42');
    expect(everywhere(queryClient)).not.toContain(SECRET);
  });
});
