// @vitest-environment node
import { fingerprint } from '../../../src/query/fingerprint';

/** FNV-1a (32 bits) of ASCII text as its published test vectors give it, in the base 36 the fingerprint writes. */
const FNV1A_32 = { '': 0x811c9dc5, a: 0xe40c292c, foobar: 0xbf9cf968 };

describe('given fingerprint', () => {
  it.each(Object.entries(FNV1A_32))('should start its first lane with FNV-1a of %j, as documented', (text, hash) => {
    expect(fingerprint(text).startsWith(`s${hash.toString(36)}`)).toBe(true);
  });

  it('should tell apart inputs of the same length that differ anywhere, the last character included', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.user-a';
    const others = [...token].map((_, index) => `${token.slice(0, index)}#${token.slice(index + 1)}`);
    const prints = new Set([token, ...others].map(fingerprint));
    expect(prints.size).toBe(others.length + 1);
  });

  it('should give a short name from which the token cannot be read back', () => {
    const token = 'mock-access-token-zhangsan';
    expect(fingerprint(token)).toMatch(/^s[0-9a-z]{2,14}$/);
    expect(fingerprint(token)).not.toContain('zhangsan');
  });
});
