/** The mock Authing's port during the e2e tests (npm run dev uses 4010). */
export const MOCK_PORT = 4110;
