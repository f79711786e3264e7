import type { Page } from '@playwright/test';
import { card, codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, test } from './fixtures';

/** What the card computes next to what antd's own components compute from the same tokens. */
async function computedStyles(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return getComputedStyle(element);
    };
    const root = style('[data-slot="root"]');
    const antdCard = style('.ant-card');
    return {
      card: {
        accent: style('[data-slot="user"] [data-slot="avatar"]').backgroundColor,
        radius: style('[data-slot="code"]').borderTopLeftRadius,
        fontFamily: root.fontFamily,
        background: root.backgroundColor,
        text: root.color,
        border: root.borderTopColor,
        muted: style('[data-slot="userpool"]').color,
        colorScheme: root.colorScheme,
      },
      antd: {
        accent: style('.ant-btn-primary').backgroundColor, // colorPrimary
        radius: style('.ant-btn-primary').borderTopLeftRadius, // borderRadius
        fontFamily: antdCard.fontFamily, // fontFamily
        background: antdCard.backgroundColor, // colorBgContainer
        text: antdCard.color, // colorText
        border: antdCard.borderTopColor, // colorBorderSecondary
        muted: style('.ant-typography.ant-typography-secondary').color, // colorTextDescription
      },
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the card takes antd's tokens, shows the code the mock served and follows it to authorized`, async ({ page, mock }) => {
    await page.goto('/');
    const root = card(page);
    await expect(root).toHaveAttribute('data-state', 'pending');
    if (scheme === 'dark') await page.getByRole('switch', { name: '深色模式' }).click();
    await expect(root).toHaveAttribute('data-color-scheme', scheme);

    // Polled: antd's components (and the card) ease into a new theme over a few hundred ms.
    await expect(async () => {
      const { card: fastpass, antd } = await computedStyles(page);
      const { colorScheme, ...themed } = fastpass;
      expect(themed).toEqual(antd);
      expect(colorScheme).toBe(scheme);
      // The two schemes really differ (so the comparison above is not between two defaults).
      expect(antd.background).toBe(scheme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)');
    }).toPass({ timeout: 5_000 });

    await expectCardFollowsTheTokenApp(page, mock);
    // Switching the theme re-renders the card, and asks for no new code.
    expect(codeRequests(mock).map(fromBrowser), 'one code request, from the browser').toEqual([true]);
  });
}
