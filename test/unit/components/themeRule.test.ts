// @vitest-environment node
import { themeRule } from '../../../src/components/FastpassQRCode/useThemeVariables';

describe('given theme variables for the <style nonce> of server HTML', () => {
  it('should key the rule by the root attribute and keep plain values', () => {
    expect(themeRule('«r1»', { '--fastpass-accent': '#7c3aed', '--fastpass-font-family': "'Noto Sans', serif" })).toBe(
      `[data-fastpass-theme="«r1»"]{--fastpass-accent:#7c3aed;--fastpass-font-family:'Noto Sans', serif}`,
    );
  });

  it.each(['red;}body{display:none', '</style><script>alert(1)</script>', 'red} a {color:red', 'url(\\"x\\")'])(
    'should leave out a value that could end the rule or the element: %s',
    (value) => {
      expect(themeRule('k', { '--fastpass-accent': value, '--fastpass-radius': '12px' })).toBe('[data-fastpass-theme="k"]{--fastpass-radius:12px}');
    },
  );
});
