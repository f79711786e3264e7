/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { getResponse, type HttpHandler } from 'msw';
import { normalizeAppHost } from '../api/endpoints';
import { createControlHandlers, type FastpassMockTokenInfo } from './controlHandlers';
import { createFastpassMock, type FastpassMock } from './createFastpassMock';
import { FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_SESSIONS } from './fixtures';
import { internalErrorEnvelope, internalErrorResponse } from './mockEnvelope';
import type { FastpassMockServer, FastpassMockServerOptions } from './mockServerTypes';

/** The largest request body read by default. */
export const DEFAULT_MOCK_SERVER_MAX_BODY_BYTES = 1024 * 1024;

/** The request headers a browser page sends to Authing, allowed in preflight when it does not list its own. */
const ALLOWED_HEADERS = 'authorization, content-type, x-authing-app-id, x-authing-lang, x-authing-request-from, x-authing-sdk-version, x-authing-userpool-id';
/** Hop-by-hop headers: Node's server sets its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

class BodyTooLargeError extends Error {}

/**
 * The mock Authing over real HTTP, for what a service worker cannot reach: a Next.js server, Playwright
 * or Cypress suites in any stack, a backend developer's curl. The very handlers of `createFastpassMock`
 * answer (through MSW's `getResponse`), so it speaks exactly as the in-browser mock does: Authing's
 * envelope, its 401/2020 and 2011 checks, the state machine per `qrcodeId` and the faults.
 *
 * Beside Authing's paths it answers CORS preflights for pages on other origins, HTTP 404 with a NestJS
 * style JSON body for unknown paths, HTTP 500 with an envelope when a handler throws (and keeps serving),
 * and the control endpoints under `/__fastpass-mock/`.
 *
 * It runs in Node only. `url` uses `http:`: the client accepts that on loopback hosts; on any other host
 * put https in front and pass that origin as `apiHost`.
 *
 * @example
 * const { url, mock, close } = await createFastpassMockServer({ port: 0 });
 * const client = createFastpassClient({ appHost: url, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN });
 * const { qrcodeId } = await client.geneFastpassQrcodeInfo();
 * mock.scan(qrcodeId);
 * await close();
 */
