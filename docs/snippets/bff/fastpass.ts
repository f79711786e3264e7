import { createFastpassRequestHandler } from 'react-fastpass-qrcode/server';
import { readAccessToken } from './session';

/** A setting from the server's environment, or a clear error when it is missing. */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} in the server's environment.`);
  return value;
}

/**
 * The backend for frontend: the page's two Fastpass calls go to Authing from here, with the access token of the
 * session the request's cookie names. A Web-standard `(request: Request) => Promise<Response>`, for any server.
 */
export const fastpass = createFastpassRequestHandler({
  appHost: setting('AUTHING_APP_HOST'), // e.g. https://your-app.authing.cn
  appId: setting('AUTHING_APP_ID'),
  getAccessToken: readAccessToken,
  // Authing unreachable or too slow, for your logs; no error carries the token.
  onError: (error) => console.error('[fastpass]', error),
});
