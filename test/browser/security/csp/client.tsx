// Hydrates the server HTML of app.tsx: everything it needs comes from the page (no inline script, which the policy
// blocks): the page's name and nonce from data attributes, the dehydrated cache from a JSON block.
import { hydrateRoot } from 'react-dom/client';
import { CspPage, type CspPageProps } from './app';

const root = document.getElementById('root')!;
const state = JSON.parse(document.getElementById('fastpass-state')?.textContent ?? 'null') as CspPageProps['state'];
hydrateRoot(
  root,
  <CspPage page={root.dataset.page as CspPageProps['page']} appHost={location.origin} nonce={root.dataset.nonce} state={state ?? undefined} />,
);
