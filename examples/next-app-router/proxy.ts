import { NextResponse, type NextRequest } from 'next/server';

/**
 * A nonce-based Content-Security-Policy, set as Next.js's CSP guide sets it: a fresh nonce per request, on the request
 * (Next.js reads it there and puts it on its own scripts; the page reads `x-nonce`) and on the response. Only the
 * /account/csp page runs under it here, so that the other pages keep what their own tests expect.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // The browser calls Authing (the mock, on its own port) directly on this page.
  const authing = new URL(process.env.FASTPASS_APP_HOST ?? 'http://localhost').origin;
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' https: data:",
    `connect-src 'self' ${authing}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = { matcher: ['/account/csp'] };
