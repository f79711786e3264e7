/** The mock Authing's port during the e2e tests (npm run dev uses 4010). */
export const MOCK_PORT = 4120;
/** Where `vite preview` serves the e2e build. */
export const PREVIEW_PORT = 3200;
