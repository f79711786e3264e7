import {
  FastpassQRCode,
  type FastpassDisplayIdentity,
  type FastpassQrcodeStatus,
  type FastpassState,
} from 'react-fastpass-qrcode';

// What your page does when the code changes state: here, an analytics event and a message. Both are your own.
declare function track(event: string, data: Record<string, string | undefined>): void;
declare function showToast(message: string): void;

export function FastpassWithCallbacks() {
  return (
    <FastpassQRCode
      generate="on-demand"
      // Every transition, with the state before it (undefined on the first render).
      onStatusChange={(state: FastpassState, previous: FastpassState | undefined) =>
        track('fastpass-state', { state, previous })
      }
      // Once per code, when the phone confirms. `status` is the server's final answer: its ticket (and a token
      // set where your application is configured for one) is credential material; keep it off the screen and
      // out of logs.
      onAuthorized={(status: FastpassQrcodeStatus, identity: FastpassDisplayIdentity) =>
        showToast(`${identity.user.displayName} is signed in on the phone (${status.status})`)
      }
    />
  );
}
