import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  // The token reaches the browser as a prop: the simple setup.
  route('account', 'routes/account.tsx'),
  // The token stays on the server: the page calls the resource route below, which calls Authing.
  route('account/bff', 'routes/account-bff.tsx'),
  route('api/fastpass/*', 'routes/fastpass.ts'),
] satisfies RouteConfig;
