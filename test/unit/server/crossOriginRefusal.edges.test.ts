// @vitest-environment node
import { answer, expectSilenceAndNoToken, handlerFor, setupAuthingOverHttp } from './harness';

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

const GENE_PATH = '/api/fastpass/api/v3/gene-fastpass-qrcode-info';

/** A POST as an older browser sends it behind a proxy that rewrote `Host`: an `Origin`, and no Fetch Metadata. */
function fromOrigin(origin: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000${GENE_PATH}`, { method: 'POST', body: '{}', headers: { cookie: 'sid=sid-zhangsan', origin, ...headers } });
}

describe('given allowedOrigins that are not origins', () => {
  it.each([
    ['a query', 'https://www.example.com/?next=1'],
    ['a bare query mark followed by text', 'https://www.example.com?x'],
    ['a fragment', 'https://www.example.com/#top'],
    ['a user name', 'https://admin@www.example.com'],
    ['a password', 'https://:secret@www.example.com'],
    ['a path', 'https://www.example.com/app'],
    ['another scheme', 'wss://www.example.com'],
    ['no URL at all', 'www example com'],
  ])('should refuse to start with one that holds %s, naming it', (_what, origin) => {
    expect(() => handlerFor(authing.server, { allowedOrigins: [origin] })).toThrow(
      new TypeError(
        `[react-fastpass-qrcode/server] createFastpassRequestHandler: allowedOrigins holds "${origin}", which is not an origin such as "https://app.example.com".`,
      ),
    );
  });

  it('should refuse the whole list for one bad entry among good ones', () => {
    expect(() => handlerFor(authing.server, { allowedOrigins: ['https://www.example.com', 'https://x.example.com/?q'] })).toThrow(TypeError);
  });
});

describe('given allowedOrigins written as a person writes them', () => {
  it.each([
    ['an http origin (a development server)', 'http://localhost:5173', 'http://localhost:5173'],
    ['the default https port written out', 'https://www.example.com:443', 'https://www.example.com'],
    ['the default http port written out', 'http://www.example.com:80', 'http://www.example.com'],
    ['capitals in the host', 'https://WWW.Example.COM', 'https://www.example.com'],
    ['a trailing slash', 'https://www.example.com/', 'https://www.example.com'],
  ])('should let in the Origin a browser writes for %s', async (_what, allowed, origin) => {
    const handler = handlerFor(authing.server, { allowedOrigins: [allowed] });
    const response = await answer(handler, fromOrigin(origin));
    expect(response.status).toBe(200);
    expect(authing.server.mock.requests).toHaveLength(1);
  });

  it('should let in only the listed origins, not their neighbours', async () => {
    const handler = handlerFor(authing.server, { allowedOrigins: ['https://www.example.com', 'https://shop.example.com:8443'] });
    const statuses: number[] = [];
    for (const origin of ['https://www.example.com', 'https://shop.example.com:8443', 'https://shop.example.com', 'http://www.example.com', 'https://evil.example']) {
      statuses.push((await answer(handler, fromOrigin(origin))).status);
    }
    expect(statuses).toEqual([200, 200, 403, 403, 403]);
    expect(authing.server.mock.requests).toHaveLength(2);
  });

  it('should let a listed Origin in even when its Sec-Fetch-Site says cross-site (the list is the host application’s word)', async () => {
    const handler = handlerFor(authing.server, { allowedOrigins: ['https://www.example.com'] });
    const response = await answer(handler, fromOrigin('https://www.example.com', { 'sec-fetch-site': 'cross-site' }));
    expect(response.status).toBe(200);
  });
});

describe('given a request whose Sec-Fetch-Site or Origin says where it comes from', () => {
  it.each([
    ['same-site', { 'sec-fetch-site': 'same-site' }, 'Forbidden: a same-site request (Sec-Fetch-Site). Only pages of this site may call.'],
    ['cross-site', { 'sec-fetch-site': 'cross-site' }, 'Forbidden: a cross-site request (Sec-Fetch-Site). Only pages of this site may call.'],
    ['an unknown value', { 'sec-fetch-site': 'nearby' }, 'Forbidden: a nearby request (Sec-Fetch-Site). Only pages of this site may call.'],
    ['another host in Origin, no Fetch Metadata', { origin: 'https://evil.example' }, 'Forbidden: a request from another origin (Origin). Only pages of this site may call.'],
    ['Origin: null, no Fetch Metadata', { origin: 'null' }, 'Forbidden: a request from another origin (Origin). Only pages of this site may call.'],
  ])('should say why it refuses %s', async (_what, headers, message) => {
    const request = new Request(`https://app.example.com${GENE_PATH}`, { method: 'POST', body: '{}', headers: { cookie: 'sid=sid-zhangsan', ...headers } });
    const response = await answer(handlerFor(authing.server), request);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ statusCode: 403, message });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it('should let Sec-Fetch-Site decide over an Origin of the same host when it says cross-site', async () => {
    const request = new Request(`https://app.example.com${GENE_PATH}`, {
      method: 'POST',
      body: '{}',
      headers: { cookie: 'sid=sid-zhangsan', origin: 'https://app.example.com', 'sec-fetch-site': 'cross-site' },
    });
    expect((await answer(handlerFor(authing.server), request)).status).toBe(403);
  });
});
