import '../../../src/styles.css';
import { render, screen } from '@testing-library/react';
import { commands } from 'vitest/browser';
import { FastpassQRCodeView, type FastpassColorScheme } from '../../../src';
import { viewResult } from '../../utils/viewResults';

// The stylesheet writes each colour token once, as light-dark(light, dark), and the root's color-scheme
// picks the side. Theme props set the same variables inline on the root: they must win on either side.
afterEach(() => commands.emulateMedia({ colorScheme: 'light' }));

const LIGHT_CARD = 'rgb(255, 255, 255)';
const DARK_CARD = 'rgb(23, 23, 26)';

describe.each([
  ['light', 'dark', LIGHT_CARD],
  ['dark', 'light', DARK_CARD],
  ['auto', 'light', LIGHT_CARD],
  ['auto', 'dark', DARK_CARD],
] as Array<[FastpassColorScheme, 'light' | 'dark', string]>)('given colorScheme="%s" and a viewer who prefers %s', (colorScheme, preferred, schemeCard) => {
  beforeEach(() => commands.emulateMedia({ colorScheme: preferred }));

  it('should take the scheme’s own tokens when no theme is given', () => {
    render(<FastpassQRCodeView data-testid="card" result={viewResult('cancelled')} colorScheme={colorScheme} lang="zh-CN" />);
    expect(getComputedStyle(screen.getByTestId('card')).backgroundColor).toBe(schemeCard);
  });

  it('should let theme tokens and accentColor win over the stylesheet', () => {
    render(
      <FastpassQRCodeView
        data-testid="card"
        result={viewResult('cancelled')}
        colorScheme={colorScheme}
        lang="zh-CN"
        theme={{ background: '#faf5ff', foreground: '#2e1065', accentForeground: '#fefce8' }}
        accentColor="#7c3aed"
      />,
    );
    const card = getComputedStyle(screen.getByTestId('card'));
    expect(card.backgroundColor).toBe('rgb(250, 245, 255)');
    expect(card.color).toBe('rgb(46, 16, 101)');
    const refresh = getComputedStyle(screen.getByRole('button', { name: '刷新二维码' }));
    expect(refresh.backgroundColor).toBe('rgb(124, 58, 237)');
    expect(refresh.color).toBe('rgb(254, 252, 232)');
  });
});
