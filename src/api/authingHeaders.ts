/**
 * The headers Authing's official Node SDK sends on a V3 authentication call: the application id always,
 * the signed-in user's access token raw (no `Bearer ` prefix) as `authorization`, `x-authing-lang` when a
 * language is set, and `content-type: application/json` on a body. The browser client and the server's
 * request handler both send exactly these, so they are written once, here.
 */
export function authingRequestHeaders(options: {
  appId: string;
  /** Absent: no `authorization` header at all (a server in front of Authing adds it). */
  accessToken?: string | undefined;
  lang?: string | undefined;
  /** Whether the request carries a JSON body. */
  hasJsonBody: boolean;
}): Record<string, string> {
  const headers: Record<string, string> = { 'x-authing-app-id': options.appId };
  if (options.accessToken !== undefined) headers.authorization = options.accessToken;
  if (options.lang) headers['x-authing-lang'] = options.lang;
  if (options.hasJsonBody) headers['content-type'] = 'application/json';
  return headers;
}
