import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { fastpassQrcodeQueryOptions } from '../../../src';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from '../../../src/testing';
import { MockAuthingPage } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();

// Testing Library unmounts what it renders; these roots are hydrated by hand, so they are unmounted here. A root left
// mounted keeps its countdown and its polls running past the end of the file, into a torn-down jsdom (where a tick
// throws "window is not defined" as an unhandled error of the whole run).
const hydrated: { root: Root; container: HTMLElement }[] = [];
function hydrateInto(container: HTMLElement, children: ReactNode, onRecoverableError: (error: unknown) => void): void {
  hydrated.push({ root: hydrateRoot(container, children, { onRecoverableError }), container });
}
afterEach(() => {
  for (const { root, container } of hydrated.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
});

describe('given server HTML with a prefetched code', () => {
  it('should hydrate without a mismatch warning and without asking for a second code', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const server = new QueryClient();
    await server.prefetchQuery(
      fastpassQrcodeQueryOptions({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN }),
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(<MockAuthingPage queryClient={server} />);
    document.body.append(container);

    // The browser hydrates 1.5 s later: the countdown's text differs, nothing else may.
    vi.advanceTimersByTime(1_500);
    const browser = new QueryClient();
    hydrate(browser, JSON.parse(JSON.stringify(dehydrate(server))));
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateInto(container, <MockAuthingPage queryClient={browser} />, (error) => console.error(error));
    });
    vi.useRealTimers();

    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('img', { name: `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at Authing 示例用户池` })).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(1);
  });
});

describe('given server HTML that holds another code than the browser follows', () => {
  it('should draw the browser\'s code, not keep the server\'s drawing', async () => {
    const options = fastpassQrcodeQueryOptions({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN });
    // A page that fetched while rendering on the server (code A), and again in the browser (code B).
    const server = new QueryClient();
    await server.prefetchQuery(options);
    const browser = new QueryClient();
    await browser.prefetchQuery(options);
    const codeA = server.getQueryData(options.queryKey)!.qrcodeId;
    const codeB = browser.getQueryData(options.queryKey)!.qrcodeId;
    expect(codeA).not.toBe(codeB);
    const pathOf = (html: string) => /<path[^>]*fill="#000000"[^>]*d="([^"]+)"|<path[^>]*d="([^"]+)"[^>]*fill="#000000"/.exec(html)?.slice(1).find(Boolean);
    const drawingA = pathOf(renderToString(<MockAuthingPage queryClient={server} />));
    const drawingB = pathOf(renderToString(<MockAuthingPage queryClient={browser} />));
    expect(drawingA).toBeDefined();
    expect(drawingA).not.toBe(drawingB);

    const container = document.createElement('div');
    container.innerHTML = renderToString(<MockAuthingPage queryClient={server} />);
    document.body.append(container);
    // React reports the mismatch in development; what matters is what stays on screen.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      hydrateInto(container, <MockAuthingPage queryClient={browser} />, () => undefined);
    });

    expect(pathOf(container.innerHTML)).toBe(drawingB);
  });
});

