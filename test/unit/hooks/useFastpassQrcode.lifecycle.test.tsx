import { renderHook } from '@testing-library/react';
import { encodeFastpassPayload } from '../../../src/api/payload';
import type { FastpassState } from '../../../src/query/fastpassResult';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import type { UseFastpassQrcodeOptions } from '../../../src/react/useFastpassQrcodeOptions';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, settle, installFakeClock, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

function renderFastpass(options: UseFastpassQrcodeOptions = {}, provider: WrapperProps = {}) {
  const queryClient = createTestQueryClient();
  const view = renderHook((props: UseFastpassQrcodeOptions) => useFastpassQrcode(props), {
    initialProps: options,
    wrapper: createWrapper(queryClient, provider),
  });
  return { ...view, queryClient };
}

const sent = (endpoint: string) => mock.requests.filter((request) => request.endpoint === endpoint).length;
const polls = () => sent('getAppLoginQrcodeStatus');
const codesAsked = () => sent('geneFastpassQrcodeInfo');

describe('given useFastpassQrcode', () => {
  describe('when nobody is signed in', () => {
    it('should be signed-out and send nothing when there is no token', async () => {
      const { result } = renderFastpass({}, { accessToken: null });
      await settle();
      expect(result.current.state).toBe('signed-out');
      expect(result.current.identity).toBeUndefined();
      expect(mock.requests).toHaveLength(0);
    });

    it('should be signed-out and send nothing when getAccessToken finds no token', async () => {
      const { result } = renderFastpass({}, { accessToken: undefined, getAccessToken: () => null });
      await settle();
      expect(result.current.state).toBe('signed-out');
      expect(mock.requests).toHaveLength(0);
    });
  });

  describe('when a code arrives', () => {
    it('should go loading → pending with the identity, the payload and the expiry, in one request', async () => {
      const { result } = renderFastpass();
      expect(result.current.state).toBe('loading');
      const started = Date.now();
      await settle();

      expect(result.current.state).toBe('pending');
      if (result.current.state !== 'pending') throw new Error('narrowing');
      // Names and photos only: the code's identifiers are in the payload and nowhere else.
      expect(result.current.identity).toEqual({
        user: { displayName: FASTPASS_MOCK_USER.displayName, photo: FASTPASS_MOCK_USER.photo },
        userpool: { displayName: FASTPASS_MOCK_USERPOOL.displayName, photo: FASTPASS_MOCK_USERPOOL.photo },
      });
      expect(result.current.payload).toBe(encodeFastpassPayload(mock.latestCode()!.info));
      expect(result.current.expiresAt).toBe(started + 120_000);
      expect(codesAsked()).toBe(1);
      expect(polls()).toBe(0);
    });

    it('should send the request options and use a custom encoder', async () => {
      const { result } = renderFastpass({
        scope: 'openid profile',
        customData: { plan: 'pro' },
        encode: (info) => `custom:${info.qrcodeId}`,
      });
      await settle();
      expect(mock.requests[0]!.body).toEqual({ options: { scope: 'openid profile', customData: { plan: 'pro' } } });
      expect(result.current.payload).toBe(`custom:${mock.latestCode()!.qrcodeId}`);
    });

    it('should ask again when the request options change (they are part of the key)', async () => {
      const { rerender } = renderFastpass({ scope: 'openid' });
      await settle();
      rerender({ scope: 'openid profile' });
      await settle();
      expect(codesAsked()).toBe(2);
    });

    it('should hold every request while enabled is false', async () => {
      const { result, rerender } = renderFastpass({ enabled: false });
      await advance(5_000);
      expect(mock.requests).toHaveLength(0);
      expect(result.current.state).toBe('loading');
      rerender({ enabled: true });
      await settle();
      expect(result.current.state).toBe('pending');
    });
  });

  describe('when the token app acts', () => {
    it('should follow pending → scanned → authorized through polling, and then stop polling', async () => {
      const onAuthorized = vi.fn();
      const { result } = renderFastpass({ onAuthorized });
      await settle();

      await advance(1_000);
      expect(polls()).toBe(1);
      expect(result.current.state).toBe('pending');

      mock.scan();
      await advance(1_000);
      expect(result.current.state).toBe('scanned');
      expect(result.current.scannedBy).toEqual({ displayName: FASTPASS_MOCK_USER.displayName, photo: FASTPASS_MOCK_USER.photo });
      // One phone has the code: there is nothing left to draw for a second one.
      expect(result.current.payload).toBeUndefined();

      mock.confirm();
      await advance(1_000);
      expect(result.current.state).toBe('authorized');
      expect(result.current.payload).toBeUndefined();
      // Who confirmed, as the server's final status names them.
      expect(result.current.scannedBy).toEqual({ displayName: FASTPASS_MOCK_USER.displayName, photo: FASTPASS_MOCK_USER.photo });
      expect(onAuthorized).toHaveBeenCalledTimes(1);
      expect(onAuthorized).toHaveBeenCalledWith(
        expect.objectContaining({ status: 'AUTHORIZED', ticket: expect.any(String) }),
        result.current.identity,
      );
      // The ticket is onAuthorized's alone: the result a UI draws from holds no status.
      expect(result.current).not.toHaveProperty('status');

      const pollsAtTheEnd = polls();
      await advance(10_000);
      expect(polls()).toBe(pollsAtTheEnd);
      expect(onAuthorized).toHaveBeenCalledTimes(1);
    });

    it('should reach cancelled and stop polling', async () => {
      const { result } = renderFastpass();
      await settle();
      mock.cancel();
      await advance(1_000);
      expect(result.current.state).toBe('cancelled');
      expect(result.current.payload).toBeUndefined();
      const count = polls();
      await advance(5_000);
      expect(polls()).toBe(count);
    });

    it('should report every transition to onStatusChange with the previous state', async () => {
      const changes: [FastpassState, FastpassState | undefined][] = [];
      renderFastpass({ onStatusChange: (state, previous) => changes.push([state, previous]) });
      await settle();
      mock.scan();
      await advance(1_000);
      mock.confirm();
      await advance(1_000);
      expect(changes).toEqual([
        ['loading', undefined],
        ['pending', 'loading'],
        ['scanned', 'pending'],
        ['authorized', 'scanned'],
      ]);
    });

    it('should poll at the configured interval', async () => {
      renderFastpass({ refetchInterval: 2_500 });
      await settle();
      await advance(10_000);
      expect(polls()).toBe(4);
    });
  });

  describe('when the code expires', () => {
    it('should let a server EXPIRED win over the local countdown, then replace the code automatically', async () => {
      const states: FastpassState[] = [];
      const { result } = renderFastpass({ onStatusChange: (state) => states.push(state) });
      await settle();
      const first = mock.latestCode()!.qrcodeId;
      mock.expire();
      await advance(1_000);
      await settle();
      expect(states).toContain('expired');
      expect(result.current.state).toBe('pending');
      expect(mock.latestCode()!.qrcodeId).not.toBe(first);
      expect(result.current.payload).toBe(encodeFastpassPayload(mock.latestCode()!.info));
      expect(codesAsked()).toBe(2);
    });

    it('should expire on the local lifetime, auto-refresh up to the cap, then wait for refresh()', async () => {
      const { result } = renderFastpass({ lifetimeMs: 5_000, maxAutoRefresh: 2 });
      await settle();
      expect(result.current.state).toBe('pending');

      await advance(5_000);
      await settle();
      expect(codesAsked()).toBe(2);
      await advance(5_000);
      await settle();
      expect(codesAsked()).toBe(3);
      await advance(5_000);
      await settle();
      expect(result.current.state).toBe('expired');
      expect(result.current.payload).toBeUndefined();
      await advance(30_000);
      expect(codesAsked()).toBe(3);

      result.current.refresh();
      await settle();
      expect(result.current.state).toBe('pending');
      expect(codesAsked()).toBe(4);
    });

    it('should stay expired with maxAutoRefresh 0', async () => {
      const { result } = renderFastpass({ lifetimeMs: 3_000, maxAutoRefresh: 0 });
      await settle();
      await advance(3_000);
      await settle();
      expect(result.current.state).toBe('expired');
      expect(codesAsked()).toBe(1);
    });
  });

  describe('when refresh() is called', () => {
    it('should send one request however many callers ask at once, and never show the replaced code', async () => {
      const { result } = renderFastpass();
      await settle();
      const old = result.current.payload;
      mock.setLatency(500);

      result.current.refresh();
      result.current.refresh();
      result.current.refresh();
      await advance(0);
      expect(result.current.state).toBe('loading');
      expect(result.current.payload).toBeUndefined();
      expect(result.current.identity).toBeUndefined();
      expect(result.current.isRefreshing).toBe(true);

      await advance(500);
      await settle();
      expect(result.current.state).toBe('pending');
      expect(result.current.isRefreshing).toBe(false);
      expect(result.current.payload).toBe(encodeFastpassPayload(mock.latestCode()!.info));
      expect(result.current.payload).not.toBe(old);
      expect(codesAsked()).toBe(2);
    });

    it('should stop being a refresh once the new code arrives: a later first load is not one', async () => {
      const { result } = renderFastpass({ generate: 'on-demand' });
      result.current.show();
      await settle();
      result.current.refresh();
      await settle();
      expect(result.current.state).toBe('pending');
      expect(result.current.isRefreshing).toBe(false);

      // Hide, then show again: the code that loads now replaces nothing.
      mock.setLatency(500);
      result.current.hide();
      await settle();
      result.current.show();
      await advance(100);
      expect(result.current.state).toBe('loading');
      expect(result.current.isRefreshing).toBe(false);
      await advance(500);
      await settle();
      expect(result.current.state).toBe('pending');
    });

    it("should not call another key's first code (another session's, other options') a refresh", async () => {
      const { result, rerender } = renderFastpass();
      await settle();
      result.current.refresh();
      await settle();
      expect(result.current.isRefreshing).toBe(false);
      mock.setLatency(500);
      rerender({ scope: 'openid profile' });
      await advance(100);
      expect(result.current.state).toBe('loading');
      expect(result.current.isRefreshing).toBe(false);
    });

    it('should share one request between two components on the same session', async () => {
      const queryClient = createTestQueryClient();
      const wrapper = createWrapper(queryClient);
      const { result: first } = renderHook(() => useFastpassQrcode(), { wrapper });
      const { result: second } = renderHook(() => useFastpassQrcode(), { wrapper });
      await settle();
      expect(codesAsked()).toBe(1);
      first.current.refresh();
      second.current.refresh();
      await settle();
      expect(codesAsked()).toBe(2);
      expect(first.current.payload).toBe(encodeFastpassPayload(mock.latestCode()!.info));
      expect(second.current.payload).toBe(first.current.payload);
    });
  });
});
