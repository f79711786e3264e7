// @vitest-environment node
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient } from '@tanstack/react-query';
import { prefetchFastpassQrcode } from '../../../src';
import { createFastpassMockServer, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, type FastpassMockServer } from '../../../src/testing/node';

// What the docs say about smoke-testing a server-rendered page from a script ("Server rendering", "Keep the token on
// the server"): Node's fetch always sends `Sec-Fetch-Mode: cors`, so the page's prefetch takes it for a data request
// and mints nothing, whatever the script sets; curl and Node's `http.get` send no Fetch Metadata, which counts as a
// document load. A page here is a Node server whose answer runs the prefetch with the request it got, as a loader does.

let authing: FastpassMockServer;
let page: Server;
let url: string;

beforeAll(async () => {
  authing = await createFastpassMockServer({ port: 0 });
  page = createServer(async (request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const queryClient = new QueryClient();
    await prefetchFastpassQrcode(queryClient, { request: { headers }, appHost: authing.url, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN });
    response.end(queryClient.getQueryCache().getAll().length > 0 ? 'a code' : 'no code');
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/account`;
});
afterEach(() => authing.mock.reset());
afterAll(async () => {
  await new Promise((resolve) => page.close(resolve));
  await authing.close();
});

/** Node's `http.get`, which sends only the headers it is given. */
function httpGet(headers: IncomingHttpHeaders = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

describe('given a server-rendered page fetched from a script', () => {
  it("should mint nothing for Node's fetch, even when the script asks for a navigation", async () => {
    expect(await (await fetch(url)).text()).toBe('no code');
    expect(await (await fetch(url, { headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } })).text()).toBe('no code');
    expect(authing.mock.requests).toEqual([]);
  });

  it("should mint one code for Node's http.get, which sends no Fetch Metadata (as curl does), or says navigate", async () => {
    expect(await httpGet()).toBe('a code');
    expect(await httpGet({ 'sec-fetch-mode': 'navigate' })).toBe('a code');
    expect(authing.mock.codes()).toHaveLength(2);
  });
});
