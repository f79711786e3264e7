import { NextResponse } from 'next/server';
import { startSession } from '../session';

/**
 * Where the sign-in form on /account/bff posts: starts the cookie session, then sends the browser back to
 * /account/bff, which it loads as a document (so the server prefetches the code). A stand-in for your sign-in.
 */
export async function POST(request: Request) {
  // Only this site's own pages may sign someone in: another site's form could sign a visitor in as someone else.
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return new Response('Forbidden: a sign-in from another site.', { status: 403 });
  await startSession();
  // 303: the browser follows with a GET.
  return NextResponse.redirect(new URL('/account/bff', request.url), 303);
}
