import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { Component, type ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { FastpassQRCode } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { enUS as FASTPASS_LABELS_EN_US } from '../../../src/locales/en-US';
import type { FastpassErrorKind } from '../../../src/api/errors';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { allowedKinds, byteBody, jsonBody, mostlyOk, nearlyValidInfo, nearlyValidStatus } from './arbitraries';

const { server } = setupMockAuthing();
installFakeClock();

/** Records what reaches a boundary: nothing should. */
class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <p>crashed</p> : this.props.children;
  }
}

const LIVE_STATES = ['pending', 'scanned', 'authorized', 'cancelled', 'expired', 'error'];
const kindOfMessage = new Map(Object.entries(FASTPASS_LABELS_EN_US.errors).map(([kind, message]) => [message, kind as FastpassErrorKind]));

type Endpoint = 'gene' | 'status';

/** Mounts the card against a server whose `endpoint` answers `body`, lets it settle, and checks what shows. */
async function mountAndCheck(endpoint: Endpoint, body: Uint8Array, status: number) {
  const answer = () => new HttpResponse(body.slice(), { status, headers: { 'content-type': 'application/json' } });
  server.resetHandlers();
  server.use(
    ...(endpoint === 'gene'
      ? [
          http.post('*/api/v3/gene-fastpass-qrcode-info', answer),
          // The fuzzed code is unknown to the mock: its status stays PENDING, so only the code request is judged.
          http.get('*/api/v3/get-app-login-qrcode-status', () => HttpResponse.json({ statusCode: 200, message: 'ok', data: { status: 'PENDING' } })),
        ]
      : [http.get('*/api/v3/get-app-login-qrcode-status', answer)]),
  );
  const caught: unknown[] = [];
  const uncaught: unknown[] = [];
  const onWindowError = (event: ErrorEvent) => uncaught.push(event.error);
  window.addEventListener('error', onWindowError);
  const queryClient = createTestQueryClient();
  const { unmount } = render(
    <Boundary onError={(error) => caught.push(error)}>
      <FastpassQRCode data-testid="card" />
    </Boundary>,
    { wrapper: createWrapper(queryClient, { lang: 'en-US' }) },
  );
  try {
    await settle();
    // Long enough for the code request's two retries, or three failed polls.
    for (let i = 0; i < 4; i += 1) await advance(2_000);

    expect(caught).toEqual([]);
    expect(uncaught).toEqual([]);
    const state = screen.getByTestId('card').getAttribute('data-state');
    expect(endpoint === 'gene' ? ['pending', 'error'] : LIVE_STATES).toContain(state);
    if (state === 'error') {
      const kind = kindOfMessage.get(screen.getByRole('status').textContent ?? '');
      const text = new TextDecoder().decode(body);
      const allowed = allowedKinds(text, status);
      // A status the server reports as ERROR is the one `api` error a success envelope can bring.
      if (endpoint === 'status' && text.includes('"ERROR"')) allowed.add('api');
      expect([...allowed]).toContain(kind);
    }
    return state;
  } finally {
    window.removeEventListener('error', onWindowError);
    unmount();
    queryClient.clear();
  }
}

/** Hundreds of runs: generous under a loaded CI machine, though a run takes a few seconds here. */
const FUZZ_TIMEOUT_MS = 60_000;

/** One valid answer per endpoint: a code (pending) and a scanned status. */
const WELL_FORMED = {
  gene: {
    statusCode: 200,
    message: 'ok',
    data: { scene: 'FASTPASS', qrcodeId: 'qr-fuzz', apiHost: FASTPASS_MOCK_APP_HOST, user: FASTPASS_MOCK_USER, appId: FASTPASS_MOCK_APP_ID, userpool: FASTPASS_MOCK_USERPOOL },
  },
  status: { statusCode: 200, message: 'ok', data: { status: 'SCANNED' } },
} as const;

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe.each([
  ['gene-fastpass-qrcode-info', 'gene', nearlyValidInfo],
  ['get-app-login-qrcode-status', 'status', nearlyValidStatus],
] as const)('given <FastpassQRCode> and a hostile %s', (_path, endpoint, valid) => {
  it('should end every one of 120 JSON answers in a valid state or an error of an allowed kind, never a crash', async () => {
    const errors = vi.spyOn(console, 'error');
    const states = new Set<string | null>();
    await fc.assert(
      fc.asyncProperty(jsonBody(valid), mostlyOk, async (body, status) => {
        states.add(await mountAndCheck(endpoint, encode(body), status));
      }),
      // The coverage checks below must not hang on chance: one well-formed answer is always among the runs.
      { numRuns: 120, examples: [[WELL_FORMED[endpoint], 200]] },
    );
    expect(errors).not.toHaveBeenCalled();
    expect(states).toContain('error');
    expect(states).toContain(endpoint === 'gene' ? 'pending' : 'scanned');
  }, FUZZ_TIMEOUT_MS);

  it('should end every one of 40 byte-string answers in an error, never a crash', async () => {
    const errors = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(byteBody, mostlyOk, async (body, status) => {
        expect(await mountAndCheck(endpoint, body, status)).toBe('error');
      }),
      { numRuns: 40 },
    );
    expect(errors).not.toHaveBeenCalled();
  }, FUZZ_TIMEOUT_MS);
});
