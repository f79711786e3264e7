import { readFileSync } from 'node:fs';
import { cloneElement, createRef, type ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import { FastpassQRCodeView } from '../../../src';
import { ALL_STATES, viewResult } from '../../utils/viewResults';
import { FASTPASS_MOCK_USERPOOL } from '../../../src/testing';

/** Renders the view with a ref, so tests reach the root the way an app would. */
function renderView(ui: ReactElement<{ ref?: unknown }>) {
  const ref = createRef<HTMLDivElement>();
  const view = render(cloneElement(ui, { ref }));
  return { ...view, root: () => ref.current! };
}

describe('given the root element', () => {
  it('should merge className with the library class', () => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult('pending')} className="brand-card" />);
    expect(root()).toHaveClass('fastpass', 'brand-card');
  });

  it('should merge style with the CSS variables, the caller winning', () => {
    const { root } = renderView(
      <FastpassQRCodeView result={viewResult('pending')} size={160} style={{ marginTop: 8, ['--fastpass-code-size' as string]: '170px' }} />,
    );
    const rootEl = root();
    expect(rootEl.style.marginTop).toBe('8px');
    expect(rootEl.style.getPropertyValue('--fastpass-code-size')).toBe('170px');
    expect(rootEl.style.getPropertyValue('--fastpass-code-foreground')).toBe('#000000');
  });

  it('should pass data-*, aria-* and other props through to the root', () => {
    const onMouseEnter = vi.fn();
    const { root } = renderView(
      <FastpassQRCodeView result={viewResult('pending')} data-testid="fastpass" id="fp" aria-describedby="help" onMouseEnter={onMouseEnter} />,
    );
    const rootEl = root();
    expect(rootEl).toHaveAttribute('data-testid', 'fastpass');
    expect(rootEl).toHaveAttribute('id', 'fp');
    expect(rootEl).toHaveAttribute('aria-describedby', 'help');
  });

  it('should forward its ref to the root div', () => {
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView result={viewResult('pending')} ref={ref} />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveAttribute('data-slot', 'root');
    expect(within(ref.current!).getByRole('img', { name: /快速认证二维码/ })).toBeInTheDocument();
  });

  it.each(ALL_STATES)('should carry data-state="%s" and data-slot="root"', (state) => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult(state)} />);
    expect(root()).toHaveAttribute('data-state', state);
    expect(root()).toHaveAttribute('data-slot', 'root');
  });

  it('should follow the system colour scheme by default, and take an explicit one', () => {
    const { root, rerender } = renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    const rootEl = root();
    expect(rootEl).toHaveAttribute('data-color-scheme', 'auto');
    rerender(<FastpassQRCodeView result={viewResult('pending')} colorScheme="dark" />);
    expect(rootEl).toHaveAttribute('data-color-scheme', 'dark');
  });
});

/** The centre logo qrcode.react draws as an SVG <image>, if any. */
function logoOf(code: HTMLElement): Element | null {
  return code.querySelector('image');
}

