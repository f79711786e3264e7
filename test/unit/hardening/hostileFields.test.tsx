import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassError } from '../../../src/api/errors';
import { encodeFastpassPayload } from '../../../src/api/payload';
import type { FastpassQrcodeInfo } from '../../../src/api/schemas';
import { FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { createTestQueryClient, createWrapper, installFakeClock, settle, advance } from '../../utils/fastpassWrapper';
import { createMockClient } from '../../utils/mockClient';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

const TEN_MB = 10 * 1024 * 1024;
const HUGE_PHOTO = `https://evil.example/${'a'.repeat(TEN_MB)}`;
const UNSAFE_PHOTOS = [
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['data:text/html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['protocol-relative //host', '//evil.example/track.png'],
] as const;

const VALID_INFO: FastpassQrcodeInfo = {
  scene: 'FASTPASS',
  qrcodeId: 'qr-hostile-1',
  apiHost: 'https://example.authing.cn',
  user: FASTPASS_MOCK_USER,
  appId: FASTPASS_MOCK_APP_ID,
  userpool: FASTPASS_MOCK_USERPOOL,
};

/** The next code request answers `data` in a success envelope; returns the card's root. */
function showCardWith(data: unknown, props: Partial<FastpassQRCodeProps> = {}) {
  mock.fail({ type: 'invalid-data', data }, { endpoint: 'geneFastpassQrcodeInfo' });
  const ref = createRef<HTMLDivElement>();
  render(<FastpassQRCode ref={ref} {...props} />, { wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US' }) });
  return () => ref.current!;
}

/** Every image the card would load: `<img src>` and the SVG logo's `<image href>` (alt="" images have no role to query by). */
function loadedImages(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('img, image'), (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
}

describe('given hostile photo URLs from the server', () => {
  describe.each(UNSAFE_PHOTOS)('given a %s photo', (_name, photo) => {
    it('should pass it through the client untouched (the payload is what the server sent)', async () => {
      mock.fail({ type: 'invalid-data', data: { ...VALID_INFO, user: { ...VALID_INFO.user, photo } } });
      await expect(createMockClient().geneFastpassQrcodeInfo()).resolves.toMatchObject({ user: { photo } });
    });

    it('should never load it, as an <img> or as the QR logo, and show initials instead', async () => {
      const info = { ...VALID_INFO, user: { ...VALID_INFO.user, photo }, userpool: { ...VALID_INFO.userpool, photo } };
      const root = showCardWith(info, { showUserpoolLogo: true, level: 'H' });
      await settle();
      expect(root()).toHaveAttribute('data-state', 'pending');
      expect(loadedImages(root())).toEqual([]);
      expect(root().outerHTML).not.toContain(photo);
      expect(within(root()).getByText('张', { selector: '[aria-hidden="true"]' })).toBeInTheDocument();
    });
  });

  // Heavy by design (10 MB through fetch, the schema and the card), not a measure of time: room for a busy machine.
  it('should refuse a 10 MB photo URL unread, though it is https, and not crash', { timeout: 30_000 }, async () => {
    const info = { ...VALID_INFO, user: { ...VALID_INFO.user, photo: HUGE_PHOTO }, userpool: { ...VALID_INFO.userpool, photo: HUGE_PHOTO } };
    mock.fail({ type: 'invalid-data', data: info });
    const received = await createMockClient().geneFastpassQrcodeInfo();
    expect(received.user.photo).toHaveLength(HUGE_PHOTO.length);

    // With a small custom payload the code is scannable, and the avatar still refuses the photo.
    const root = showCardWith(info, { encode: (code) => code.qrcodeId });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(loadedImages(root())).toEqual([]);
    expect(within(root()).getByText('张', { selector: '[aria-hidden="true"]' })).toBeInTheDocument();
    expect(root().outerHTML.length).toBeLessThan(100_000);
  });

  it('should end a 10 MB photo in the default payload in a clear error, not a crash', { timeout: 30_000 }, async () => {
    const root = showCardWith({ ...VALID_INFO, user: { ...VALID_INFO.user, photo: HUGE_PHOTO } });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent('The server sent something we could not read');
    expect(root().outerHTML.length).toBeLessThan(100_000);
  });
});

const RLO = '\u202e';
const HOSTILE_NAMES = [
  ['markup', '<img src=x onerror=alert(1)><b>bold</b>'],
  ['a script', '<script>window.__pwned = true</script>'],
  ['right-to-left override characters', `${RLO}gnp.exe${'\u202c'} admin`],
  ['an ampersand entity', '&lt;script&gt;&amp;'],
] as const;

/** What the hostile names would create if they were parsed as HTML. */
const NAME_INJECTED = 'script, b, iframe, img[src="x"]';

describe('given hostile display names', () => {
  describe.each(HOSTILE_NAMES)('given a name with %s', (_what, name) => {
    const info = { ...VALID_INFO, user: { ...VALID_INFO.user, displayName: name }, userpool: { ...VALID_INFO.userpool, displayName: name } };

    it('should render it as text, in bidi-isolated elements, creating no element from it', async () => {
      const root = showCardWith(info);
      await settle();
      expect(root()).toHaveAttribute('data-state', 'pending');
      const shown = within(root()).getAllByText(name);
      expect(shown).toHaveLength(2);
      // dir="auto" isolates the name, so an override inside it cannot reorder the text around it.
      for (const element of shown) expect(element).toHaveAttribute('dir', 'auto');
      expect(within(root()).getByRole('img', { name: `Fastpass QR code for ${name} at ${name}` })).toBeInTheDocument();
      // eslint-disable-next-line testing-library/no-node-access -- looking for elements the name must not create
      expect(root().querySelectorAll(NAME_INJECTED)).toHaveLength(0);
      expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    });

    it('should render it as text where it says who scanned', async () => {
      const root = showCardWith(VALID_INFO);
      await settle();
      mock.fail({ type: 'invalid-data', data: { status: 'SCANNED', briefUserInfo: { displayName: name, photo: 'javascript:alert(1)' } } });
      await advance(1_000);
      expect(root()).toHaveAttribute('data-state', 'scanned');
      expect(within(root()).getByText(`Scanned by ${name}`)).toBeInTheDocument();
      // eslint-disable-next-line testing-library/no-node-access -- looking for elements the name must not create
      expect(root().querySelectorAll(NAME_INJECTED)).toHaveLength(0);
    });
  });

  it('should show a 10 000-character name as text and end its too-large default payload in an error', async () => {
    const name = 'Ω'.repeat(10_000);
    const root = showCardWith({ ...VALID_INFO, user: { ...VALID_INFO.user, displayName: name } });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(within(root()).getByText(name)).toBeInTheDocument();
  });

  it('should show a 10 000-character name as text in a scannable code when the payload is small', async () => {
    const name = 'Ω'.repeat(10_000);
    const root = showCardWith({ ...VALID_INFO, user: { ...VALID_INFO.user, displayName: name } }, { encode: (code) => code.qrcodeId });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(within(root()).getByText(name)).toHaveAttribute('title', name);
  });
});

describe('given a hostile apiHost', () => {
  it.each([
    'http://evil.example',
    'http://example.authing.cn',
    'ftp://example.authing.cn',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    'example.authing.cn',
    '',
    'http://localhost.evil.example',
    'http://localhost@evil.example',
    'http://127.0.0.1.evil.example',
    'ws://localhost',
  ])('should reject %j as invalid-response, in the client and on screen', async (apiHost) => {
    mock.fail({ type: 'invalid-data', data: { ...VALID_INFO, apiHost } });
    const error = await createMockClient().geneFastpassQrcodeInfo().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FastpassError);
    expect(error).toMatchObject({ kind: 'invalid-response', message: expect.stringMatching(/apiHost/) });

    const root = showCardWith({ ...VALID_INFO, apiHost });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent('The server sent something we could not read');
    expect(screen.queryByRole('img', { name: /Fastpass QR code/ })).not.toBeInTheDocument();
  });

  it.each(['https://example.authing.cn', 'HTTPS://EXAMPLE.AUTHING.CN/base', 'http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:8080'])(
    'should accept %j',
    async (apiHost) => {
      mock.fail({ type: 'invalid-data', data: { ...VALID_INFO, apiHost } });
      await expect(createMockClient().geneFastpassQrcodeInfo()).resolves.toMatchObject({ apiHost });
    },
  );
});

describe('given other malformed or extended data', () => {
  it('should reject an empty qrcodeId as invalid-response, and never poll for it', async () => {
    mock.fail({ type: 'invalid-data', data: { ...VALID_INFO, qrcodeId: '' } });
    await expect(createMockClient().geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'invalid-response', message: expect.stringMatching(/qrcodeId/) });

    mock.reset();
    const root = showCardWith({ ...VALID_INFO, qrcodeId: '' });
    await advance(5_000);
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(mock.requests.filter((request) => request.endpoint === 'getAppLoginQrcodeStatus')).toHaveLength(0);
  });

  it('should keep unknown extra fields, in the client result and in the QR payload, exactly as sent', async () => {
    const extended = { version: 2, ...VALID_INFO, user: { ...VALID_INFO.user, nickname: 'zs' }, region: { name: 'cn-north' } };
    mock.fail({ type: 'invalid-data', data: extended });
    const info = await createMockClient().geneFastpassQrcodeInfo();
    expect(encodeFastpassPayload(info)).toBe(JSON.stringify(extended));

    const payloads: string[] = [];
    const root = showCardWith(extended, {
      encode: (code) => {
        const payload = encodeFastpassPayload(code);
        payloads.push(payload);
        return payload;
      },
    });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(payloads.at(-1)).toBe(JSON.stringify(extended));
  });
});
