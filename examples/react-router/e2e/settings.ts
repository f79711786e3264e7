import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from 'react-fastpass-qrcode/testing';
import { MOCK_PORT } from './ports';

/** What the servers under test are started with (see .env for what each one means). */
export const SERVER_ENV = {
  FASTPASS_APP_HOST: `http://127.0.0.1:${MOCK_PORT}`,
  FASTPASS_APP_ID: FASTPASS_MOCK_APP_ID,
  FASTPASS_USER_ID: FASTPASS_MOCK_USER.id,
  FASTPASS_ACCESS_TOKEN: FASTPASS_MOCK_ACCESS_TOKEN,
  SESSION_SECRET: 'e2e-session-secret',
};
