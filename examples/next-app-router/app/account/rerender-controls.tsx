import { revalidatePath } from 'next/cache';
import { RefreshButton } from './refresh-button';

/**
 * Two ways an app renders a page again on the server while it is on screen: `router.refresh()`, and a Server
 * Action (one that saves a setting, say) calling `revalidatePath`, whose answer carries the page rendered again.
 * The time shows that the render reached the page.
 */
export function RerenderControls() {
  async function revalidateAccount() {
    'use server';
    revalidatePath('/account');
  }

  return (
    <section>
      <p>
        Rendered on the server at <time>{new Date().toISOString()}</time>
      </p>
      <RefreshButton />
      <form action={revalidateAccount}>
        <button type="submit">Server Action: revalidatePath(&apos;/account&apos;)</button>
      </form>
    </section>
  );
}
