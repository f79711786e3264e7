import { renderHook } from '@testing-library/react';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

// The mock's defaults (a 120 s lifetime, finished codes kept 5 minutes) against the hook's defaults (a poll a
// second until the code is final or past its deadline): a page never polls a code the mock has forgotten.
const { mock } = setupMockAuthing();
installFakeClock();

const TEN_MINUTES = 10 * 60_000;
const pollsOf = (qrcodeId: string) =>
  mock.requests.filter((request) => request.endpoint === 'getAppLoginQrcodeStatus' && request.query.qrcodeId === qrcodeId).length;

describe('given a page polling its code through useFastpassQrcode', () => {
  it.each([
    ['confirm', 'authorized'],
    ['cancel', 'cancelled'],
  ] as const)('should stop polling once the token app does %s, and see no error when the mock forgets the code', async (move, state) => {
    const { result } = renderHook(() => useFastpassQrcode(), { wrapper: createWrapper(createTestQueryClient()) });
    await settle();
    const { qrcodeId } = mock.latestCode()!;
    if (move === 'confirm') mock.scan();
    mock[move]();
    await advance(1_000);
    expect(result.current.state).toBe(state);
    const polls = pollsOf(qrcodeId);

    await advance(TEN_MINUTES);
    expect(mock.codes().some((code) => code.qrcodeId === qrcodeId)).toBe(false);
    expect(pollsOf(qrcodeId)).toBe(polls);
    expect(result.current.state).toBe(state);
  });

  it('should stop polling a code that lapsed, well before the mock forgets it', async () => {
    const { result } = renderHook(() => useFastpassQrcode({ maxAutoRefresh: 0 }), { wrapper: createWrapper(createTestQueryClient()) });
    await settle();
    const { qrcodeId, expiresAt } = mock.latestCode()!;
    await advance(TEN_MINUTES);
    expect(result.current.state).toBe('expired');
    const lastPoll = mock.requests.filter((request) => request.query.qrcodeId === qrcodeId).at(-1)!;
    expect(lastPoll.receivedAt).toBeLessThanOrEqual(expiresAt);
    expect(mock.codes()).toEqual([]);
  });
});
