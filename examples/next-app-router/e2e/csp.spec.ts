import { card, decodeQr, expect, test } from './fixtures';

test.describe('/account/csp: under a nonce-based Content-Security-Policy (proxy.ts)', () => {
  test('the server-rendered, hydrated card keeps its theme, hides its live region and draws a code that decodes, with no violation', async ({ page, mock }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto('/account/csp');
    const policy = response!.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);

    const root = card(page);
    await expect(root).toHaveAttribute('data-state', 'pending');
    const seen = await root.evaluate((element) => {
      const live = element.querySelector('[data-slot="live"]')!.getBoundingClientRect();
      const code = element.querySelector('[data-slot="code"]')!.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        accent: style.getPropertyValue('--fastpass-accent').trim(),
        background: style.backgroundColor,
        radius: getComputedStyle(element.querySelector('[data-slot="code"]')!).borderRadius,
        live: [live.width, live.height],
        code: [code.width, code.height],
      };
    });
    const payload = await decodeQr(root.locator('svg[data-slot="qrcode"]')).catch((error: Error) => error.message);
    // One comparison, so that a failure shows everything at once.
    expect({ ...seen, payload, violations }).toEqual({
      accent: '#7c3aed',
      background: 'rgb(17, 24, 39)',
      radius: '12px',
      live: [1, 1],
      code: [200, 200],
      payload: JSON.stringify(mock.codes()[0]!.info),
      violations: [],
    });
  });
});
