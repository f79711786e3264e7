import { render } from '@testing-library/react';
import { FastpassCode, FastpassQRCodeView } from '../../../src';
import { getContrastRatio, parseColor } from '../../../src/components/parts/contrast';
import { viewResult } from '../../utils/viewResults';

describe('getContrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#000', 21],
    ['#777777', '#ffffff', 4.48],
    ['rgb(0, 0, 0)', 'rgba(255,255,255,0.5)', 21],
    ['#ffffff', '#ffffff', 1],
  ])('should measure %s on %s as %f:1', (a, b, ratio) => {
    expect(getContrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it.each(['red', 'var(--x)', '#12', 'rgb(300, 0, 0)', 'hsl(0 0% 0%)', ''])('should not parse %j', (color) => {
    expect(parseColor(color)).toBeUndefined();
    expect(getContrastRatio(color, '#fff')).toBeUndefined();
  });
});

describe('given the view in development', () => {
  it('should warn once when the code has too little contrast', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} fgColor="#999999" bgColor="#ffffff" />);
    rerender(<FastpassQRCodeView result={viewResult('scanned')} fgColor="#999999" bgColor="#ffffff" />);
    render(<FastpassQRCodeView result={viewResult('pending')} fgColor="#999999" bgColor="#ffffff" />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/contrast ratio of 2\.85:1/);
  });

  it('should warn about an inverted code even with strong contrast', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FastpassQRCodeView result={viewResult('pending')} fgColor="#fefefe" bgColor="#010101" />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/inverted/);
  });

  it('should stay quiet for a dark code on a light plate', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FastpassQRCodeView result={viewResult('pending')} fgColor="#1a2b3c" bgColor="#fdfdfd" />);
    expect(warn).not.toHaveBeenCalled();
  });

  it('should skip colours it cannot parse rather than throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => render(<FastpassQRCodeView result={viewResult('pending')} fgColor="currentColor" bgColor="canvas" />)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('given production', () => {
  it('should never warn (the check sits behind NODE_ENV at its call, which bundlers fold)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(<FastpassCode result={viewResult('pending')} fgColor="#eeeeee" bgColor="#ffffff" />);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(warn).not.toHaveBeenCalled();
    render(<FastpassCode result={viewResult('pending')} fgColor="#eeeeee" bgColor="#ffffff" />);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
