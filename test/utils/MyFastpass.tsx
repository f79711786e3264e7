// The custom-UI example of the docs (docs/snippets/MyFastpass.tsx, which the page "Your own UI on the hook" quotes
// word for word): a UI drawn from the hook alone, with no code of its own for printing, background tabs
// or the scan. Browser tests and the Hook/Custom UI stories import it from here and prove it keeps every credential
// promise as it is.
export { MyFastpass } from '../../docs/snippets/MyFastpass';
