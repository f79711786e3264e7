// The session's rules at their edges (SECURITY.md, "Mutation testing"): who sends a token and who does not, which
// cached queries a new session drops and which it must leave alone, and the one retry after `unauthorized`. Through the
// public query options and the provider, over the mock Authing.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { FastpassError } from '../../../src/api/errors';
import { fastpassQrcodeQueryOptions, type FastpassQrcodeQueryConfig } from '../../../src/query/fastpassQrcodeQueryOptions';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
} from '../../../src/testing';
import { advance, createTestQueryClient, installFakeClock, settle, WhoseCode, WhoseCodePage } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

const app = { appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID };
const authorizations = () => mock.requests.map((request) => request.headers.authorization ?? 'none');

/** Asks for a code with the public query options, as a route loader does; resolves to the code or the error. */
async function fetchCode(config: Omit<FastpassQrcodeQueryConfig, 'appHost' | 'appId'>) {
  const queryClient = createTestQueryClient();
  const pending = queryClient.fetchQuery(fastpassQrcodeQueryOptions({ ...app, ...config })).then(
    (info) => ({ info }),
    (error: unknown) => ({ error }),
  );
  await settle();
  return pending;
}

describe('given how a page says who is signed in', () => {
  it.each<[string, Omit<FastpassQrcodeQueryConfig, 'appHost' | 'appId'>]>([
    ['a token and a session key', { accessToken: FASTPASS_MOCK_ACCESS_TOKEN, sessionKey: 'user-1' }],
    ['a token getter and a session key', { getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN, sessionKey: 'user-1' }],
    ['a token getter alone', { getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN }],
  ])('should send the token given by %s', async (_name, config) => {
    const { info } = (await fetchCode(config)) as { info: { user: unknown } };
    expect(info.user).toEqual(FASTPASS_MOCK_USER);
    expect(authorizations()).toEqual([FASTPASS_MOCK_ACCESS_TOKEN]);
  });

  it('should send no authorization at all for a session key alone (a server in front holds the token)', async () => {
    // The mock is Authing itself, so it answers 401/2020; the one retry goes without a token too.
    const { error } = (await fetchCode({ sessionKey: 'user-1' })) as { error: FastpassError };
    expect(error).toBeInstanceOf(FastpassError);
    expect(error.kind).toBe('unauthorized');
    expect(authorizations()).toEqual(['none', 'none']);
  });

  it('should send nothing at all when neither a token, a getter nor a session key is given', async () => {
    const { error } = (await fetchCode({})) as { error: FastpassError };
    expect(error).toBeInstanceOf(FastpassError);
    expect(error.kind).toBe('unauthorized');
    expect(mock.requests).toEqual([]);
  });

  it('should key a code by a fixed session name when only a getter is known, never by the token', () => {
    const { queryKey } = fastpassQrcodeQueryOptions({ ...app, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN });
    expect(queryKey).toEqual(['react-fastpass-qrcode', 'qrcode', { ...app, session: 'session', options: {} }]);
  });
});

describe('given Authing says the session is not signed in, with no onUnauthorized', () => {
  it('should try once more, reading the token afresh, and fail as unauthorized when that fails too', async () => {
    const tokens = ['revoked-token', 'expired-token'];
    const { error } = (await fetchCode({ getAccessToken: () => tokens.shift() })) as { error: FastpassError };
    expect(error).toBeInstanceOf(FastpassError);
    expect(error).toMatchObject({ kind: 'unauthorized', apiCode: 2020 });
    expect(authorizations()).toEqual(['revoked-token', 'expired-token']);
  });

  it('should not try again after another failure', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 500, apiCode: 2224 });
    const onUnauthorized = vi.fn();
    const { error } = (await fetchCode({ accessToken: FASTPASS_MOCK_ACCESS_TOKEN, onUnauthorized })) as { error: FastpassError };
    expect(error).toMatchObject({ kind: 'api', apiCode: 2224 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(mock.requests).toHaveLength(1);
  });
});

describe('given a custom client that fails with something that is no FastpassError', () => {
  it('should pass it on as it is, with no onUnauthorized and no second try, even when it says unauthorized', async () => {
    const notOurs = Object.assign(new Error('the transport refused'), { kind: 'unauthorized' });
    let calls = 0;
    const client = {
      geneFastpassQrcodeInfo: () => {
        calls += 1;
        return Promise.reject(notOurs);
      },
      getAppLoginQrCodeStatus: () => Promise.reject(notOurs),
    };
    const onUnauthorized = vi.fn();
    const { error } = (await fetchCode({ client, sessionKey: 'user-1', onUnauthorized })) as { error: unknown };
    expect(error).toBe(notOurs);
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(calls).toBe(1);
  });
});

