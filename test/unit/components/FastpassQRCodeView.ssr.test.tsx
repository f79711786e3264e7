// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { FastpassQRCodeView } from '../../../src';
import { ALL_STATES, viewResult } from '../../utils/viewResults';

describe('given a server with no window', () => {
  it('should really have no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(ALL_STATES)('should render the %s state to a string', (state) => {
    const view = renderToString(<FastpassQRCodeView result={viewResult(state)} />);
    expect(view).toContain(`data-state="${state}"`);
    expect(view).toContain('role="status"');
  });

  it('should render the code and its accessible name on the server', () => {
    const view = renderToString(<FastpassQRCodeView result={viewResult('pending')} lang="en-US" />);
    expect(view).toMatch(/<svg[^>]*role="img"/);
    expect(view).toContain('<title>Fastpass QR code for 张三 at Authing 示例用户池</title>');
    expect(view).toContain('张三');
  });
});
