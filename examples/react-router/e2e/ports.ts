/** The mock Authing's port during the e2e tests (npm run dev uses 4010). */
export const MOCK_PORT = 4130;
/** `react-router-serve`, the production build. */
export const SERVE_PORT = 3300;
/** `react-router dev`, where React reports hydration mismatches. */
export const DEV_PORT = 3301;
