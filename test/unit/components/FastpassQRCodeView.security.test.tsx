import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { FastpassQRCodeView } from '../../../src';
import { VIEW_INFO, viewResult } from '../../utils/viewResults';

const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'];
const UNSAFE_PHOTOS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x.png', ' javascript:alert(1)', 'vbscript:msgbox(1)'];

describe.each(HOSTILE_NAMES)('given a display name of %s', (name) => {
  const info = { ...VIEW_INFO, user: { ...VIEW_INFO.user, displayName: name }, userpool: { ...VIEW_INFO.userpool, displayName: name } };

  it('should render it as text, creating no element from it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { info })} />);
    expect(screen.getAllByText(name)).toHaveLength(2);
    expect(ref.current?.innerHTML).not.toContain(name);
    expect(ref.current?.innerHTML).toContain(name.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('should keep it as text in the QR code title', () => {
    render(<FastpassQRCodeView result={viewResult('pending', { info })} />);
    expect(screen.getByRole('img', { name: `${name} 在 ${name} 的快速认证二维码` })).toBeInTheDocument();
  });

  it('should keep it as text where it says who scanned', () => {
    render(<FastpassQRCodeView result={viewResult('scanned', { scannedBy: { displayName: name, photo: '' } })} />);
    expect(screen.getByText(`扫码人：${name}`)).toBeInTheDocument();
  });
});

describe.each(UNSAFE_PHOTOS)('given a photo URL of %s', (photo) => {
  it('should never put it in the DOM and show initials instead', () => {
    const ref = createRef<HTMLDivElement>();
    const info = { ...VIEW_INFO, user: { ...VIEW_INFO.user, photo }, userpool: { ...VIEW_INFO.userpool, photo } };
    render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { info })} showUserpoolLogo />);
    expect(ref.current?.outerHTML).not.toContain(photo.trim().slice(0, 10));
    expect(screen.getByText('张', { selector: '[aria-hidden="true"]' })).toBeInTheDocument();
    expect(screen.getByText('A', { selector: '[aria-hidden="true"]' })).toBeInTheDocument();
  });
});
