// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { FastpassError, isFastpassError } from '../../../src/api/errors';
import { createMockClient } from '../../utils/mockClient';
import { setupMockAuthing } from '../../utils/mockServer';

const { server } = setupMockAuthing();

/** Another copy of the package (a second bundle, a duplicated dependency): its own class, the same shape. */
class FastpassErrorOfAnotherCopy extends Error {
  override readonly name = 'FastpassError';
  readonly kind = 'api';
}

describe('given a FastpassError from the client', () => {
  it('should be named FastpassError, so that logs and other copies of the package know it', async () => {
    server.use(http.post('*/api/v3/gene-fastpass-qrcode-info', () => HttpResponse.json({ statusCode: 500, message: 'boom' })));
    const error = await createMockClient().geneFastpassQrcodeInfo().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(FastpassError);
    expect((error as Error).name).toBe('FastpassError');
    expect(String(error)).toBe('FastpassError: Authing answered /api/v3/gene-fastpass-qrcode-info with statusCode 500: boom');
  });

  it('should hold a cause only when there is one: no own cause property at all otherwise', () => {
    expect(Object.hasOwn(new FastpassError('api', 'no cause'), 'cause')).toBe(false);
    expect(Object.hasOwn(new FastpassError('api', 'no cause', { httpStatus: 500 }), 'cause')).toBe(false);
    const cause = new Error('below');
    expect(new FastpassError('network', 'with a cause', { cause }).cause).toBe(cause);
  });
});

describe('given isFastpassError', () => {
  it.each<[string, unknown, boolean]>([
    ['a FastpassError', new FastpassError('api', 'x'), true],
    ["another copy's FastpassError", new FastpassErrorOfAnotherCopy('x'), true],
    ['an Error named FastpassError with no kind', Object.assign(new Error('x'), { name: 'FastpassError' }), false],
    ['an Error with a kind but another name', Object.assign(new Error('x'), { kind: 'api' }), false],
    ['a plain object shaped like one', { name: 'FastpassError', kind: 'api', message: 'x' }, false],
    ['a TypeError', new TypeError('x'), false],
    ['undefined', undefined, false],
  ])('should say whether %s is one', (_name, value, expected) => {
    expect(isFastpassError(value)).toBe(expected);
  });
});