export async function createFastpassMockServer(options: FastpassMockServerOptions = {}): Promise<FastpassMockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    controlEndpoints = true,
    maxBodyBytes = DEFAULT_MOCK_SERVER_MAX_BODY_BYTES,
    onError = (error: unknown) => console.error('[react-fastpass-qrcode/testing] the mock server answered HTTP 500:', error),
    ...mockConfig
  } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`createFastpassMockServer: port must be an integer from 0 to 65535, not ${String(port)}.`);
  }
  if (typeof host !== 'string' || host === '') throw new TypeError('createFastpassMockServer: host must be a non-empty string.');

  let handlers: HttpHandler[] = [];
  /** Requests being answered: `close()` aborts them, as a client that goes away does. */
  const inFlight = new Set<AbortController>();
  let base = '';
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A response Node refuses to write (say, a header value a handler built wrong): a 500 while that is
      // still possible, else the connection is beyond saving. Either way the server goes on.
      onError(error);
      if (res.headersSent || res.destroyed) return void res.destroy();
      const lang = req.headers['x-authing-lang'];
      res.writeHead(500, { ...corsHeaders(req), 'content-type': 'application/json' });
      res.end(JSON.stringify(internalErrorEnvelope(Array.isArray(lang) ? lang[0] : lang)));
    });
  });
  // A request Node cannot parse gets a plain 400, and the server goes on.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    const onListenError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') error.message = `Port ${port} on ${host} is in use.`;
      reject(error);
    };
    const onListening = () => {
      server.off('error', onListenError);
      resolve();
    };
    server.once('error', onListenError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  // Past listening, a server error (rare: the socket layer failing) is reported, never a crash of the process.
  server.on('error', onError);
  const address = server.address() as AddressInfo;
  base = `http://${urlHost(host)}:${address.port}`;
  const appId = mockConfig.appId ?? FASTPASS_MOCK_APP_ID;
  const apiHost = normalizeAppHost(mockConfig.apiHost ?? base);
  let mock: FastpassMock;
  try {
    // Photos inline as data: URLs: a page on another origin loads them under `img-src 'self' https: data:`, which
    // blocks this server's own http: address.
    mock = createFastpassMock({ ...mockConfig, apiHost, photoBase: 'data:' });
  } catch (error) {
    // An option the mock refuses: the port goes back before the error reaches the caller.
    server.close();
    throw error;
  }
  const tokens: FastpassMockTokenInfo[] = mockConfig.sessions
    ? Object.entries(mockConfig.sessions).map(([token, user]) => ({ token, role: 'session', user: pick(user) }))
    : FASTPASS_MOCK_SESSIONS.map(({ token, role, user }) => ({ token, role, user: pick(user) }));
  handlers = [...(controlEndpoints ? createControlHandlers(mock, { url: base, appId, apiHost, tokens }) : []), ...mock.handlers];

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req);
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      const requested = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': requested && requested.trim() !== '' ? requested : ALLOWED_HEADERS,
        'access-control-max-age': '600',
        // Chrome's Private Network Access: a public page may call this loopback server.
        ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
        'content-length': '0',
      });
      res.end();
      return;
    }

    // The URL is the server's own base plus the path asked for, so that handlers bound to the base (the
    // photos, the controls) answer whichever name of this host the client used; `host` stays in headers.
    const target = safeUrl(req.url ?? '/');
    const url = `${base}${target.pathname}${target.search}`;
    const controller = new AbortController();
    inFlight.add(controller);
    res.once('close', () => {
      inFlight.delete(controller);
      if (!res.writableFinished) controller.abort();
    });

    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      try {
        body = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          res.setHeader('connection', 'close');
          return send(res, jsonResponse({ statusCode: 413, message: 'request entity too large', error: 'Payload Too Large' }, 413), cors);
        }
        res.destroy();
        return;
      }
    }

    let request: Request;
    try {
      request = new Request(url, { method, headers: requestHeaders(req), body: body && body.length > 0 ? Uint8Array.from(body) : null, signal: controller.signal });
    } catch {
      return send(res, jsonResponse({ statusCode: 400, message: 'Bad Request', error: 'Bad Request' }, 400), cors);
    }

    let response: Response | undefined;
    try {
      response = await getResponse(handlers, request);
    } catch (error) {
      onError(error);
      response = internalErrorResponse(request);
    }
    // No handler: what Authing's NestJS router answers for a path it does not know.
    response ??= jsonResponse({ statusCode: 404, message: `Cannot ${method} ${target.pathname}${target.search}`, error: 'Not Found' }, 404);
    await send(res, response, cors);
  }

  let closing: Promise<void> | undefined;
  return {
    url: base,
    mock,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Requests in flight see their client go away (a `hang` fault ends, the record says aborted), and
        // keep-alive sockets close now rather than after Node's timeouts.
        for (const controller of inFlight) controller.abort();
        inFlight.clear();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function pick(user: { id: string; displayName: string }) {
  return { id: user.id, displayName: user.displayName };
}

/** The host as it goes into a URL: wildcard addresses become loopback, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function safeUrl(path: string): URL {
  try {
    return new URL(path, 'http://mock.invalid');
  } catch {
    return new URL('http://mock.invalid/');
  }
}

/** CORS for every answer: the page's origin is echoed (it sends no cookies; `authorization` carries the token). */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return origin
    ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'retry-after', vary: 'origin' }
    : { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after', vary: 'origin' };
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  return headers;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new Error('The client went away before sending its body.'));
    });
  });
}

function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Writes a fetch `Response` to Node's `ServerResponse`: status, headers (with CORS), streamed body. */
async function send(res: ServerResponse, response: Response, cors: Record<string, string>): Promise<void> {
  if (res.destroyed) return;
  // `HttpResponse.error()` (the `network` and `hang` faults): the connection fails, as a network does.
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
  if (!response.body || res.req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res);
  } catch {
    // The client went away mid-answer: pipeline has already closed the connection.
  }
}
