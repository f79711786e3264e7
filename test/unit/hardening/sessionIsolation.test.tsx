import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { QRCodeSVG } from 'qrcode.react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FastpassQRCode } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassProvider, type FastpassProviderProps } from '../../../src/react/FastpassProvider';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { DEFAULT_LEVEL } from '../../../src/query/qrCapacity';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
} from '../../../src/testing';
import { advance, createTestQueryClient, installFakeClock, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

const A = { token: FASTPASS_MOCK_ACCESS_TOKEN, user: FASTPASS_MOCK_USER };
const B = { token: FASTPASS_MOCK_OTHER_ACCESS_TOKEN, user: FASTPASS_MOCK_OTHER_USER };

type Session = Pick<FastpassProviderProps, 'accessToken' | 'getAccessToken' | 'sessionKey'>;

function Page({ queryClient, session }: { queryClient: QueryClient; session: Session }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} lang="en-US" {...session}>
        <FastpassQRCode data-testid="card" />
      </FastpassProvider>
    </QueryClientProvider>
  );
}

const card = () => screen.getByTestId('card');

/** The modules of the QR code a payload draws, as qrcode.react writes them: to tell one code from another. */
function modulesOf(payload: string): string {
  // eslint-disable-next-line testing-library/render-result-naming-convention -- react-dom/server's markup, not Testing Library's render
  const markup = renderToStaticMarkup(<QRCodeSVG value={payload} level={DEFAULT_LEVEL} marginSize={4} />);
  const paths = [...markup.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]!);
  return paths.sort((a, b) => b.length - a.length)[0]!;
}

/** Every QR code ever made for `user`'s session, as modules. */
function codesOf(token: string): string[] {
  return mock.codes().filter((code) => code.ownerToken === token).map((code) => modulesOf(encodeFastpassPayload(code.info)));
}

/** Advances `ms` in steps, recording the card's markup at each step. */
async function sample(ms: number, step = 100): Promise<string[]> {
  const samples: string[] = [];
  for (let t = 0; t < ms; t += step) {
    await advance(step);
    samples.push(card().outerHTML);
  }
  return samples;
}

/** Nothing of user A: name, photo, or any QR code made for A (and A has one, so that there is something to look for). */
function expectNothingOfA(samples: string[]) {
  const codesOfA = codesOf(A.token);
  expect(codesOfA.length).toBeGreaterThan(0);
  expect(samples.length).toBeGreaterThan(0);
  for (const markup of samples) {
    expect(markup).not.toContain(A.user.displayName);
    expect(markup).not.toContain(A.user.photo);
    for (const modules of codesOfA) expect(markup).not.toContain(modules);
  }
}

describe('given user A signs out and user B signs in on the same page', () => {
  it("should never render A's code, name or photo for B, even when A's code request answers after the switch", async () => {
    const queryClient = createTestQueryClient();
    mock.setLatency(2_000);
    const { rerender } = render(<Page queryClient={queryClient} session={{ accessToken: A.token }} />);
    await advance(500);
    expect(mock.requests).toHaveLength(1);

    mock.setLatency(3_000);
    const switchedAt = Date.now();
    rerender(<Page queryClient={queryClient} session={{ accessToken: B.token }} />);
    const samples = [card().outerHTML, ...(await sample(6_000))];

    // Authing minted A's code and answered A's request after the switch: there was a code of A's to leak.
    expect(codesOf(A.token)).toHaveLength(1);
    expect(mock.requests[0]!.headers.authorization).toBe(A.token);
    expect(mock.requests[0]!.answeredAt).toBeGreaterThan(switchedAt);
    expectNothingOfA(samples);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', { name: `Fastpass QR code for ${B.user.displayName} at Authing 示例用户池` })).toBeInTheDocument();
  });

  it("should drop A's code from the very first render after the switch", async () => {
    const queryClient = createTestQueryClient();
    const { rerender } = render(<Page queryClient={queryClient} session={{ accessToken: A.token }} />);
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(codesOf(A.token)).toHaveLength(1);
    // The detector works: A's code is on screen, module for module, before the switch.
    expect(card().outerHTML).toContain(codesOf(A.token)[0]);

    rerender(<Page queryClient={queryClient} session={{ accessToken: B.token }} />);
    expect(card()).toHaveAttribute('data-state', 'loading');
    const samples = [card().outerHTML, ...(await sample(3_000))];
    expectNothingOfA(samples);
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it("should not let A's status answer (scanned) arrive on B's card", async () => {
    const queryClient = createTestQueryClient();
    const { rerender } = render(<Page queryClient={queryClient} session={{ accessToken: A.token }} />);
    await settle();
    mock.setLatency(1_500);
    await advance(1_000); // A's poll is on its way
    mock.scan(undefined, { displayName: 'Mallory', photo: '' });

    rerender(<Page queryClient={queryClient} session={{ accessToken: B.token }} />);
    const samples = [card().outerHTML, ...(await sample(6_000))];
    expectNothingOfA(samples);
    for (const markup of samples) {
      expect(markup).not.toContain('Mallory');
      expect(markup).not.toContain('data-state="scanned"');
    }
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it("should keep nothing of A's authorized code (ticket, status, user) in the cache after sign-out, and show none of it to B", async () => {
    const queryClient = createTestQueryClient();
    const { rerender } = render(<Page queryClient={queryClient} session={{ accessToken: A.token }} />);
    await settle();
    mock.scan();
    mock.confirm();
    await advance(1_000);
    expect(card()).toHaveAttribute('data-state', 'authorized');
    const ticket = mock.latestCode()!.ticket!;
    expect(ticket).toBeTruthy();

    rerender(<Page queryClient={queryClient} session={{ accessToken: null }} />);
    await settle();
    expect(card()).toHaveAttribute('data-state', 'signed-out');
    const cache = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]));
    expect(cache).not.toContain(ticket);
    expect(cache).not.toContain(A.user.id);

    rerender(<Page queryClient={queryClient} session={{ accessToken: B.token }} />);
    const samples = [card().outerHTML, ...(await sample(2_000))];
    expectNothingOfA(samples);
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it('should tell sessions apart by sessionKey when the token is read at request time', async () => {
    const queryClient = createTestQueryClient();
    let token = A.token;
    const getAccessToken = () => token;
    mock.setLatency(1_000);
    const { rerender } = render(<Page queryClient={queryClient} session={{ getAccessToken, sessionKey: 'user-a' }} />);
    await advance(300);

    token = B.token;
    rerender(<Page queryClient={queryClient} session={{ getAccessToken, sessionKey: 'user-b' }} />);
    const samples = [card().outerHTML, ...(await sample(3_000))];
    expectNothingOfA(samples);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getAllByText(B.user.displayName).length).toBeGreaterThan(0);
  });
});
