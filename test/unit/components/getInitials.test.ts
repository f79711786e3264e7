import { getInitials } from '../../../src/components/parts/getInitials';

describe('given a CJK name', () => {
  it.each([
    ['张三', '张'],
    ['欧阳 娜娜', '欧'],
    ['やまだ たろう', 'や'],
    ['김철수', '김'],
    ['  王五  ', '王'],
  ])('should take the first character of %j', (name, initials) => {
    expect(getInitials(name)).toBe(initials);
  });
});

describe('given a Latin name', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada lovelace', 'AL'],
    ['Grace Brewster Murray Hopper', 'GH'],
    ['Cher', 'C'],
    ['  li   si ', 'LS'],
    ['Authing 示例用户池', 'A'],
  ])('should take up to two initials of %j', (name, initials) => {
    expect(getInitials(name)).toBe(initials);
  });
});

describe('given emoji and combining marks', () => {
  it('should keep an emoji whole', () => {
    expect(getInitials('🎉 Party')).toBe('🎉P');
  });

  it('should keep a ZWJ family emoji as one character', () => {
    expect(getInitials('👨‍👩‍👧 Family')).toBe('👨‍👩‍👧F');
  });

  it('should keep a letter with its combining accent', () => {
    expect(getInitials('e\u0301mile zola')).toBe('E\u0301Z');
  });
});

describe('given an empty name', () => {
  it.each(['', '   ', '\n\t'])('should show ? for %j', (name) => {
    expect(getInitials(name)).toBe('?');
  });
});
