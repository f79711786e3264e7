/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FASTPASS_APP_HOST: string;
  readonly VITE_FASTPASS_APP_ID: string;
  readonly VITE_FASTPASS_ACCESS_TOKEN: string;
}