describe('given theming props', () => {
  it('should turn theme tokens into --fastpass-* variables', () => {
    const { root } = renderView(
      <FastpassQRCodeView
        result={viewResult('pending')}
        theme={{ accent: '#ff5500', background: '#fafafa', foreground: '#111', muted: '#555', border: '#ddd', radius: 4, fontFamily: 'Inter', danger: '#d00', success: '#0a0' }}
      />,
    );
    const style = root().style;
    expect(style.getPropertyValue('--fastpass-accent')).toBe('#ff5500');
    expect(style.getPropertyValue('--fastpass-background')).toBe('#fafafa');
    expect(style.getPropertyValue('--fastpass-foreground')).toBe('#111');
    expect(style.getPropertyValue('--fastpass-muted')).toBe('#555');
    expect(style.getPropertyValue('--fastpass-border')).toBe('#ddd');
    expect(style.getPropertyValue('--fastpass-radius')).toBe('4px');
    expect(style.getPropertyValue('--fastpass-font-family')).toBe('Inter');
    expect(style.getPropertyValue('--fastpass-danger')).toBe('#d00');
    expect(style.getPropertyValue('--fastpass-success')).toBe('#0a0');
  });

  it('should let accentColor and radius win over the theme', () => {
    const { root } = renderView(
      <FastpassQRCodeView result={viewResult('pending')} theme={{ accent: '#ff5500', radius: 4 }} accentColor="#0055ff" radius="1rem" />,
    );
    const style = root().style;
    expect(style.getPropertyValue('--fastpass-accent')).toBe('#0055ff');
    expect(style.getPropertyValue('--fastpass-radius')).toBe('1rem');
  });

  it.each<[string, number | undefined, string]>([
    ['radius={12}', 12, '12px'],
    ['no radius (the stylesheet default)', undefined, '8px'],
  ])('should draw, with %s, the code area and buttons at the radius and the card at 1.5 times it, as the docs say', (_name, radius, inner) => {
    // The stylesheet as an app imports it: jsdom cascades its declarations (it resolves no var() or calc(), so this
    // does, for the one variable they use).
    const sheet = document.createElement('style');
    sheet.textContent = readFileSync('src/styles.css', 'utf8');
    document.head.append(sheet);
    try {
      const { root } = renderView(<FastpassQRCodeView result={viewResult('expired')} radius={radius} />);
      const cornerOf = (element: Element) => {
        const declared = getComputedStyle(element).borderRadius;
        const withRadius = declared.replace(/var\(--fastpass-radius(?:,[^)]*)?\)/g, getComputedStyle(root()).getPropertyValue('--fastpass-radius').trim() || '8px');
        const product = /^calc\((\d+(?:\.\d+)?)px \* (\d+(?:\.\d+)?)\)$/.exec(withRadius);
        return product ? `${Number(product[1]) * Number(product[2])}px` : withRadius;
      };
      expect(cornerOf(screen.getByRole('group', { name: '快速认证二维码' }))).toBe(inner);
      expect(cornerOf(screen.getByRole('button', { name: '刷新二维码' }))).toBe(inner);
      expect(cornerOf(root())).toBe(`${Number.parseFloat(inner) * 1.5}px`);
    } finally {
      sheet.remove();
    }
  });

  it('should set no variable that was not given, so the stylesheet defaults apply', () => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    const style = root().style;
    expect(style.getPropertyValue('--fastpass-accent')).toBe('');
    expect(style.getPropertyValue('--fastpass-code-size')).toBe('200px');
    expect(style.getPropertyValue('--fastpass-code-background')).toBe('#ffffff');
  });

  it('should draw the code with qrcode.react props: size, colours, level and quiet zone', () => {
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} />);
    const defaults = screen.getByRole('img');
    expect(defaults).toHaveAttribute('width', '200');
    const defaultModules = Number(defaults.getAttribute('viewBox')?.split(' ')[2]);

    // 240 px: large enough for this code at level H (a smaller plate grows to 2 CSS px a module, server HTML included).
    rerender(<FastpassQRCodeView result={viewResult('pending')} size={240} fgColor="#102030" bgColor="#fffff0" level="H" marginSize={2} />);
    const custom = screen.getByRole('img');
    expect(custom).toHaveAttribute('width', '240');
    // eslint-disable-next-line testing-library/no-node-access -- the drawn colours are the point
    const [bgPath, fgPath] = Array.from(custom.querySelectorAll('path'));
    expect(bgPath).toHaveAttribute('fill', '#fffff0');
    expect(fgPath).toHaveAttribute('fill', '#102030');
    // Level H needs a larger version; a quiet zone of 2 instead of 4 modules takes 4 modules off.
    expect(Number(custom.getAttribute('viewBox')?.split(' ')[2])).not.toBe(defaultModules);
    rerender(<FastpassQRCodeView result={viewResult('pending')} marginSize={2} />);
    expect(Number(screen.getByRole('img').getAttribute('viewBox')?.split(' ')[2])).toBe(defaultModules - 4);
  });

  it('should draw the user pool logo in the middle of the code only when asked', () => {
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} />);
    const plain = screen.getByRole('img');
    expect(logoOf(plain)).toBeNull();
    rerender(<FastpassQRCodeView result={viewResult('pending')} showUserpoolLogo level="H" />);
    expect(logoOf(screen.getByRole('img'))).toHaveAttribute('href', FASTPASS_MOCK_USERPOOL.photo);
  });

  it('should not draw an unsafe user pool logo', () => {
    const result = viewResult('pending');
    const identity = { ...result.identity, userpool: { ...result.identity.userpool, photo: 'javascript:alert(1)' } };
    render(<FastpassQRCodeView result={{ ...result, identity }} showUserpoolLogo />);
    const code = screen.getByRole('img');
    expect(logoOf(code)).toBeNull();
  });
});

describe('given classNames per slot', () => {
  it('should add each class to its slot beside the library class', () => {
    const { root } = renderView(
      <FastpassQRCodeView
        result={viewResult('expired')}
        classNames={{ root: 'r', header: 'h', code: 'c', veil: 'v', status: 's', refresh: 'btn', avatar: 'a', name: 'n', live: 'l' }}
      />,
    );
    expect(root()).toHaveClass('fastpass', 'r');
    expect(screen.getByRole('button', { name: '刷新二维码' })).toHaveClass('fastpass__refresh', 'btn');
    expect(screen.getByRole('group')).toHaveClass('fastpass__code', 'c');
    expect(screen.getByRole('status')).toHaveClass('fastpass__live', 'l');
    expect(screen.getByText('二维码已过期', { selector: 'p' })).toHaveClass('fastpass__status', 's');
    expect(screen.getByText('张三')).toHaveClass('fastpass__name', 'n');
  });
});

describe('given unstyled', () => {
  it('should drop every library class but keep data-slot and data-state', () => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult('expired')} unstyled classNames={{ refresh: 'btn' }} className="mine" />);
    const rootEl = root();
    expect(rootEl).toHaveAttribute('class', 'mine');
    expect(rootEl).toHaveAttribute('data-state', 'expired');
    expect(rootEl.outerHTML).not.toMatch(/class="[^"]*fastpass/);
    expect(screen.getByRole('button', { name: '刷新二维码' })).toHaveAttribute('class', 'btn');
    expect(screen.getByRole('button', { name: '刷新二维码' })).toHaveAttribute('data-slot', 'refresh');
  });

  it('should keep the live region visually hidden without the stylesheet', () => {
    render(<FastpassQRCodeView result={viewResult('pending')} unstyled />);
    expect(screen.getByRole('status')).toHaveStyle({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' });
  });
});

describe('given every state', () => {
  it.each(ALL_STATES)('should give every part of %s the class that matches its data-slot', (state) => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult(state)} />);
    // eslint-disable-next-line testing-library/no-node-access -- every part, whatever its role
    const parts = Array.from(root().querySelectorAll('[data-slot]'));
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) {
      const slot = part.getAttribute('data-slot');
      expect(part).toHaveClass(slot === 'root' ? 'fastpass' : `fastpass__${slot}`);
    }
  });
});
