import { createMemorySessionStorage, redirect } from 'react-router';

interface SessionData {
  userId: string;
  /** The user's Authing access token, as the sign-in received it. It never leaves the server. */
  accessToken: string;
  displayName: string;
}

export interface SignedInUser {
  id: string;
  accessToken: string;
  displayName: string;
}

const secret = process.env.SESSION_SECRET;
if (!secret) throw new Error('Set SESSION_SECRET (see .env and README.md): it signs the session cookie.');

// The session lives on the server and the cookie carries only its signed id, so the access token is not in
// the browser, not even in an HttpOnly cookie. Memory keeps this example small: an app with more than one
// process keeps its sessions in a database or Redis (createSessionStorage) behind the same cookie.
const storage = createMemorySessionStorage<SessionData>({
  cookie: {
    name: '__session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secrets: [secret],
    secure: process.env.NODE_ENV === 'production',
  },
});

export async function readUser(request: Request): Promise<SignedInUser | undefined> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const id = session.get('userId');
  const accessToken = session.get('accessToken');
  if (!id || !accessToken) return undefined;
  return { id, accessToken, displayName: session.get('displayName') ?? id };
}

/** The signed-in user, or a redirect to /login that comes back here. */
export async function requireUser(request: Request): Promise<SignedInUser> {
  const user = await readUser(request);
  if (user) return user;
  const { pathname, search } = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: pathname + search })}`);
}

/** Starts a session for a user whose sign-in succeeded; returns the Set-Cookie header. */
export async function startSession(user: SignedInUser): Promise<string> {
  const session = await storage.getSession();
  session.set('userId', user.id);
  session.set('accessToken', user.accessToken);
  session.set('displayName', user.displayName);
  return storage.commitSession(session);
}

/** Changes the signed-in user's display name; returns the Set-Cookie header. */
export async function saveDisplayName(request: Request, displayName: string): Promise<string> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  session.set('displayName', displayName);
  return storage.commitSession(session);
}
