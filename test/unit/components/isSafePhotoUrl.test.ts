import { isSafePhotoUrl } from '../../../src/components/parts/isSafePhotoUrl';
import { MAX_PHOTO_URL_LENGTH } from '../../../src/components/parts/isSafePhotoUrl';

describe('given photo URLs a browser may load safely', () => {
  it.each([
    'https://files.authing.co/authing-console/default-user-avatar.png',
    'http://localhost:3000/avatar.png',
    'HTTPS://FILES.AUTHING.CO/A.PNG',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E',
    'data:image/jpeg,abc',
  ])('should accept %s', (url) => {
    expect(isSafePhotoUrl(url)).toBe(true);
  });
});

describe('given URLs that could run script or load from anywhere', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image', // no type
    'data:,hello',
    '//evil.example/avatar.png',
    '/avatar.png',
    'avatar.png',
    'https://',
    'https:///path',
    'https://files.authing.co/a b.png',
    ' https://files.authing.co/a.png',
    'https://files.authing.co/a.png\n',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    '',
  ])('should reject %j', (url) => {
    expect(isSafePhotoUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}])('should reject the non-string %j', (value) => {
    expect(isSafePhotoUrl(value)).toBe(false);
  });
});

describe('given a string longer than MAX_PHOTO_URL_LENGTH', () => {
  // What the limit protects: a hostile server's huge "photo" must not cost a scan of every character on each render.
  // No clock decides it: the regular expression is watched, and it must never see the string at all.
  const prefix = 'data:image/png;base64,';
  const scanned = (test: { mock: { calls: unknown[][] } }, url: string) => test.mock.calls.some(([input]) => input === url);

  it('should reject it without reading it: the pattern never runs on it', () => {
    const huge = prefix + 'A'.repeat(10 * 1024 * 1024);
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(isSafePhotoUrl(huge)).toBe(false);
      expect(scanned(test, huge)).toBe(false);
      // The detector works: a photo just under the limit is read, and accepted.
      const underLimit = prefix + 'A'.repeat(MAX_PHOTO_URL_LENGTH - prefix.length);
      expect(isSafePhotoUrl(underLimit)).toBe(true);
      expect(scanned(test, underLimit)).toBe(true);
    } finally {
      test.mockRestore();
    }
  });

  it('should reject one character over the limit, a photo that would otherwise pass', () => {
    expect(isSafePhotoUrl(prefix + 'A'.repeat(MAX_PHOTO_URL_LENGTH - prefix.length + 1))).toBe(false);
  });

  it('should still accept a photo just under the limit', () => {
    expect(isSafePhotoUrl(prefix + 'A'.repeat(MAX_PHOTO_URL_LENGTH - prefix.length))).toBe(true);
  });
});

describe('given long hostile strings within the limit', () => {
  it.each([
    ['a script URL padded to the limit', 'javascript:' + 'a'.repeat(MAX_PHOTO_URL_LENGTH - 11)],
    ['an https URL with a space at its very end', 'https://files.authing.co/' + 'a'.repeat(MAX_PHOTO_URL_LENGTH - 26) + ' '],
    ['an image data URL with a control character at its very end', 'data:image/png;base64,' + 'A'.repeat(MAX_PHOTO_URL_LENGTH - 23) + '\u0000'],
    ['a protocol-relative URL of slashes', '/'.repeat(MAX_PHOTO_URL_LENGTH)],
  ])('should reject %s', (_name, url) => {
    expect(url.length).toBeLessThanOrEqual(MAX_PHOTO_URL_LENGTH);
    expect(isSafePhotoUrl(url)).toBe(false);
  });

  it('should accept a long https URL that is safe all the way through', () => {
    expect(isSafePhotoUrl('https://files.authing.co/' + 'a'.repeat(MAX_PHOTO_URL_LENGTH - 25))).toBe(true);
  });
});
