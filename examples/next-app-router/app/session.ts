import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';
import { connection } from 'next/server';

/** The Authing application the server talks to. */
export interface FastpassApp {
  appHost: string;
  appId: string;
}

export interface FastpassSession extends FastpassApp {
  /** The signed-in user's access token; null when nobody is signed in. */
  accessToken: string | null;
}

/**
 * The Authing application, from the environment: `.env` names the mock Authing that `npm run dev` starts, and
 * the e2e tests point it at theirs.
 */
export function readFastpassApp(): FastpassApp {
  const appHost = process.env.FASTPASS_APP_HOST;
  const appId = process.env.FASTPASS_APP_ID;
  if (!appHost || !appId) throw new Error('Set FASTPASS_APP_HOST and FASTPASS_APP_ID (see .env and README.md).');
  return { appHost, appId };
}

/**
 * Who is signed in, for the pages that hand the token to the browser (`/account` and the pages beside it):
 * the token comes from the environment. The backend-for-frontend page reads the cookie session below instead.
 */
export async function readFastpassSession(): Promise<FastpassSession> {
  // A code is minted per request, never at build time: opt this route out of prerendering, as reading
  // cookies() would.
  await connection();
  return { ...readFastpassApp(), accessToken: process.env.FASTPASS_ACCESS_TOKEN || null };
}

/** A signed-in user and their Authing access token, which never leaves the server. */
export interface SignedInSession {
  user: { id: string };
  accessToken: string;
}

/**
 * The session cookie: iron-session seals (encrypts and signs) what it holds with SESSION_SECRET, so the browser
 * keeps only ciphertext it can neither read nor forge, and the cookie is HttpOnly, so no script sees even that.
 * Nothing to store on the server: any process holding the secret reads it.
 */
async function openCookieSession() {
  const password = process.env.SESSION_SECRET;
  if (!password || password.length < 32) throw new Error('Set SESSION_SECRET to 32 characters or more (see .env and README.md).');
  return getIronSession<Partial<SignedInSession>>(await cookies(), { cookieName: 'fastpass-example-session', password });
}

/** The session the request's cookie names, or null when nobody is signed in. */
export async function readSignedInSession(): Promise<SignedInSession | null> {
  const { user, accessToken } = await openCookieSession();
  return user && accessToken ? { user, accessToken } : null;
}

/**
 * Starts a session as the user `.env` names (FASTPASS_USER_ID, FASTPASS_ACCESS_TOKEN). It stands in for the end
 * of a real sign-in: Authing's OIDC callback gives the user's id and access token, and they go here.
 */
export async function startSession(): Promise<void> {
  const id = process.env.FASTPASS_USER_ID;
  const accessToken = process.env.FASTPASS_ACCESS_TOKEN;
  if (!id || !accessToken) throw new Error('Set FASTPASS_USER_ID and FASTPASS_ACCESS_TOKEN (see .env and README.md).');
  const session = await openCookieSession();
  session.user = { id };
  session.accessToken = accessToken;
  await session.save();
}
