import type { FastpassUserInfo } from '../api/schemas';
import type { FastpassClientApp } from './appSchemas';

/**
 * Where the mock's photos live. Real Authing answers with short https photo URLs, and the QR payload
 * carries them, so the mock does the same (data URLs would make the codes far denser than real ones);
 * the mock's own handlers serve these images, so they load with no network in Storybook.
 */
export const FASTPASS_MOCK_PHOTO_BASE = 'https://files.authing.co/fastpass-mock/';

/** The avatars the mock serves, by file name: a letter on a colour. */
export const FASTPASS_MOCK_PHOTOS: Record<string, { letter: string; background: string }> = {
  'zhangsan.svg': { letter: '张', background: '#3b6cf6' },
  'lisi.svg': { letter: 'L', background: '#0f9d75' },
  'userpool.svg': { letter: 'A', background: '#215ae5' },
  'app.svg': { letter: '个', background: '#215ae5' },
};

/** The SVG the mock answers for one of its photos. */
export function mockPhotoSvg({ letter, background }: { letter: string; background: string }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
    `<rect width="96" height="96" rx="48" fill="${background}"/>` +
    `<text x="48" y="62" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#fff">${letter}</text></svg>`
  );
}

/**
 * One of the mock's photos as a `data:image/svg+xml` URL, for pages where no request can reach the mock's photos: the
 * HTTP mock answers these (its own `http:` address is blocked by the usual `img-src 'self' https: data:`). The same
 * letter on a colour, written short (a 2×2 view box, single quotes, only `%`, `#` and spaces escaped: about 230
 * characters), because the QR payload carries the photos: the code stays at version 19 or below at level L, which the
 * default 200 px plate draws at 2 px a module. It passes the card's photo check (`data:image/…`, no whitespace).
 */
export function mockPhotoDataUrl({ letter, background }: { letter: string; background: string }): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0,0,2,2'><rect width='2' height='2' fill='${background}'/>` +
    `<text x='1' y='1.4' font-size='1.1' text-anchor='middle' fill='#fff'>${letter}</text></svg>`;
  return `data:image/svg+xml,${svg.replace(/[%#\s]/g, (c) => encodeURIComponent(c))}`;
}

const photo = (file: keyof typeof FASTPASS_MOCK_PHOTOS & string) => `${FASTPASS_MOCK_PHOTO_BASE}${file}`;

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
  photo: photo('zhangsan.svg'),
};

export const FASTPASS_MOCK_OTHER_USER: FastpassUserInfo = {
  id: '64a1f2c3d4e5f60718293a02',
  displayName: 'Li Si',
  photo: photo('lisi.svg'),
};

export const FASTPASS_MOCK_USERPOOL: FastpassUserInfo = {
  id: '64a1f2c3d4e5f60718293a00',
  displayName: 'Authing 示例用户池',
  photo: photo('userpool.svg'),
};

export const FASTPASS_MOCK_RELATION_APPS: FastpassClientApp[] = [
  { id: FASTPASS_MOCK_APP_ID, name: '个人中心', logo: photo('app.svg') },
  { id: '64a1f2c3d4e5f60718293a4c', name: 'Console' },
];

/** An access token the mock accepts out of the box, and whose session it is. */
export interface FastpassMockSession {
  token: string;
  /** Who uses it: the signed-in user, a second user (session switches), or the Authing token app. */
  role: 'user' | 'other-user' | 'token-app';
  user: FastpassUserInfo;
  /** Who it is, in a few words, for the bin's banner. */
  about: string;
}

/**
 * The one list of the tokens the mock accepts unless given `sessions`: `createFastpassMock` signs them in,
 * the server's info endpoint lists them and the bin prints them.
 */
export const FASTPASS_MOCK_SESSIONS: readonly FastpassMockSession[] = [
  { token: FASTPASS_MOCK_ACCESS_TOKEN, role: 'user', user: FASTPASS_MOCK_USER, about: `the signed-in user (${FASTPASS_MOCK_USER.displayName})` },
  { token: FASTPASS_MOCK_OTHER_ACCESS_TOKEN, role: 'other-user', user: FASTPASS_MOCK_OTHER_USER, about: `a second user (${FASTPASS_MOCK_OTHER_USER.displayName})` },
  { token: FASTPASS_MOCK_APP_ACCESS_TOKEN, role: 'token-app', user: FASTPASS_MOCK_USER, about: `the Authing token app (signed in as ${FASTPASS_MOCK_USER.displayName})` },
];
