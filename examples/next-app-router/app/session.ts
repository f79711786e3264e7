import { connection } from 'next/server';

export interface FastpassSession {
  appHost: string;
  appId: string;
  /** The signed-in user's access token; null when nobody is signed in. */
  accessToken: string | null;
}

/**
 * Who is signed in, read on the server for each request. A real app reads its session (cookies(), its
 * auth library) here; this example takes the Authing app and the token from the environment, which
 * `npm run dev` and the e2e tests point at the mock Authing.
 */
export async function readFastpassSession(): Promise<FastpassSession> {
  // A code is minted per request, never at build time: opt this route out of prerendering, as reading
  // cookies() would.
  await connection();
  const appHost = process.env.FASTPASS_APP_HOST;
  const appId = process.env.FASTPASS_APP_ID;
  if (!appHost || !appId) throw new Error('Set FASTPASS_APP_HOST and FASTPASS_APP_ID (see .env and README.md).');
  return { appHost, appId, accessToken: process.env.FASTPASS_ACCESS_TOKEN || null };
}
