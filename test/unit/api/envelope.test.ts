// @vitest-environment node
import { authingEnvelope } from '../../../src/api/envelope';
import { internalErrorEnvelope } from '../../../src/testing/mockEnvelope';

describe('given authingEnvelope', () => {
  it('should write statusCode and message, and of the rest only the fields given', () => {
    // toStrictEqual: a key holding undefined is a key the body should not have.
    expect(authingEnvelope(401, 'not signed in')).toStrictEqual({ statusCode: 401, message: 'not signed in' });
    expect(authingEnvelope(401, 'not signed in', { apiCode: undefined, requestId: undefined, data: undefined })).toStrictEqual({
      statusCode: 401,
      message: 'not signed in',
    });
    expect(authingEnvelope(401, 'not signed in', { apiCode: 2020 })).toStrictEqual({ statusCode: 401, message: 'not signed in', apiCode: 2020 });
    expect(authingEnvelope(500, 'boom', { requestId: 'req-1' })).toStrictEqual({ statusCode: 500, message: 'boom', requestId: 'req-1' });
    expect(authingEnvelope(200, 'ok', { data: { status: 'PENDING' } })).toStrictEqual({ statusCode: 200, message: 'ok', data: { status: 'PENDING' } });
  });

  it("should give the mock's internal error exactly its fields", () => {
    const body = internalErrorEnvelope('en-US', 503);
    expect(Object.keys(body)).toEqual(['statusCode', 'message', 'requestId']);
    expect(body.statusCode).toBe(503);
  });
});
