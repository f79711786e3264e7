/// <reference types="vite/client" />

// Read by the Live Authing story; Storybook exposes `STORYBOOK_*` variables to the browser.
interface ImportMetaEnv {
  /** The Authing application's host, e.g. `https://example.authing.cn`. */
  readonly STORYBOOK_AUTHING_APP_HOST?: string;
  /** The Authing application id. */
  readonly STORYBOOK_AUTHING_APP_ID?: string;
  /** A signed-in user's access token for that application. */
  readonly STORYBOOK_AUTHING_ACCESS_TOKEN?: string;
}
