import type { FastpassLabels } from './types';

export type { FastpassLabels };
export type { FastpassErrorKind } from '../api/errors';

/** English (United States). */
export const enUS: FastpassLabels = {
  codeTitle: (user, userpool) => `Fastpass QR code for ${user} at ${userpool}`,
  codeRegion: 'Fastpass QR code',
  loading: 'Generating the QR code…',
  stillLoading: 'Still waiting for Authing…',
  ready: 'QR code ready: scan it with Authing Token',
  hint: 'Scan with the Authing Token app to sign in with Fastpass',
  countdown: (seconds) => `Expires in ${seconds} s`,
  scanned: 'Scanned: confirm on your phone',
  scannedBy: (name) => `Scanned by ${name}`,
  authorized: 'Confirmed: Fastpass complete',
  cancelled: 'Cancelled on the phone',
  expired: 'The QR code has expired',
  refresh: 'Refresh QR code',
  retry: 'Retry',
  idle: 'Whoever scans this code is signed in to your account on their phone',
  show: 'Show code',
  hide: 'Hide code',
  hiddenInBackground: 'The code is hidden while this page is in the background',
  printed: 'The QR code is not printed',
  notYou: 'Not you? Change your password now',
  signedOut: 'Sign in to use Fastpass',
  errors: {
    network: 'You seem to be offline: check your network',
    timeout: 'The request timed out: try again',
    unauthorized: 'Your session has expired: sign in again',
    api: 'Something went wrong on the server: try again later',
    'invalid-response': 'The server sent something we could not read',
    aborted: 'The request was cancelled',
  },
  requestId: (id) => `Request ID: ${id}`,
};