describe('given a new session on a page whose cache holds more than this card', () => {
  it("should drop the previous user's code, and leave other apps', other hosts' and other libraries' queries alone", async () => {
    const queryClient = createTestQueryClient();
    const elsewhere = (config: Pick<FastpassQrcodeQueryConfig, 'appHost' | 'appId'>) =>
      fastpassQrcodeQueryOptions({ ...config, accessToken: FASTPASS_MOCK_ACCESS_TOKEN }).queryKey;
    const kept = [
      elsewhere({ appHost: FASTPASS_MOCK_APP_HOST, appId: 'another-app' }),
      elsewhere({ appHost: 'https://another.authing.cn', appId: FASTPASS_MOCK_APP_ID }),
      // Another library's keys, one shaped like ours after its first element, one with nothing after it.
      ['another-library', 'qrcode', { ...app, session: 'someone' }],
      ['another-library'],
    ];
    for (const key of kept) queryClient.setQueryData(key, { kept: true });

    const { rerender } = render(<WhoseCodePage queryClient={queryClient} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    await settle();
    expect(screen.getByRole('paragraph')).toHaveTextContent(`code of ${FASTPASS_MOCK_USER.displayName}: pending`);

    rerender(<WhoseCodePage queryClient={queryClient} accessToken={FASTPASS_MOCK_OTHER_ACCESS_TOKEN} />);
    await settle();
    expect(screen.getByRole('paragraph')).toHaveTextContent(`code of ${FASTPASS_MOCK_OTHER_USER.displayName}: pending`);

    const keys = queryClient.getQueryCache().getAll().map((query) => JSON.stringify(query.queryKey));
    for (const key of kept) expect(keys).toContain(JSON.stringify(key));
    // Of this app's codes, only the new user's is left.
    const ours = queryClient
      .getQueryCache()
      .findAll({ queryKey: elsewhere(app).slice(0, 2) })
      .filter((query) => expect.objectContaining(app).asymmetricMatch(query.queryKey[2]));
    expect(ours.map((query) => (query.state.data as { user: unknown }).user)).toEqual([FASTPASS_MOCK_OTHER_USER]);
    for (const key of kept) expect(queryClient.getQueryData(key)).toEqual({ kept: true });
  });
});

/** Never renders: the boundary above it shows its fallback and keeps what it showed before, hidden and not re-rendered. */
function Suspends(): never {
  throw new Promise<never>(() => {});
}

function SuspendingPage({ queryClient, accessToken, suspend }: { queryClient: QueryClient; accessToken: string; suspend: boolean }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider {...app} accessToken={accessToken}>
        <Suspense fallback={<p>waiting</p>}>
          <WhoseCode />
          {suspend ? <Suspends /> : null}
        </Suspense>
      </FastpassProvider>
    </QueryClientProvider>
  );
}

describe('given a card hidden by a suspended boundary while the session changes', () => {
  it("should send nothing more for the previous user's code: not with the new user's token, not at all", async () => {
    const queryClient = createTestQueryClient();
    const { rerender } = render(<SuspendingPage queryClient={queryClient} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} suspend={false} />);
    await settle();
    expect(screen.getByRole('paragraph')).toHaveTextContent(`code of ${FASTPASS_MOCK_USER.displayName}: pending`);
    const qrcodeId = mock.latestCode()!.qrcodeId;
    const pollsOf = () => mock.requests.filter((request) => request.endpoint === 'getAppLoginQrcodeStatus' && request.query.qrcodeId === qrcodeId);
    // The card polls its code, as the signed-in user.
    await advance(10_000);
    expect(pollsOf().length).toBeGreaterThan(0);
    expect(new Set(pollsOf().map((request) => request.headers.authorization))).toEqual(new Set([FASTPASS_MOCK_ACCESS_TOKEN]));

    // Another user signs in, and the boundary suspends in the same render: the card keeps its last render, hidden.
    rerender(<SuspendingPage queryClient={queryClient} accessToken={FASTPASS_MOCK_OTHER_ACCESS_TOKEN} suspend />);
    await settle();
    expect(screen.getByText('waiting')).toBeVisible();
    const before = pollsOf().length;
    await advance(30_000);
    expect(pollsOf().slice(before)).toEqual([]);
  });
});
