import { encodeFastpassPayload, useFastpassQrcode, type FastpassQrcodeInfo } from 'react-fastpass-qrcode';

// Every option of the hook, each at a value other than its default. All are optional.
export function useAccountFastpass(signedInLongEnough: boolean) {
  return useFastpassQrcode({
    generate: 'on-demand', // default 'on-mount'
    scope: 'openid profile', // the request's options; scope must contain openid
    context: { source: 'account-page' }, // Authing Pipeline's context
    customData: { department: 'sales' }, // custom user data, as configured in the Authing console
    enabled: signedInLongEnough, // false holds every request; default true
    refetchInterval: 2_000, // ms between status polls; default 1000
    lifetimeMs: 60_000, // the code's lifetime when the server does not say; default 120 000 (a server EXPIRED wins)
    maxAutoRefresh: 0, // expired codes replaced automatically before Refresh is needed; default 3
    maxPollFailures: 5, // polls that must fail in a row before the error state; default 3
    encode: (info: FastpassQrcodeInfo) => encodeFastpassPayload(info), // the QR payload; this is the default
    level: 'M', // the error correction level the code is drawn at; default 'L'
    onStatusChange: (state, previous) => console.info(`Fastpass: ${previous ?? 'start'} → ${state}`),
    onAuthorized: (_status, identity) => console.info(`${identity.user.displayName} signed in on the phone`),
  });
}
