/* eslint-disable testing-library/render-result-naming-convention -- renderToString returns HTML, not a Testing Library render result. */
// Who may be looking at the page: the hidden tab and the printout, seen through the hook a page uses. Every listener the
// hook adds goes when it unmounts, print media emulation counts as printing, and a server renders the visible page.
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import { fastpassQrcodeQueryOptions } from '../../../src/query/fastpassQrcodeQueryOptions';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { createTestQueryClient, createWrapper, installFakeClock, setDocumentVisibility, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

setupMockAuthing();
installFakeClock();
afterEach(() => setDocumentVisibility('visible'));

/** The media query list of `print`, as devtools' or Playwright's print emulation flips it (jsdom has no matchMedia). */
class PrintMedia extends EventTarget {
  matches = false;
  readonly media = 'print';
  readonly listeners = new Set<unknown>();
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'change') this.listeners.add(listener);
    super.addEventListener(type, listener);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'change') this.listeners.delete(listener);
    super.removeEventListener(type, listener);
  }
  emulate(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

function installMatchMedia() {
  const print = new PrintMedia();
  // Any other query matches nothing and never changes.
  const matchMedia = (query: string) => (query === 'print' ? print : Object.assign(new EventTarget(), { matches: false, media: query }));
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: matchMedia });
  return print;
}

afterEach(() => {
  // jsdom has none: leave it as it was for the next test.
  Reflect.deleteProperty(window, 'matchMedia');
});

/** Every listener added to `target` for `types`, and whether each has been taken away again. */
function watchListeners(target: EventTarget, types: string[]) {
  const added = vi.spyOn(target, 'addEventListener');
  const removed = vi.spyOn(target, 'removeEventListener');
  const pairs = (spy: typeof added) => spy.mock.calls.filter(([type]) => types.includes(type)).map(([type, listener]) => [type, listener]);
  return {
    added: () => pairs(added),
    left: () => pairs(added).filter(([type, listener]) => !pairs(removed).some(([t, l]) => t === type && l === listener)),
  };
}

function renderFastpass() {
  return renderHook(() => useFastpassQrcode(), { wrapper: createWrapper(createTestQueryClient()) });
}

describe('given print media emulation (devtools, Playwright)', () => {
  it('should withhold the payload while print media matches, and give it back when it stops', async () => {
    const print = installMatchMedia();
    const { result } = renderFastpass();
    await settle();
    const payload = result.current.payload;
    expect(payload).toEqual(expect.any(String));

    act(() => print.emulate(true));
    expect(result.current).toMatchObject({ state: 'pending', payload: undefined, concealed: 'printing' });
    act(() => print.emulate(false));
    expect(result.current).toMatchObject({ state: 'pending', payload, concealed: undefined });
  });

  it('should start concealed on a page that is already printing', async () => {
    const print = installMatchMedia();
    print.matches = true;
    const { result } = renderFastpass();
    await settle();
    expect(result.current).toMatchObject({ state: 'pending', payload: undefined, concealed: 'printing' });
  });

  it('should take its media listener away when it unmounts', async () => {
    const print = installMatchMedia();
    const { unmount } = renderFastpass();
    await settle();
    expect(print.listeners.size).toBeGreaterThan(0);
    unmount();
    expect(print.listeners.size).toBe(0);
  });
});

describe('given a browser whose media query lists predate addEventListener (Safari before 14)', () => {
  it('should still show the code, conceal it for a printout, and unmount cleanly', async () => {
    const legacy = { matches: false, media: 'print', addListener: vi.fn(), removeListener: vi.fn() };
    Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: () => legacy });
    const { result, unmount } = renderFastpass();
    await settle();
    expect(result.current).toMatchObject({ state: 'pending', payload: expect.any(String), concealed: undefined });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current).toMatchObject({ state: 'pending', payload: undefined, concealed: 'printing' });
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(() => unmount()).not.toThrow();
  });
});

describe('given a hook that unmounts', () => {
  it('should leave none of its print and visibility listeners behind', async () => {
    const onWindow = watchListeners(window, ['beforeprint', 'afterprint']);
    const onDocument = watchListeners(document, ['visibilitychange']);
    const { unmount } = renderFastpass();
    await settle();
    expect(onWindow.added().map(([type]) => type)).toEqual(expect.arrayContaining(['beforeprint', 'afterprint']));
    expect(onDocument.added().map(([type]) => type)).toContain('visibilitychange');
    unmount();
    expect(onWindow.left()).toEqual([]);
    expect(onDocument.left()).toEqual([]);
  });
});

describe('given a server render of a prefetched code', () => {
  it('should render it as a page that is seen and not printed (the browser corrects it after hydration)', async () => {
    setDocumentVisibility('hidden');
    installMatchMedia().matches = true;
    const queryClient = createTestQueryClient();
    const session = { appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN };
    await queryClient.prefetchQuery(fastpassQrcodeQueryOptions(session));

    function Concealment() {
      const fastpass = useFastpassQrcode();
      return <p>{`${fastpass.state}, ${fastpass.concealed ?? 'in view'}, isPageHidden: ${String(fastpass.isPageHidden)}`}</p>;
    }
    const html = renderToString(
      <QueryClientProvider client={queryClient}>
        <FastpassProvider {...session}>
          <Concealment />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    expect(html).toBe('<p>pending, in view, isPageHidden: false</p>');
  });
});
