/** Paths of the Authing V3 endpoints in the Fastpass flow, shared by the client and the mock. */
export const FASTPASS_ENDPOINTS = {
  /** Web: create a Fastpass QR code for the signed-in user. */
  geneFastpassQrcodeInfo: '/api/v3/gene-fastpass-qrcode-info',
  /** Web: poll the status of a QR code. */
  getAppLoginQrcodeStatus: '/api/v3/get-app-login-qrcode-status',
  /** Token app: the applications a scanned code can sign in to. */
  getFastpassClientApps: '/api/v3/get-fastpass-client-apps',
  /** Token app: authorize the scanned code. */
  qrcodeAppLogin: '/api/v3/qrcode-app-login',
  /** Token app, generic QR flow: SCAN, CONFIRM or CANCEL. */
  changeQrcodeStatus: '/api/v3/change-qrcode-status',
} as const satisfies Record<FastpassEndpointName, string>;

/** The endpoints by the client method's name (the mock's `FastpassMockEndpoint` spells them out the same). */
type FastpassEndpointName = 'geneFastpassQrcodeInfo' | 'getAppLoginQrcodeStatus' | 'getFastpassClientApps' | 'qrcodeAppLogin' | 'changeQrcodeStatus';

/** An app host without trailing slashes: `https://h/` and `https://h` are one host. */
export function normalizeAppHost(appHost: string): string {
  return appHost.replace(/\/+$/, '');
}

/** Joins an app host (with or without a trailing slash, with or without a path prefix) and an API path. */
export function joinUrl(appHost: string, path: string): string {
  return normalizeAppHost(appHost) + path;
}
