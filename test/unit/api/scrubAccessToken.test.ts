// @vitest-environment node
import { ACCESS_TOKEN_PLACEHOLDER, scrubAccessToken } from '../../../src/api/scrubAccessToken';

describe('scrubAccessToken', () => {
  it('should replace every occurrence of the token', () => {
    expect(scrubAccessToken('bad token tok-1, again tok-1.', 'tok-1')).toBe(`bad token ${ACCESS_TOKEN_PLACEHOLDER}, again ${ACCESS_TOKEN_PLACEHOLDER}.`);
  });

  it('should replace the spellings a JSON serializer writes, with "/" escaped or not', () => {
    const token = 'ab/c"d\\e';
    const text = `raw ${token} json ${JSON.stringify(token)} php ${JSON.stringify(token).replaceAll('/', '\\/')}`;
    const scrubbed = scrubAccessToken(text, token);
    expect(scrubbed).toBe(`raw ${ACCESS_TOKEN_PLACEHOLDER} json "${ACCESS_TOKEN_PLACEHOLDER}" php "${ACCESS_TOKEN_PLACEHOLDER}"`);
  });

  it.each([undefined, ''])('should leave the text as it is when there is no token (%s)', (token) => {
    expect(scrubAccessToken('nothing to hide', token)).toBe('nothing to hide');
  });
});
