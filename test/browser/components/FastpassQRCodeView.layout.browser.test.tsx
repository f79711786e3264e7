import '../../../src/styles.css';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FastpassQRCodeView } from '../../../src';
import { MIN_SUPPORTED_SIZE } from '../../../src/components/parts/codeDefaults';
import { ALL_STATES, REALISTIC_PAYLOAD, VIEW_INFO, viewError, viewResult } from '../../utils/viewResults';
import { useUnscaledViewport } from './decodeScreenshot';

beforeAll(() => useUnscaledViewport());
afterEach(() => {
  vi.restoreAllMocks();
});

function codeAreaBox() {
  const { x, y, width, height } = screen.getByRole('group', { name: '快速认证二维码' }).getBoundingClientRect();
  return { x, y, width, height };
}

describe.each([200, MIN_SUPPORTED_SIZE])('given size %i', (size) => {
  it('should give the code area the same box in every state, so nothing shifts', () => {
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} size={size} />);
    const pending = codeAreaBox();
    expect(pending).toMatchObject({ width: size, height: size });
    for (const state of ALL_STATES) {
      const overrides = state === 'error' ? { error: viewError('api', { requestId: 'req-7f3a9c' }) } : {};
      rerender(<FastpassQRCodeView result={viewResult(state, overrides)} size={size} />);
      expect({ state, box: codeAreaBox() }).toEqual({ state, box: pending });
    }
  });

  it('should keep the code itself inside the code area with at least the quiet zone around it', () => {
    render(<FastpassQRCodeView result={viewResult('pending')} size={size} />);
    const area = codeAreaBox();
    const code = screen.getByRole('img').getBoundingClientRect();
    expect(code.left).toBeGreaterThanOrEqual(area.x);
    expect(code.top).toBeGreaterThanOrEqual(area.y);
    expect(code.right).toBeLessThanOrEqual(area.x + area.width);
    expect(code.bottom).toBeLessThanOrEqual(area.y + area.height);
  });
});

describe.each([128, 150, 200, 233])('given a code drawn at %i px', (size) => {
  it('should draw every module a whole number of pixels, at least 2 CSS px, centred on the plate', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FastpassQRCodeView result={viewResult('pending', { payload: REALISTIC_PAYLOAD })} size={size} />);
    const code = screen.getByRole('img');
    const modules = Number(code.getAttribute('viewBox')?.split(' ')[2]);
    const { width, height, left, top } = code.getBoundingClientRect();
    const area = codeAreaBox();
    expect(width).toBe(height);
    expect((width * devicePixelRatio) % modules).toBe(0);
    // As large as whole pixels allow once the quiet zone may narrow to 2 modules (the plate clips the rest), and never
    // under 2 CSS px a module: a plate too small for that grows, and says so in development.
    const dataModules = modules - 2 * 4;
    const perModule = width / modules;
    const fitted = Math.floor((size * devicePixelRatio) / (dataModules + 2 * 2));
    expect(perModule * devicePixelRatio).toBe(Math.max(fitted, Math.ceil(2 * devicePixelRatio)));
    expect(perModule).toBeGreaterThanOrEqual(2);
    const grown = perModule * devicePixelRatio > fitted;
    expect(area.width).toBe(grown ? Math.ceil(perModule * (dataModules + 2 * 2)) : size);
    expect(area.height).toBe(area.width);
    expect(warn).toHaveBeenCalledTimes(grown ? 1 : 0);
    if (grown) expect(warn.mock.calls[0]?.[0]).toContain(`Give size={${area.width}} or more`);
    // …and the plate still shows at least that much quiet zone around the data.
    expect((area.width - perModule * dataModules) / 2).toBeGreaterThanOrEqual(2 * perModule);
    expect(Math.abs(left - area.x - (area.x + area.width - (left + width)))).toBeLessThanOrEqual(1);
    expect(Math.abs(top - area.y - (area.y + area.height - (top + height)))).toBeLessThanOrEqual(1);
  });
});

