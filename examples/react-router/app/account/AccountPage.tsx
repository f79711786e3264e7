import type { ReactNode } from 'react';
import { Form, Link, NavLink, useNavigation, useSearchParams } from 'react-router';

export interface AccountPageProps {
  displayName: string;
  /** The Fastpass card, with its provider. */
  children: ReactNode;
}

/**
 * The personal center both routes render around their card. Its tab links and its form re-run the route's
 * loader (a revalidation), and neither must mint another code for the card already on screen.
 */
export function AccountPage({ displayName, children }: AccountPageProps) {
  const [searchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'security' ? 'security' : 'profile';
  const saving = useNavigation().state === 'submitting';
  return (
    <main>
      <h1>个人中心</h1>
      <nav aria-label="Pages">
        <NavLink to="/account" end>
          The token as a prop
        </NavLink>
        <NavLink to="/account/bff">The token on the server</NavLink>
      </nav>
      <p>
        Signed in as <strong data-testid="display-name">{displayName}</strong>
      </p>
      <section aria-label="Fastpass">{children}</section>
      <nav aria-label="Account sections">
        <Link to="?tab=profile">Profile</Link>
        <Link to="?tab=security">Security</Link>
      </nav>
      {tab === 'profile' ? (
        <Form method="post">
          <label>
            Display name
            <input name="displayName" defaultValue={displayName} required maxLength={40} />
          </label>
          <button type="submit" disabled={saving}>
            Save
          </button>
        </Form>
      ) : (
        <section aria-label="Security">
          <h2>Security</h2>
          <p>Scan the code above with the Authing Token app to sign in on your phone.</p>
        </section>
      )}
    </main>
  );
}
