// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { deriveFastpassResult, type FastpassResultInput } from '../../../src/query/deriveFastpassResult';
import type { FastpassResultBase } from '../../../src/query/fastpassResult';
import { QR_BYTE_CAPACITY } from '../../../src/query/qrCapacity';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';

const info = { scene: 'FASTPASS', qrcodeId: 'qr-1', apiHost: FASTPASS_MOCK_APP_HOST, user: FASTPASS_MOCK_USER, appId: FASTPASS_MOCK_APP_ID, userpool: FASTPASS_MOCK_USERPOOL };
const base: FastpassResultInput = {
  signedIn: true,
  wanted: true,
  info,
  infoError: null,
  issuedAt: 1_000,
  lifetimeMs: 120_000,
  status: { status: 'PENDING' },
  statusError: null,
  lapsed: false,
  encode: encodeFastpassPayload,
  level: 'M',
  concealed: undefined,
};
const identity = {
  user: { displayName: FASTPASS_MOCK_USER.displayName, photo: FASTPASS_MOCK_USER.photo },
  userpool: { displayName: FASTPASS_MOCK_USERPOOL.displayName, photo: FASTPASS_MOCK_USERPOOL.photo },
};
const network = new FastpassError('network', 'offline');
const controls: FastpassResultBase = { refresh: () => {}, show: () => {}, hide: () => {}, isRefreshing: false, isPageHidden: false };
const build = (input: FastpassResultInput) => deriveFastpassResult(input, controls);

describe('given deriveFastpassResult', () => {
  it.each<[string, Partial<FastpassResultInput>, string]>([
    ['no session', { signedIn: false }, 'signed-out'],
    ['no session and no code wanted', { signedIn: false, wanted: false }, 'signed-out'],
    ['no code wanted (on demand, or hidden)', { wanted: false }, 'idle'],
    ['no code wanted, an old one still known', { wanted: false, status: { status: 'SCANNED' } }, 'idle'],
    ['no token found (nothing sent)', { info: undefined, infoError: new FastpassError('unauthorized', 'no token') }, 'signed-out'],
    ['a server 401', { info: undefined, infoError: new FastpassError('unauthorized', '401', { httpStatus: 200, statusCode: 401 }) }, 'error'],
    ['no code yet', { info: undefined, status: undefined }, 'loading'],
    ['a fresh code before its first status', { status: undefined }, 'pending'],
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
    expect(build({ ...base, ...input }).state).toBe(state);
  });

  it('should carry who scanned, the identity and the error where they belong', () => {
    const scannedBy = { displayName: 'Someone', photo: '' };
    expect(build({ ...base, status: { status: 'SCANNED', briefUserInfo: scannedBy } })).toMatchObject({ state: 'scanned', identity, scannedBy });
    expect(build({ ...base, status: { status: 'AUTHORIZED', ticket: 't' } })).toMatchObject({ state: 'authorized', identity });
    // Authing names who scanned and confirmed on the final status too: the authorized result says it.
    expect(build({ ...base, status: { status: 'AUTHORIZED', ticket: 't', briefUserInfo: scannedBy } })).toMatchObject({ state: 'authorized', scannedBy });
    expect(build({ ...base, statusError: network })).toMatchObject({ state: 'error', identity, error: network });
  });

  it('should keep the code identifiers and the ticket out of every field: names and photos only', () => {
    const scanner = { displayName: 'Someone', photo: '', qrcodeId: 'qr-1', appId: FASTPASS_MOCK_APP_ID };
    for (const status of [{ status: 'SCANNED', briefUserInfo: scanner }, { status: 'AUTHORIZED', ticket: 'ticket-1', briefUserInfo: scanner }] as const) {
      const result = build({ ...base, status });
      expect(result.identity).toStrictEqual(identity);
      expect(result.scannedBy).toStrictEqual({ displayName: 'Someone', photo: '' });
      const text = JSON.stringify(result);
      for (const secret of ['qr-1', 'ticket-1', '"FASTPASS"', FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER.id, FASTPASS_MOCK_USERPOOL.id]) expect(text).not.toContain(secret);
    }
  });

  it('should give the payload only while pending, and the deadline only while the code is live', () => {
    expect(build(base)).toMatchObject({ state: 'pending', payload: encodeFastpassPayload(info), expiresAt: 121_000 });
    expect(build({ ...base, status: { status: 'SCANNED' } })).toMatchObject({ payload: undefined, expiresAt: 121_000 });
    for (const status of ['AUTHORIZED', 'CANCELLED', 'EXPIRED'] as const) {
      expect(build({ ...base, status: { status } })).toMatchObject({ payload: undefined, expiresAt: undefined });
    }
    expect(build({ ...base, wanted: false })).toMatchObject({ identity: undefined, payload: undefined, expiresAt: undefined });
  });

  it.each(['page-hidden', 'printing'] as const)('should withhold the payload of a live code while %s, and say so', (concealed) => {
    const result = build({ ...base, concealed });
    expect(result).toMatchObject({ state: 'pending', payload: undefined, concealed, expiresAt: 121_000, identity });
    expect(Object.values(result)).not.toContain(encodeFastpassPayload(info));
    // Concealment changes nothing else: a scanned code has no payload either way, an expired one stays expired.
    expect(build({ ...base, concealed, status: { status: 'SCANNED' } })).toMatchObject({ state: 'scanned', payload: undefined, concealed: undefined });
    expect(build({ ...base, concealed, lapsed: true })).toMatchObject({ state: 'expired', concealed: undefined });
  });

  it('should make a payload that outgrows a QR code at the level an error, not a code', () => {
    const fits = 'x'.repeat(QR_BYTE_CAPACITY.H);
    expect(build({ ...base, level: 'H', encode: () => fits })).toMatchObject({ state: 'pending', payload: fits });
    const result = build({ ...base, level: 'H', encode: () => `${fits}é` });
    expect(result).toMatchObject({ state: 'error', payload: undefined, expiresAt: undefined, identity });
    expect(result.error).toMatchObject({ kind: 'invalid-response' });
    expect(build({ ...base, level: 'L', encode: () => `${fits}é` }).state).toBe('pending');
  });

  it('should build one error per ERROR status answer, not one per render, and say what Authing reported', () => {
    const status = { status: 'ERROR' } as const;
    const first = build({ ...base, status });
    expect(first.error).toBeInstanceOf(FastpassError);
    expect(first.error).toMatchObject({ kind: 'api', message: 'Authing reported the QR code in status ERROR.' });
    expect(build({ ...base, status }).error).toBe(first.error);
  });

  it('should give the same identity and scanner objects for the same answers, so that a view built from them need not render again', () => {
    const scanner = { displayName: 'Someone', photo: '' };
    const status = { status: 'SCANNED', briefUserInfo: scanner } as const;
    const first = build({ ...base, status });
    const again = build({ ...base, status });
    expect(again.identity).toBe(first.identity);
    expect(again.scannedBy).toBe(first.scannedBy);
    // A person on two answers is one profile: the user who scanned, as the code's user.
    expect(build({ ...base, status: { status: 'SCANNED', briefUserInfo: info.user } }).scannedBy).toBe(first.identity?.user);
  });
});
