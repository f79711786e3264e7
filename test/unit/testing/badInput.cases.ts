import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID } from '../../../src/testing';

/**
 * Bad input and what Authing answers it with, shared by the in-process mock's tests (msw/node) and the
 * mock server's (real HTTP): the same handlers answer both, so both must answer the same.
 */
export interface BadInputCase {
  name: string;
  method: 'GET' | 'POST';
  /** `{id}` stands for the qrcodeId of a code created just before. */
  path: string;
  /** A raw body, sent as it is with `content-type: application/json`. */
  body?: string;
  token?: string | null;
  appId?: string | null;
  /** The envelope expected in HTTP 200. */
  expected: { statusCode: number; apiCode?: number; message?: string };
}

const GENE = '/api/v3/gene-fastpass-qrcode-info';
const STATUS = '/api/v3/get-app-login-qrcode-status';
const APPS = '/api/v3/get-fastpass-client-apps';
const APP_LOGIN = '/api/v3/qrcode-app-login';
const CHANGE = '/api/v3/change-qrcode-status';
const BAD = { statusCode: 400, message: '请求参数错误' };
const NOT_FOUND = { statusCode: 404, message: '二维码不存在' };
const tokenApp = FASTPASS_MOCK_APP_ACCESS_TOKEN;

export const BAD_INPUT_CASES: BadInputCase[] = [
  { name: 'a body to gene-fastpass-qrcode-info that is not JSON', method: 'POST', path: GENE, body: 'options=openid', expected: BAD },
  { name: 'a JSON array as the body', method: 'POST', path: GENE, body: '[{"options":{}}]', expected: BAD },
  { name: 'a JSON string as the body', method: 'POST', path: GENE, body: '"{}"', expected: BAD },
  { name: 'options that is not an object', method: 'POST', path: GENE, body: '{"options":"openid"}', expected: BAD },
  { name: 'options that is an array', method: 'POST', path: GENE, body: '{"options":[]}', expected: BAD },
  { name: 'a scope that is not a string', method: 'POST', path: GENE, body: '{"options":{"scope":["openid"]}}', expected: BAD },
  { name: 'a context that is not an object', method: 'POST', path: GENE, body: '{"options":{"context":"x"}}', expected: BAD },
  { name: 'customData that is an array', method: 'POST', path: GENE, body: '{"options":{"customData":[1]}}', expected: BAD },
  { name: 'a scope without openid', method: 'POST', path: GENE, body: '{"options":{"scope":"profile"}}', expected: { statusCode: 400, message: 'scope 必须包含 openid' } },
  { name: 'a status query without qrcodeId', method: 'GET', path: STATUS, expected: BAD },
  { name: 'a status query with an empty qrcodeId', method: 'GET', path: `${STATUS}?qrcodeId=`, expected: BAD },
  { name: 'a status query for an unknown qrcodeId', method: 'GET', path: `${STATUS}?qrcodeId=nope`, expected: NOT_FOUND },
  { name: 'client apps without qrcodeId', method: 'GET', path: `${APPS}?appId=${FASTPASS_MOCK_APP_ID}`, token: tokenApp, expected: BAD },
  { name: 'client apps for an unknown qrcodeId', method: 'GET', path: `${APPS}?qrcodeId=nope&appId=${FASTPASS_MOCK_APP_ID}`, token: tokenApp, expected: NOT_FOUND },
  { name: 'qrcode-app-login with a numeric qrcodeId', method: 'POST', path: APP_LOGIN, body: '{"qrcodeId":12345,"action":"APP_LOGIN"}', token: tokenApp, expected: BAD },
  { name: 'qrcode-app-login with a body that is not JSON', method: 'POST', path: APP_LOGIN, body: 'qrcodeId={id}', token: tokenApp, expected: BAD },
  { name: 'qrcode-app-login with no body', method: 'POST', path: APP_LOGIN, token: tokenApp, expected: BAD },
  { name: 'qrcode-app-login with another action', method: 'POST', path: APP_LOGIN, body: '{"qrcodeId":"{id}","action":"LOGIN"}', token: tokenApp, expected: BAD },
  { name: 'qrcode-app-login for an unknown qrcodeId', method: 'POST', path: APP_LOGIN, body: '{"qrcodeId":"nope","action":"APP_LOGIN"}', token: tokenApp, expected: NOT_FOUND },
  { name: 'change-qrcode-status with a lower-case action', method: 'POST', path: CHANGE, body: '{"qrcodeId":"{id}","action":"scan"}', token: tokenApp, expected: BAD },
  { name: 'change-qrcode-status with a qrcodeId that is an object', method: 'POST', path: CHANGE, body: '{"qrcodeId":{"id":"{id}"},"action":"SCAN"}', token: tokenApp, expected: BAD },
  { name: 'no x-authing-app-id', method: 'POST', path: GENE, body: '{}', appId: null, expected: { statusCode: 404, apiCode: 2011, message: '应用不存在' } },
  { name: 'an unknown x-authing-app-id', method: 'GET', path: `${STATUS}?qrcodeId={id}`, appId: 'not-an-app', expected: { statusCode: 404, apiCode: 2011 } },
  { name: 'no token', method: 'POST', path: GENE, body: '{}', token: null, expected: { statusCode: 401, apiCode: 2020, message: '尚未登录，无访问权限' } },
  { name: 'a wrong token', method: 'GET', path: `${STATUS}?qrcodeId={id}`, token: 'eyJhbGciOiJub25lIn0.e30.', expected: { statusCode: 401, apiCode: 2020 } },
  { name: 'a wrong token on the token app side', method: 'POST', path: APP_LOGIN, body: '{"qrcodeId":"{id}","action":"APP_LOGIN"}', token: 'stolen', expected: { statusCode: 401, apiCode: 2020 } },
];

/** Sends a case to `base` (the mock's host, or the server's URL) as a client would, with the code it names. */
export async function sendCase(base: string, testCase: BadInputCase, qrcodeId: string): Promise<Response> {
  const headers: Record<string, string> = {};
  const token = testCase.token === undefined ? FASTPASS_MOCK_ACCESS_TOKEN : testCase.token;
  const appId = testCase.appId === undefined ? FASTPASS_MOCK_APP_ID : testCase.appId;
  if (token !== null) headers.authorization = token;
  if (appId !== null) headers['x-authing-app-id'] = appId;
  if (testCase.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${base}${testCase.path.replaceAll('{id}', qrcodeId)}`, {
    method: testCase.method,
    headers,
    body: testCase.body === undefined ? null : testCase.body.replaceAll('{id}', qrcodeId),
  });
}

/** The four languages of Authing's API and its "not signed in" in each. */
export const NOT_SIGNED_IN_BY_LANG: [lang: string, message: string][] = [
  ['zh-CN', '尚未登录，无访问权限'],
  ['en-US', 'Not signed in: access denied'],
  ['zh-TW', '尚未登入，無存取權限'],
  ['ja-JP', 'ログインしていないため、アクセス権限がありません'],
];
