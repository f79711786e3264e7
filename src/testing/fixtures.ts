import type { FastpassUserInfo } from '../api/schemas';
import type { FastpassClientApp } from './appSchemas';

/** An SVG avatar as a data URL, so mock photos load with no network. */
function svgAvatar(letter: string, background: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
    `<rect width="96" height="96" rx="48" fill="${background}"/>` +
    `<text x="48" y="62" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The host the mock answers for, and the `apiHost` its codes name. */
export const FASTPASS_MOCK_APP_HOST = 'https://fastpass-demo.authing.cn';
/** The application id the mock knows; any other is apiCode 2011. */
export const FASTPASS_MOCK_APP_ID = '64a1f2c3d4e5f60718293a4b';
/** The access token of the mock's signed-in user. */
export const FASTPASS_MOCK_ACCESS_TOKEN = 'mock-access-token-zhangsan';
/** A second user's token, for session-switch tests. */
export const FASTPASS_MOCK_OTHER_ACCESS_TOKEN = 'mock-access-token-lisi';
/** The token the simulated token app signs in with. */
export const FASTPASS_MOCK_APP_ACCESS_TOKEN = 'mock-token-app-access-token';

export const FASTPASS_MOCK_USER: FastpassUserInfo = {
  id: '64a1f2c3d4e5f60718293a01',
  displayName: '张三',
  photo: svgAvatar('张', '#3b6cf6'),
};

export const FASTPASS_MOCK_OTHER_USER: FastpassUserInfo = {
  id: '64a1f2c3d4e5f60718293a02',
  displayName: 'Li Si',
  photo: svgAvatar('L', '#0f9d75'),
};

export const FASTPASS_MOCK_USERPOOL: FastpassUserInfo = {
  id: '64a1f2c3d4e5f60718293a00',
  displayName: 'Authing 示例用户池',
  photo: svgAvatar('A', '#215ae5'),
};

export const FASTPASS_MOCK_RELATION_APPS: FastpassClientApp[] = [
  { id: FASTPASS_MOCK_APP_ID, name: '个人中心', logo: svgAvatar('个', '#215ae5') },
  { id: '64a1f2c3d4e5f60718293a4c', name: 'Console' },
];
