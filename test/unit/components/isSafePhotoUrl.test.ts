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

describe('given a 10 MB string', () => {
  it('should reject it without reading it', () => {
    const huge = `data:image/png;base64,${'A'.repeat(10 * 1024 * 1024)}`;
    const started = performance.now();
    expect(isSafePhotoUrl(huge)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5);
  });

  it('should still accept a photo just under the limit', () => {
    const prefix = 'data:image/png;base64,';
    expect(isSafePhotoUrl(prefix + 'A'.repeat(MAX_PHOTO_URL_LENGTH - prefix.length))).toBe(true);
  });
});
