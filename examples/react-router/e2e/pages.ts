/** The two account pages: the same page, the token as a prop or kept on the server. */
export const ACCOUNT_PAGES = [
  { path: '/account', title: 'the token as a prop', bff: false },
  { path: '/account/bff', title: 'the token on the server', bff: true },
] as const;
