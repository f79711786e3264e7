// @vitest-environment node
import { authingRequestHeaders } from '../../../src/api/authingHeaders';

describe('authingRequestHeaders', () => {
  it('should write what the Node SDK sends: app id, the raw token (no Bearer), lang, content-type on a body', () => {
    expect(authingRequestHeaders({ appId: 'app', accessToken: 'tok', lang: 'ja-JP', hasJsonBody: true })).toStrictEqual({
      'x-authing-app-id': 'app',
      authorization: 'tok',
      'x-authing-lang': 'ja-JP',
      'content-type': 'application/json',
    });
  });

  it('should leave out authorization with no token, lang with none, content-type with no body', () => {
    // toStrictEqual: a header set to undefined would go over the wire as "undefined".
    expect(authingRequestHeaders({ appId: 'app', hasJsonBody: false })).toStrictEqual({ 'x-authing-app-id': 'app' });
    expect(authingRequestHeaders({ appId: 'app', accessToken: undefined, lang: undefined, hasJsonBody: false })).toStrictEqual({ 'x-authing-app-id': 'app' });
    expect(authingRequestHeaders({ appId: 'app', lang: '', hasJsonBody: false })).toStrictEqual({ 'x-authing-app-id': 'app' });
  });
});
