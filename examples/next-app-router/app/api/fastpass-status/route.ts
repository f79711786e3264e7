import { createFastpassClient, isFastpassError } from 'react-fastpass-qrcode';
import { readFastpassSession } from '../../session';

/**
 * A Route Handler that asks Authing where a code stands, on the server: what a backend does to check a
 * Fastpass sign-in without trusting the browser. `createFastpassClient` has no React in it, so it runs here
 * (the package's main entry is not a client module).
 */
export async function GET(request: Request) {
  const qrcodeId = new URL(request.url).searchParams.get('qrcodeId');
  if (!qrcodeId) return Response.json({ error: 'qrcodeId is required' }, { status: 400 });
  const { appHost, appId, accessToken } = await readFastpassSession();
  const client = createFastpassClient({ appHost, appId, getAccessToken: () => accessToken });
  try {
    const { status } = await client.getAppLoginQrCodeStatus({ qrcodeId });
    return Response.json({ qrcodeId, status });
  } catch (error) {
    if (isFastpassError(error)) return Response.json({ error: error.kind, statusCode: error.statusCode }, { status: 502 });
    throw error;
  }
}
