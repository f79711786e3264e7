/** Where the browser reaches the resource route that forwards its Fastpass calls (app/routes.ts mounts it). */
export const FASTPASS_BFF_PATH = '/api/fastpass';

/** The Authing application, from the environment (see .env): read on the server only. */
export function fastpassApp(): { appHost: string; appId: string } {
  const appHost = process.env.FASTPASS_APP_HOST;
  const appId = process.env.FASTPASS_APP_ID;
  if (!appHost || !appId) throw new Error('Set FASTPASS_APP_HOST and FASTPASS_APP_ID (see .env and README.md).');
  return { appHost, appId };
}
