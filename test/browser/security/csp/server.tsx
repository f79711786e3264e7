/* eslint-disable testing-library/render-result-naming-convention -- renderToString returns HTML, not a Testing Library render result. */
// A small Node HTTP server for the Content-Security-Policy test: server-rendered HTML of app.tsx sent with the strict
// policy as a real response header, the library's stylesheet, the hydrating script, and the mock Authing (the
// library's MSW handlers, answered through MSW's getResponse) on the same origin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { getResponse } from 'msw';
import { renderToString } from 'react-dom/server';
import { prefetchFastpassQrcode } from '../../../../src';
import { createFastpassMock, type FastpassMock, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USERPOOL } from '../../../../src/testing';
import { CspPage, type CspPageProps } from './app';

export interface CspServerFiles {
  clientJs: string;
  stylesCss: string;
}

/** The policy enterprise account pages send, plus the page's nonce for styles when the page has one. */
export function strictPolicy(nonce?: string): string {
  const styleSrc = nonce === undefined ? "'self'" : `'self' 'nonce-${nonce}'`;
  return `default-src 'self'; script-src 'self'; style-src ${styleSrc}; img-src 'self' https: data:; require-trusted-types-for 'script'; trusted-types 'none'`;
}

// Loaded first, from 'self': every violation of the page, from the first byte of HTML on.
const VIOLATIONS_JS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));`;

export async function startCspServer(files: CspServerFiles): Promise<{ origin: string; close(): Promise<void> }> {
  let origin = '';
  const authing: { mock?: FastpassMock } = {};
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const request = new Request(url, {
          method: req.method,
          headers: Object.entries(req.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])),
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
        });
        const response = (authing.mock && (await getResponse(authing.mock.handlers, request))) ?? new Response('not found', { status: 404 });
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      if (url.pathname === '/client.js') {
        // Late on purpose: the broken photo fails before hydration.
        await new Promise((resolve) => setTimeout(resolve, 300));
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(files.clientJs);
        return;
      }
      if (url.pathname === '/violations.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(VIOLATIONS_JS);
      if (url.pathname === '/styles.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(files.stylesCss);
      const page = url.pathname.slice(1) as CspPageProps['page'];
      if (page !== 'cards' && page !== 'custom') return void res.writeHead(404).end();
      const nonce = url.searchParams.get('nonce') ?? undefined;
      const queryClient = new QueryClient();
      if (page === 'cards') {
        await prefetchFastpassQrcode(queryClient, { appHost: origin, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN });
      }
      const state = dehydrate(queryClient);
      const markup = renderToString(<CspPage page={page} appHost={origin} nonce={nonce} state={state} />);
      const json = JSON.stringify(state).replace(/</g, '\\u003c');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': strictPolicy(nonce) });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/violations.js"></script>` +
          `<link rel="stylesheet" href="/styles.css"><title>CSP</title></head><body>` +
          `<div id="root" data-page="${page}"${nonce === undefined ? '' : ` data-nonce="${nonce}"`}>${markup}</div>` +
          `<script type="application/json" id="fastpass-state">${json}</script><script src="/client.js"></script></body></html>`,
      );
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The user's photo is this server's 404: it fails while the HTML loads, before the script hydrates the page.
  authing.mock = createFastpassMock({
    sessions: { [FASTPASS_MOCK_ACCESS_TOKEN]: { id: 'user-1', displayName: 'Zhang San', photo: `${origin}/missing.png` } },
    userpool: { ...FASTPASS_MOCK_USERPOOL, photo: `${origin}/missing-too.png` },
  });
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
