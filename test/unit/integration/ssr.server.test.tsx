// @vitest-environment node
/* eslint-disable testing-library/render-result-naming-convention -- renderToString returns HTML, not a Testing Library render result. */
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { fastpassQrcodeQueryOptions } from '../../../src';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from '../../../src/testing';
import { MockAuthingPage } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();


describe('given server rendering in Node (no window)', () => {
  it('should render the loading state without a prefetched code, and send nothing from render', () => {
    expect(typeof window).toBe('undefined');
    const markup = renderToString(<MockAuthingPage queryClient={new QueryClient()} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    expect(markup).toContain('data-state="loading"');
    expect(mock.requests).toHaveLength(0);
  });

  it('should put a prefetched code into the HTML, and never the token', async () => {
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(
      fastpassQrcodeQueryOptions({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN }),
    );
    const markup = renderToString(<MockAuthingPage queryClient={queryClient} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    expect(markup).toContain('data-state="pending"');
    expect(markup).toMatch(/<svg[^>]*role="img"/);
    expect(markup).toContain(`Fastpass QR code for ${FASTPASS_MOCK_USER.displayName}`);
    expect(markup).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
    expect(JSON.stringify(dehydrate(queryClient))).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
  });

  it('should render signed-out with no token', () => {
    const markup = renderToString(<MockAuthingPage queryClient={new QueryClient()} accessToken={null} />);
    expect(markup).toContain('data-state="signed-out"');
  });
});
