import { createFastpassRequestHandler } from 'react-fastpass-qrcode/server';
import { fastpassApp } from './fastpassApp.server';
import { readUser } from './session.server';

/**
 * The backend for frontend of /account/bff: the page's two Fastpass calls, sent on to Authing with the token
 * of the session the request's cookie names. No session: Authing's own "not signed in" answer, and Authing
 * hears nothing.
 */
export const handleFastpassRequest = createFastpassRequestHandler({
  ...fastpassApp(),
  getAccessToken: async (request) => (await readUser(request))?.accessToken,
  // Authing unreachable or too slow, for the server's log; no error carries the token.
  onError: (error) => console.error(error),
});
