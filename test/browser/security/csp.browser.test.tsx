// The card, its parts and the docs' custom UI under the strict Content-Security-Policy that enterprise account
// pages send: server-rendered HTML sent with the policy as a real header (test/browser/security/csp/server.tsx), read
// with scripts off (what the server HTML shows) and after hydration, and rendered on the client, in Chromium.
import { commands } from 'vitest/browser';
import type { CspPageOptions, CspPageResult } from './csp/cspCommand';
import { THEMED } from './csp/app';
import { decodeImage } from '../../utils/decodeQr';

declare module 'vitest/browser' {
  interface BrowserCommands {
    openCspPage(options: CspPageOptions): Promise<CspPageResult>;
  }
}

const open = (options: CspPageOptions) => commands.openCspPage(options);

async function decode(png: string | undefined): Promise<string | null> {
  if (!png) return null;
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  return decodeImage(image, { surround: 16 });
}

const themeSeen = {
  accent: THEMED.accentColor,
  background: 'rgb(17, 24, 39)',
  fontFamily: 'Georgia, serif',
  codeBox: { width: THEMED.size, height: THEMED.size },
  codeRadius: `${THEMED.radius}px`,
};
const HIDDEN = { width: 1, height: 1 };

describe('given a strict Content-Security-Policy (no inline styles, Trusted Types), in Chromium', () => {
  describe.each([
    ['without a nonce', false],
    ["with the provider's nonce", true],
  ])('given server-rendered HTML of the themed card %s', (_, nonce) => {
    it('should hydrate into the theme it was given, the live region hidden, the code box sized and decoding, with no violation', async () => {
      const seen = await open({ page: 'cards', nonce });
      expect(seen.cards.themed).toMatchObject({ ...themeSeen, liveBox: HIDDEN });
      // The photos failed before hydration (a 404 while the HTML loaded): the initials show, not a broken image.
      expect(seen.cards.themed).toMatchObject({ photos: 0, initials: ['ZS', expect.any(String)] });
      expect(seen.cards.unstyled?.codeBox).toEqual({ width: 180, height: 180 });
      expect(seen.cards.unstyled?.liveBox).toEqual(HIDDEN);
      expect(await decode(seen.codes['#themed'])).toContain('"qrcodeId"');
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
    });
  });

  it('should show the theme, the sized code box and no live region text in the server HTML alone when given a nonce', async () => {
    const seen = await open({ page: 'cards', nonce: true, scriptsOff: true });
    expect(seen.cards.themed).toMatchObject({ ...themeSeen, liveBox: HIDDEN });
    // Empty in server HTML, so that nothing shows even without the stylesheet.
    expect(seen.cards.unstyled?.liveBox?.height).toBe(0);
    expect(seen.violations).toEqual([]);
  });

  it("should keep the docs' custom UI and an unstyled idle card whole after hydration, with no violation", async () => {
    const seen = await open({ page: 'custom', click: true });
    expect(seen.cards['unstyled-idle']?.codeBox).toEqual({ width: 180, height: 180 });
    expect(seen.cards['unstyled-idle']?.liveBox).toEqual(HIDDEN);
    expect(await decode(seen.codes.custom)).toContain('"qrcodeId"');
    expect(seen.violations).toEqual([]);
  });
});
