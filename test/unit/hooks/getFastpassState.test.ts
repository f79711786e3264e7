// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { getFastpassState, type FastpassStateInput } from '../../../src/hooks/getFastpassState';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';

const info = { scene: 'FASTPASS', qrcodeId: 'qr-1', apiHost: FASTPASS_MOCK_APP_HOST, user: FASTPASS_MOCK_USER, appId: FASTPASS_MOCK_APP_ID, userpool: FASTPASS_MOCK_USERPOOL };
const base: FastpassStateInput = { signedIn: true, wanted: true, info, infoError: null, status: { status: 'PENDING' }, statusError: null, lapsed: false };
const network = new FastpassError('network', 'offline');

describe('given getFastpassState', () => {
  it.each<[string, Partial<FastpassStateInput>, string]>([
    ['no session', { signedIn: false }, 'signed-out'],
    ['no session and no code wanted', { signedIn: false, wanted: false }, 'signed-out'],
    ['no code wanted (on demand, or hidden)', { wanted: false }, 'idle'],
    ['no code wanted, an old one still known', { wanted: false, status: { status: 'SCANNED' } }, 'idle'],
    ['no token found (nothing sent)', { info: undefined, infoError: new FastpassError('unauthorized', 'no token') }, 'signed-out'],
    ['a server 401', { info: undefined, infoError: new FastpassError('unauthorized', '401', { httpStatus: 200, statusCode: 401 }) }, 'error'],
    ['no code yet', { info: undefined, status: undefined }, 'loading'],
    ['a failed code request', { info: undefined, infoError: network }, 'error'],
    ['a fresh code', {}, 'pending'],
    ['SCANNED', { status: { status: 'SCANNED' } }, 'scanned'],
    ['AUTHORIZED', { status: { status: 'AUTHORIZED' } }, 'authorized'],
    ['CANCELLED', { status: { status: 'CANCELLED' } }, 'cancelled'],
    ['a server EXPIRED before the local deadline', { status: { status: 'EXPIRED' } }, 'expired'],
    ['the local deadline', { lapsed: true }, 'expired'],
    ['the local deadline while scanned', { lapsed: true, status: { status: 'SCANNED' } }, 'expired'],
    ['AUTHORIZED after the local deadline (the server said it last)', { lapsed: true, status: { status: 'AUTHORIZED' } }, 'authorized'],
    ['a server ERROR status', { status: { status: 'ERROR' } }, 'error'],
    ['polls that kept failing', { statusError: network }, 'error'],
    ['no session even with an old code', { signedIn: false, status: { status: 'SCANNED' } }, 'signed-out'],
  ])('should map %s to the right state', (_name, input, state) => {
    expect(getFastpassState({ ...base, ...input }).state).toBe(state);
  });

  it('should carry who scanned, the final status and the error where they belong', () => {
    const scannedBy = { displayName: 'Someone', photo: '' };
    expect(getFastpassState({ ...base, status: { status: 'SCANNED', briefUserInfo: scannedBy } })).toEqual({ state: 'scanned', info, scannedBy });
    expect(getFastpassState({ ...base, status: { status: 'AUTHORIZED', ticket: 't' } })).toEqual({ state: 'authorized', info, status: { status: 'AUTHORIZED', ticket: 't' } });
    expect(getFastpassState({ ...base, statusError: network })).toEqual({ state: 'error', info, error: network });
  });
});
