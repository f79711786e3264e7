import { createFastpassClient, type AccessTokenGetter, type FastpassClient } from '../api/client';
import { normalizeAppHost } from '../api/endpoints';
import { FastpassError, isFastpassError } from '../api/errors';
import { FASTPASS_QUERY_SCOPE } from './fastpassQueryKeys';
import { fingerprint } from './fingerprint';

// The signed-in session, in one place: how it is named, how its token is read, how its client is built,
// how a query key says whose it is, and how a request is sent (or not) on its behalf. The provider and
// the public query options both go through here.

/** Who a query belongs to: the application, and the signed-in session (a name, never the token). */
export interface FastpassSessionIdentity {
  /** The application's host, without trailing slashes. */
  appHost: string;
  appId: string;
  /** A session key, a fingerprint of the access token, or `UNNAMED_SESSION`. */
  session: string;
}

/** The session name used when only `getAccessToken` is known: pass `sessionKey` to tell sessions apart. */
export const UNNAMED_SESSION = 'session';

/** How a page says who is signed in: the provider's props and the query options' config alike. */
export interface FastpassSessionSettings {
  /** The Authing application's host, e.g. `https://example.authing.cn`. */
  appHost: string;
  /** The Authing application id. */
  appId: string;
  /**
   * The signed-in user's access token, sent as `authorization`. `null` is signed out: nothing is requested.
   * Leave it (and `getAccessToken`) out, and give `sessionKey`, when a server in front of Authing holds the token
   * (`react-fastpass-qrcode/server`): requests then carry no authorization, and the token is nowhere in the browser.
   */
  accessToken?: string | null | undefined;
  /** Reads the token at request time; wins over `accessToken`. */
  getAccessToken?: AccessTokenGetter | undefined;
  /**
   * Names the session (e.g. the user id). Default: a fingerprint of `accessToken`. Set it with `getAccessToken`, so
   * that signing in as someone else drops the previous user's code, and alone when a server holds the token.
   */
  sessionKey?: string | undefined;
  /** A ready client (tests, custom transports); the settings below are then unused. */
  client?: FastpassClient | undefined;
  /** Sent as `x-authing-lang`. */
  lang?: string | undefined;
  /** The fetch to use. Default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Request timeout in ms. Default: 12 000. */
  timeoutMs?: number | undefined;
}

type SessionNaming = Pick<FastpassSessionSettings, 'sessionKey' | 'accessToken' | 'getAccessToken'>;

/** The session's name: an explicit key, a token fingerprint, a fixed name for a bare getter; undefined when signed out. */
export function resolveSession(settings: SessionNaming): string | undefined {
  if (settings.sessionKey) return settings.sessionKey;
  if (settings.accessToken) return fingerprint(settings.accessToken);
  return settings.getAccessToken ? UNNAMED_SESSION : undefined;
}

/** The identity queries are keyed by. */
export function identityOf(settings: SessionNaming & Pick<FastpassSessionSettings, 'appHost' | 'appId'>): FastpassSessionIdentity {
  return { appHost: normalizeAppHost(settings.appHost), appId: settings.appId, session: resolveSession(settings) ?? UNNAMED_SESSION };
}

/** The rule for reading the token: the getter wins over the token. */
export function readAccessToken(settings: Pick<FastpassSessionSettings, 'accessToken' | 'getAccessToken'>): ReturnType<AccessTokenGetter> {
  return settings.getAccessToken ? settings.getAccessToken() : settings.accessToken;
}

/**
 * Whether the token stays on a server in front of Authing (a backend for frontend): a session is named, and
 * neither a token nor a way to read one is given. Requests then carry no authorization at all.
 */
export function isServerHeldSession(settings: Pick<FastpassSessionSettings, 'sessionKey' | 'accessToken' | 'getAccessToken'>): boolean {
  return Boolean(settings.sessionKey) && settings.accessToken === undefined && !settings.getAccessToken;
}

/**
 * The client for these settings: the given one, or one built from them. `getAccessToken` defaults to reading the
 * settings; the provider passes one that reads its latest props at request time. A server-held session gets a
 * client that sends no token.
 */
export function createSessionClient(
  settings: FastpassSessionSettings,
  getAccessToken: AccessTokenGetter = () => readAccessToken(settings),
): FastpassClient {
  return (
    settings.client ??
    createFastpassClient({
      appHost: settings.appHost,
      appId: settings.appId,
      lang: settings.lang,
      fetch: settings.fetch,
      timeoutMs: settings.timeoutMs,
      getAccessToken: isServerHeldSession(settings) ? undefined : getAccessToken,
    })
  );
}

/**
 * Whether a query key is one of ours, for the same application, but not for `current` session (when
 * nobody is signed in, `undefined`: then every session's key is another's).
 */
export function isOtherSessionKey(queryKey: readonly unknown[], app: Omit<FastpassSessionIdentity, 'session'>, current: string | undefined): boolean {
  const owner = queryKey[0] === FASTPASS_QUERY_SCOPE ? (queryKey[2] as Partial<FastpassSessionIdentity> | undefined) : undefined;
  return owner?.appHost === app.appHost && owner.appId === app.appId && owner.session !== current;
}

/** Called when Authing says the session is not signed in; refresh the token here. One retry follows. */
export type OnUnauthorized = (error: FastpassError) => unknown;

/** What every query of this library needs to send for its session: the client and whose it is. */
export interface FastpassSession {
  client: FastpassClient;
  identity: FastpassSessionIdentity;
  /** Called on `unauthorized`, before the one retry. */
  onUnauthorized?: OnUnauthorized | undefined;
  /** False once the provider has moved on to another session: then nothing is sent. */
  isCurrentSession?: ((session: string) => boolean) | undefined;
}

/**
 * How every query function sends: nothing at all for a session that is no longer current (a component
 * hidden by a suspended boundary has not re-rendered since the switch, and the client would send the new
 * session's token for the old session's code); then the request, and if it fails as `unauthorized`, the
 * host application's `onUnauthorized` (to refresh its token) and exactly one more try, reading the token
 * afresh. A second failure is final.
 */
export async function sendForSession<T>(session: FastpassSession, call: () => Promise<T>): Promise<T> {
  if (session.isCurrentSession?.(session.identity.session) === false) {
    throw new FastpassError('aborted', 'The session changed: nothing was sent for the previous session.');
  }
  try {
    return await call();
  } catch (error) {
    if (!isFastpassError(error) || error.kind !== 'unauthorized') throw error;
    await session.onUnauthorized?.(error);
    return call();
  }
}
