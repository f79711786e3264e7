import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { commands } from 'vitest/browser';
import { useLayoutEffect } from 'react';
import { FastpassProvider, useFastpassQrcode, type FastpassState, type UseFastpassQrcodeResult } from '../../../src';
import { createFastpassMock, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_OTHER_USER } from '../../../src/testing';
import { setDocumentVisibility } from '../../utils/fastpassWrapper';

// SECURITY.md ("The code is a credential"): the code's identifiers reach a UI only inside `payload`. A custom UI on the
// hook may read any field of the result; where `payload` is withheld or gone, no field holds what the token app needs
// to act on the code (qrcodeId, apiHost, appId, scene, the user's and the user pool's ids), so nothing of the result
// can be drawn as a scannable code. What a UI shows (names and photos) stays. In Chromium, through the real hook,
// fetch and the mock Authing behind a service worker.
const mock = createFastpassMock();
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
afterEach(async () => {
  mock.reset();
  setVisibility('visible');
  await commands.emulateMedia({ media: 'screen' });
});
afterAll(() => worker.stop());

const POLL_MS = 200;

/** What a browser does when the tab goes to the background or comes back. */
function setVisibility(state: 'hidden' | 'visible') {
  act(() => setDocumentVisibility(state));
}

/**
 * Every string a UI can reach from `value`: each key and each string or number, recursively, own keys enumerable or
 * not (an error's message, stack and cause), through arrays, objects, errors and maps, with the path that leads to it.
 * Functions are the result's actions (`refresh`, `show`, `hide`): code, not data.
 */
function walk(value: unknown, path = 'result', seen = new Set<unknown>(), found: { path: string; text: string }[] = []) {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    found.push({ path, text: String(value) });
    return found;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, entry] of value) {
      walk(key, `${path}.<key>`, seen, found);
      walk(entry, `${path}.get(${String(key)})`, seen, found);
    }
    return found;
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string') found.push({ path: `${path}.<key ${key}>`, text: key });
    walk((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, found);
  }
  return found;
}

/** Every string of the result outside `payload`. */
function stringsOutsidePayload(result: UseFastpassQrcodeResult) {
  const { payload: _payload, ...rest } = result;
  return walk(rest);
}

/**
 * A UI built on the hook that reads every field of the result, not just `payload`: it writes every string it finds
 * (outside `payload`) on the page, as a careless custom UI might, and hands the result to the test.
 */
