/**
 * A stand-in for your session store. The browser holds only a random session id, in an HttpOnly cookie; the Authing
 * access token your sign-in received stays here, on the server. Use your framework's session library, and a database
 * or Redis once there is more than one server process: what matters is that the token never leaves the server.
 */
const sessions = new Map<string, { accessToken: string }>();

/**
 * Starts a session at the end of your sign-in (Authing's OIDC callback gives you the user's access token) and returns
 * the `Set-Cookie` value for the answer. `Secure`: browsers keep it on https, and on http://localhost only.
 */
export function startSession(accessToken: string): string {
  const id = crypto.randomUUID();
  sessions.set(id, { accessToken });
  return `sid=${id}; HttpOnly; Secure; SameSite=Lax; Path=/`;
}

/** The signed-in user's Authing access token for this request, from the session its cookie names; undefined if none. */
export function readAccessToken(request: Request): string | undefined {
  const id = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return id === undefined ? undefined : sessions.get(id)?.accessToken;
}