describe('given the realistic answer at the default level', () => {
  it('should need exactly the smallest supported size for 2 CSS px a module (what MIN_SUPPORTED_SIZE claims)', () => {
    render(<FastpassQRCodeView result={viewResult('pending', { payload: REALISTIC_PAYLOAD })} />);
    const dataModules = Number(screen.getByRole('img').getAttribute('viewBox')?.split(' ')[2]) - 2 * 4;
    expect(2 * (dataModules + 2 * 2)).toBe(MIN_SUPPORTED_SIZE);
  });
});

describe('given long names', () => {
  const long = '欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜 Ouyang Nana the Extraordinarily Long-Named';
  const info = { ...VIEW_INFO, user: { ...VIEW_INFO.user, displayName: long }, userpool: { ...VIEW_INFO.userpool, displayName: long } };

  it('should truncate them visually, keep the full text, and not widen the card or move the code', () => {
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} />);
    const before = codeAreaBox();
    rerender(<FastpassQRCodeView result={viewResult('pending', { info })} />);
    const [userName] = screen.getAllByTitle(long);
    expect(userName).toHaveTextContent(long);
    expect(userName!.scrollWidth).toBeGreaterThan(userName!.clientWidth);
    expect(getComputedStyle(userName!).textOverflow).toBe('ellipsis');
    expect(codeAreaBox()).toEqual(before);
  });
});

describe('given Refresh in a real browser', () => {
  it('should leave focus in the component when the button goes away, never on the body', async () => {
    const user = userEvent.setup();
    const result = viewResult('expired');
    const { rerender } = render(<FastpassQRCodeView result={result} />);
    await user.click(screen.getByRole('button', { name: '刷新二维码' }));
    rerender(<FastpassQRCodeView result={viewResult('loading')} />);
    expect(document.body).not.toHaveFocus();
    expect(screen.getByRole('group', { name: '快速认证二维码' })).toHaveFocus();
    expect(result.refresh).toHaveBeenCalledTimes(1);
  });

  it('should reach the button from the keyboard and press it with Enter', async () => {
    const user = userEvent.setup();
    const result = viewResult('error');
    render(<FastpassQRCodeView result={result} />);
    await user.tab();
    expect(screen.getByRole('button', { name: '重试' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(result.refresh).toHaveBeenCalledTimes(1);
  });
});

describe('given the stylesheet', () => {
  it('should stop the skeleton shimmer and veil fade under prefers-reduced-motion', () => {
    const reduced = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'))
      .flatMap((rule) => Array.from(rule.cssRules))
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.style.animationName === 'none');
    const selectors = reduced.map((rule) => rule.selectorText).join(',');
    expect(selectors).toContain('.fastpass__skeleton');
    expect(selectors).toContain('.fastpass__veil');
  });

  it('should animate the skeleton otherwise, and keep it the size of the code plate', () => {
    render(<FastpassQRCodeView result={viewResult('loading')} />);
    const area = screen.getByRole('group', { name: '快速认证二维码' });
    // eslint-disable-next-line testing-library/no-node-access -- the skeleton is decorative (aria-hidden), no role to find it by
    const skeleton = area.querySelector('[data-slot="skeleton"]')!;
    expect(getComputedStyle(skeleton).animationName).toBe('fastpass-shimmer');
    expect(skeleton.getBoundingClientRect().width).toBe(area.getBoundingClientRect().width);
    expect(skeleton.getBoundingClientRect().height).toBe(area.getBoundingClientRect().height);
  });

  it('should keep the code plate light in the dark scheme while the card goes dark', () => {
    render(<FastpassQRCodeView result={viewResult('pending')} colorScheme="dark" />);
    const area = screen.getByRole('group', { name: '快速认证二维码' });
    expect(getComputedStyle(area).backgroundColor).toBe('rgb(255, 255, 255)');
    // eslint-disable-next-line testing-library/no-node-access -- the card itself has no role
    expect(getComputedStyle(area.parentElement!).backgroundColor).toBe('rgb(23, 23, 26)');
  });
});
