import { createFastpassRequestHandler } from 'react-fastpass-qrcode/server';
import { readFastpassApp, readSignedInSession } from '../../../session';

const { appHost, appId } = readFastpassApp();

/**
 * The backend for frontend: the browser's two Fastpass calls (`POST /api/fastpass/api/v3/gene-fastpass-qrcode-info`,
 * `GET /api/fastpass/api/v3/get-app-login-qrcode-status`) go to Authing from here, with the access token from the
 * session cookie. The page's provider points `appHost` at `/api/fastpass` and holds no token.
 */
const handler = createFastpassRequestHandler({
  appHost,
  appId,
  getAccessToken: async () => (await readSignedInSession())?.accessToken,
  onError: (error) => console.error('[fastpass]', error),
});

export const GET = handler;
export const POST = handler;