let latest: UseFastpassQrcodeResult | undefined;
function EverythingUi() {
  const fastpass = useFastpassQrcode({ refetchInterval: POLL_MS, maxPollFailures: 1, maxAutoRefresh: 0 });
  // Before the browser paints (and so before any wait on the DOM sees this render), not after it.
  useLayoutEffect(() => {
    latest = fastpass;
  });
  return (
    <section data-testid="ui" data-state={fastpass.state}>
      <ul>
        {stringsOutsidePayload(fastpass).map(({ path, text }) => (
          <li key={path}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

function mountUi() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} lang="en-US">
        <EverythingUi />
      </FastpassProvider>
    </QueryClientProvider>,
  );
}

async function waitForState(state: FastpassState) {
  await vi.waitFor(() => expect(screen.getByTestId('ui')).toHaveAttribute('data-state', state), { timeout: 5_000 });
  return latest!;
}

/** What the token app needs to act on the code, as the mock minted it: its identifiers. */
function identifiersOfTheCode() {
  const { info } = mock.latestCode()!;
  return { qrcodeId: info.qrcodeId, apiHost: info.apiHost, appId: info.appId, scene: info.scene, userId: info.user.id, userpoolId: info.userpool.id };
}

/**
 * A code is on screen (pending, visible): the walk that will later find nothing must first be seen to find the
 * identifiers where they are, in the payload, and the names and photos outside it.
 */
async function liveCode() {
  mountUi();
  const pending = await waitForState('pending');
  const ids = identifiersOfTheCode();
  expect(pending.payload).toBe(JSON.stringify(mock.latestCode()!.info));
  for (const id of Object.values(ids)) expect(walk(pending.payload).map(({ text }) => text).join('\n')).toContain(id);
  expectNamesAndPhotos(pending);
  return ids;
}

function expectNoIdentifierOutsidePayload(result: UseFastpassQrcodeResult, ids: Record<string, string>) {
  expect(result.payload).toBeUndefined();
  const strings = stringsOutsidePayload(result);
  for (const [name, id] of Object.entries(ids)) {
    const holders = strings.filter(({ text }) => text.includes(id)).map(({ path }) => path);
    expect(holders, `${name} (${id}) outside payload`).toEqual([]);
  }
  // And on the page the UI drew from it.
  const page = screen.getByTestId('ui').textContent ?? '';
  for (const id of Object.values(ids)) expect(page).not.toContain(id);
}

/** The identity a UI shows: the user's and the user pool's names and photos, as the code named them. */
function expectNamesAndPhotos(result: UseFastpassQrcodeResult) {
  const { info } = mock.latestCode()!;
  const texts = stringsOutsidePayload(result).map(({ text }) => text);
  for (const shown of [info.user.displayName, info.user.photo, info.userpool.displayName, info.userpool.photo]) expect(texts).toContain(shown);
  expect(result.identity).toEqual({
    user: { displayName: info.user.displayName, photo: info.user.photo },
    userpool: { displayName: info.userpool.displayName, photo: info.userpool.photo },
  });
  const page = screen.getByTestId('ui');
  expect(page).toHaveTextContent(info.user.displayName);
  expect(page).toHaveTextContent(info.userpool.displayName);
}

describe('given a UI on the hook that reads every field of the result', () => {
  it('should find no identifier of the code outside payload while the page is hidden, and names and photos', async () => {
    const ids = await liveCode();
    setVisibility('hidden');
    await vi.waitFor(() => expect(latest!.concealed).toBe('page-hidden'));
    expectNoIdentifierOutsidePayload(latest!, ids);
    expectNamesAndPhotos(latest!);
  });

  it('should find no identifier of the code outside payload while printing, and names and photos', async () => {
    const ids = await liveCode();
    await commands.emulateMedia({ media: 'print' });
    await vi.waitFor(() => expect(latest!.concealed).toBe('printing'));
    expectNoIdentifierOutsidePayload(latest!, ids);
    expectNamesAndPhotos(latest!);
  });

  it('should find no identifier of the code outside payload once scanned, and names and photos, and who scanned', async () => {
    const ids = await liveCode();
    mock.scan(undefined, { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo });
    const scanned = await waitForState('scanned');
    expectNoIdentifierOutsidePayload(scanned, ids);
    expectNamesAndPhotos(scanned);
    expect(scanned.scannedBy).toEqual({ displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo });
  });

  it('should find no identifier of the code, nor its ticket, outside payload once authorized, and names and photos', async () => {
    const ids = await liveCode();
    mock.scan();
    await waitForState('scanned');
    mock.confirm();
    const authorized = await waitForState('authorized');
    const { ticket } = mock.latestCode()!;
    expectNoIdentifierOutsidePayload(authorized, ticket ? { ...ids, ticket } : ids);
    expectNamesAndPhotos(authorized);
  });

  it('should find no identifier of the code outside payload once cancelled, and names and photos', async () => {
    const ids = await liveCode();
    mock.scan();
    await waitForState('scanned');
    mock.cancel();
    const cancelled = await waitForState('cancelled');
    expectNoIdentifierOutsidePayload(cancelled, ids);
    expectNamesAndPhotos(cancelled);
  });

  it('should find no identifier of the code outside payload once expired, and names and photos', async () => {
    const ids = await liveCode();
    mock.expire();
    const expired = await waitForState('expired');
    expectNoIdentifierOutsidePayload(expired, ids);
    expectNamesAndPhotos(expired);
  });

  it('should find no identifier of the code outside payload in error (its error included), and names and photos', async () => {
    const ids = await liveCode();
    mock.fail({ type: 'server-error', httpStatus: 500 }, { endpoint: 'getAppLoginQrcodeStatus', times: 10 });
    const failed = await waitForState('error');
    if (failed.state !== 'error') throw new Error('narrowing');
    expect(failed.error.kind).toBe('api');
    expectNoIdentifierOutsidePayload(failed, ids);
    expectNamesAndPhotos(failed);
  });
});
