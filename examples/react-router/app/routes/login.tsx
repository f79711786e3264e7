import { Form, redirect } from 'react-router';
import { readUser, startSession } from '../session.server';
import type { Route } from './+types/login';

/** Only paths on this site: an open redirect after sign-in would be a phishing aid. */
function safeRedirect(to: string | null): string {
  return to && to.startsWith('/') && !to.startsWith('//') ? to : '/account';
}

export async function loader({ request }: Route.LoaderArgs) {
  if (await readUser(request)) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

/**
 * Stands in for your sign-in. A real app sends the user to Authing and, in the OIDC callback, gets the
 * user's id and access token; this one takes them from the environment (see .env). Either way they go
 * into the server-side session, and the browser gets a cookie that names it.
 */
export async function action({ request }: Route.ActionArgs) {
  const id = process.env.FASTPASS_USER_ID;
  const accessToken = process.env.FASTPASS_ACCESS_TOKEN;
  if (!id || !accessToken) throw new Error('Set FASTPASS_USER_ID and FASTPASS_ACCESS_TOKEN (see .env and README.md).');
  const cookie = await startSession({ id, accessToken, displayName: '张三' });
  throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')), { headers: { 'Set-Cookie': cookie } });
}

export default function Login() {
  return (
    <main>
      <h1>登录</h1>
      <Form method="post">
        <button type="submit">以 张三 登录</button>
      </Form>
    </main>
  );
}
