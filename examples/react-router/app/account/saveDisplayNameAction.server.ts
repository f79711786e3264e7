import { data } from 'react-router';
import { requireUser, saveDisplayName } from '../session.server';

/** The account pages' form: a harmless change to the session, after which React Router revalidates the page. */
export async function saveDisplayNameAction(request: Request) {
  await requireUser(request);
  const displayName = String((await request.formData()).get('displayName') ?? '').trim();
  if (displayName === '' || displayName.length > 40) throw data('A display name has 1 to 40 characters.', { status: 400 });
  return data(null, { headers: { 'Set-Cookie': await saveDisplayName(request, displayName) } });
}
