// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { FastpassQRCodeView } from '../../../src/components/FastpassQRCode';
import { ALL_STATES, viewResult } from '../../utils/viewResults';

describe('given a server with no window', () => {
  it('should really have no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(ALL_STATES)('should render the %s state to a string', (state) => {
    const html = renderToString(<FastpassQRCodeView result={viewResult(state)} />);
    expect(html).toContain(`data-state="${state}"`);
    expect(html).toContain('role="status"');
  });

  it('should render the code and its accessible name on the server', () => {
    const html = renderToString(<FastpassQRCodeView result={viewResult('pending')} lang="en-US" />);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title>Fastpass QR code for 张三 at Authing 示例用户池</title>');
    expect(html).toContain('张三');
  });
});
