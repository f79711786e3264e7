import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { FastpassQRCodeView, getFastpassLabels } from '../../../src/components/FastpassQRCode';
import { viewError, viewResult } from '../../utils/viewResults';

describe('getFastpassLabels', () => {
  it.each([
    [undefined, '刷新二维码'],
    ['zh-CN', '刷新二维码'],
    ['zh-TW', '刷新二维码'],
    ['ja-JP', '刷新二维码'],
    ['en', 'Refresh QR code'],
    ['en-US', 'Refresh QR code'],
    ['EN-gb', 'Refresh QR code'],
  ])('given %s, should pick the labels that say "%s"', (lang, refresh) => {
    expect(getFastpassLabels(lang).refresh).toBe(refresh);
  });

  it('should have the same keys, and a message for every error kind, in both languages', () => {
    const zh = getFastpassLabels('zh-CN');
    const en = getFastpassLabels('en-US');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(en.errors).sort()).toEqual(['aborted', 'api', 'invalid-response', 'network', 'timeout', 'unauthorized']);
    expect(Object.keys(zh.errors).sort()).toEqual(Object.keys(en.errors).sort());
  });
});

describe('given lang="en-US"', () => {
  it('should name the code in English', () => {
    render(<FastpassQRCodeView result={viewResult('pending')} lang="en-US" />);
    expect(screen.getByRole('img', { name: 'Fastpass QR code for 张三 at Authing 示例用户池' })).toBeInTheDocument();
  });

  it('should speak English in every visible string and set the lang attribute', () => {
    const ref = createRef<HTMLDivElement>();
    const { rerender } = render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { expiresAt: Date.now() + 30_000 })} lang="en-US" />);
    expect(screen.getByText('Expires in 30 s')).toBeInTheDocument();
    expect(screen.getByText('Scan with the Authing Token app to sign in with Fastpass')).toBeVisible();
    expect(ref.current).toHaveAttribute('lang', 'en-US');

    rerender(<FastpassQRCodeView result={viewResult('expired')} lang="en-US" />);
    expect(screen.getByRole('button', { name: 'Refresh QR code' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The QR code has expired');

    rerender(<FastpassQRCodeView result={viewResult('error', { error: viewError('api', { requestId: 'req-1' }) })} lang="en-US" />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('Request ID: req-1')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Something went wrong on the server: try again later');
  });
});

describe('given the labels prop', () => {
  it('should override just the strings it names, in any language', () => {
    render(
      <FastpassQRCodeView
        result={viewResult('expired')}
        lang="en-US"
        labels={{ refresh: 'Get a new code', expired: 'Too late!' }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeInTheDocument();
    expect(screen.getByText('Too late!', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Fastpass QR code' })).toBeInTheDocument();
  });

  it('should use label functions for the title, the countdown and who scanned', () => {
    render(
      <FastpassQRCodeView
        result={viewResult('scanned', { expiresAt: Date.now() + 5_000, scannedBy: { displayName: 'Li Si', photo: '' } })}
        labels={{ codeTitle: (u, p) => `code:${u}@${p}`, countdown: (s) => `T-${s}`, scannedBy: (n) => `by ${n}` }}
      />,
    );
    expect(screen.getByRole('img', { name: 'code:张三@Authing 示例用户池' })).toBeInTheDocument();
    expect(screen.getByText('T-5')).toBeInTheDocument();
    expect(screen.getByText('by Li Si')).toBeVisible();
  });

  it('should override error messages per kind', () => {
    const errors = { ...getFastpassLabels().errors, network: '断网了' };
    render(<FastpassQRCodeView result={viewResult('error', { error: viewError('network') })} labels={{ errors }} />);
    expect(screen.getByText('断网了', { selector: 'p' })).toBeVisible();
  });
});
