import { cloneElement, createRef, type ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FastpassQRCodeView } from '../../../src';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { VIEW_INFO, viewError, viewResult } from '../../utils/viewResults';

const CODE_NAME = '张三 在 Authing 示例用户池 的快速认证二维码';

/** Renders the view with a ref, so tests reach the root the way an app would. */
function renderView(ui: ReactElement<{ ref?: unknown }>) {
  const ref = createRef<HTMLDivElement>();
  const view = render(cloneElement(ui, { ref }));
  return { ...view, root: ref.current! };
}

describe('given a pending result', () => {
  it('should draw a QR code named for the user and the user pool', () => {
    renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    const code = screen.getByRole('img', { name: CODE_NAME });
    expect(code.tagName.toLowerCase()).toBe('svg');
    // eslint-disable-next-line testing-library/no-node-access -- the drawn modules are the point
    expect(code.querySelectorAll('path')).toHaveLength(2);
  });

  it('should mark the root with data-state="pending"', () => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    expect(root).toHaveAttribute('data-state', 'pending');
    expect(root).toHaveAttribute('data-slot', 'root');
  });

  it('should encode the payload it was given, so a different payload draws a different code', () => {
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending')} />);
    const first = screen.getByRole('img', { name: CODE_NAME }).innerHTML;
    rerender(<FastpassQRCodeView result={viewResult('pending', { payload: encodeFastpassPayload({ ...VIEW_INFO, qrcodeId: 'another-code' }) })} />);
    expect(screen.getByRole('img', { name: CODE_NAME }).innerHTML).not.toBe(first);
  });

  it('should show the user and the user pool with their names before anyone scans', () => {
    renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    expect(screen.getByText(FASTPASS_MOCK_USER.displayName)).toBeVisible();
    expect(screen.getByText(FASTPASS_MOCK_USERPOOL.displayName)).toBeVisible();
  });

  it('should show the seconds left and a hint to scan with the Authing token app', () => {
    renderView(<FastpassQRCodeView result={viewResult('pending', { expiresAt: Date.now() + 90_000 })} />);
    expect(screen.getByText('90 秒后过期')).toBeInTheDocument();
    expect(screen.getByText('打开 Authing 令牌，扫码完成快速认证')).toBeVisible();
  });

  it('should announce that the code is ready in a polite live region', () => {
    renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('二维码已就绪，请使用 Authing 令牌扫码');
  });

  it('should offer one button, Hide', async () => {
    const result = viewResult('pending');
    renderView(<FastpassQRCodeView result={result} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['隐藏二维码']);
    await userEvent.setup().click(screen.getByRole('button', { name: '隐藏二维码' }));
    expect(result.hide).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: '快速认证二维码' })).toHaveFocus();
  });
});

describe('given a scanned result', () => {
  it('should take the code away (one phone has it) and say "confirm on your phone"', () => {
    renderView(<FastpassQRCodeView result={viewResult('scanned')} />);
    const area = screen.getByRole('group', { name: '快速认证二维码' });
    expect(within(area).queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
    expect(within(area).getByText('扫码成功，请在手机上确认', { selector: 'p' })).toBeVisible();
    expect(within(area).getByText('不是你本人扫码？请立即修改密码')).toBeVisible();
  });

  it('should say who scanned when the server says', () => {
    renderView(<FastpassQRCodeView result={viewResult('scanned', { scannedBy: { displayName: 'Li Si', photo: '' } })} />);
    expect(screen.getByText('扫码人：Li Si')).toBeVisible();
  });

  it('should not name anyone when the server does not say who scanned', () => {
    renderView(<FastpassQRCodeView result={viewResult('scanned', { scannedBy: undefined })} />);
    expect(screen.queryByText(/扫码人/)).not.toBeInTheDocument();
  });

  it('should announce the scan', () => {
    renderView(<FastpassQRCodeView result={viewResult('scanned')} />);
    expect(screen.getByRole('status')).toHaveTextContent('扫码成功，请在手机上确认');
  });
});

describe.each(['cancelled', 'expired'] as const)('given a %s result', (state) => {
  const message = state === 'cancelled' ? '已在手机上取消' : '二维码已过期';

  it('should show no QR code at all, only a placeholder', () => {
    const { root } = renderView(<FastpassQRCodeView result={viewResult(state)} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(root.innerHTML).not.toContain(encodeFastpassPayload(VIEW_INFO).slice(0, 20));
    expect(root).toHaveAttribute('data-state', state);
  });

  it(`should say "${message}" and announce it`, () => {
    renderView(<FastpassQRCodeView result={viewResult(state)} />);
    expect(screen.getByText(message, { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(message);
  });

  it('should still show who the code was for', () => {
    renderView(<FastpassQRCodeView result={viewResult(state)} />);
    expect(screen.getByText(FASTPASS_MOCK_USER.displayName)).toBeInTheDocument();
  });

  it('should ask for a new code with one Refresh button', async () => {
    const user = userEvent.setup();
    const result = viewResult(state);
    renderView(<FastpassQRCodeView result={result} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAttribute('type', 'button');
    await user.click(screen.getByRole('button', { name: '刷新二维码' }));
    expect(result.refresh).toHaveBeenCalledTimes(1);
  });

  it('should move focus to the code area, not lose it to the body, when Refresh replaces the button', async () => {
    const user = userEvent.setup();
    const result = viewResult(state);
    const { rerender } = renderView(<FastpassQRCodeView result={result} />);
    await user.click(screen.getByRole('button', { name: '刷新二维码' }));
    const area = screen.getByRole('group', { name: '快速认证二维码' });
    expect(area).toHaveFocus();

    rerender(<FastpassQRCodeView result={viewResult('loading')} />);
    expect(area).toHaveFocus();
    rerender(<FastpassQRCodeView result={viewResult('pending')} />);
    expect(screen.getByRole('group', { name: '快速认证二维码' })).toHaveFocus();
  });
});

describe('given a loading result', () => {
  it('should show no code and no identity yet, and announce the wait', () => {
    renderView(<FastpassQRCodeView result={viewResult('loading')} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText(FASTPASS_MOCK_USER.displayName)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('正在生成二维码…');
  });

  it('should keep the code area in place for the skeleton', () => {
    renderView(<FastpassQRCodeView result={viewResult('loading')} />);
    expect(screen.getByRole('group', { name: '快速认证二维码' })).toBeInTheDocument();
  });
});

describe('given an authorized result', () => {
  it('should say Fastpass is complete, show no code and offer no button', () => {
    renderView(<FastpassQRCodeView result={viewResult('authorized')} />);
    expect(screen.getByText('已确认，快速认证完成', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('已确认，快速认证完成');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('given an error result', () => {
  it.each([
    ['network', '网络连接失败，请检查网络'],
    ['unauthorized', '登录已过期，请重新登录'],
    ['api', '服务器出错了，请稍后重试'],
    ['invalid-response', '服务器返回了无法识别的数据'],
    ['timeout', '请求超时，请稍后重试'],
    ['aborted', '请求已取消'],
  ] as const)('should explain a %s error as "%s"', (kind, message) => {
    renderView(<FastpassQRCodeView result={viewResult('error', { error: viewError(kind) })} />);
    expect(screen.getByText(message, { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(message);
  });

  it('should show the request id of a server error for support', () => {
    renderView(<FastpassQRCodeView result={viewResult('error', { error: viewError('api', { requestId: 'req-7f3a9c' }) })} />);
    expect(screen.getByText('请求 ID：req-7f3a9c')).toBeVisible();
  });

  it('should show no request id when there is none', () => {
    renderView(<FastpassQRCodeView result={viewResult('error', { error: viewError('api') })} />);
    expect(screen.queryByText(/请求 ID/)).not.toBeInTheDocument();
  });

  it('should retry through refresh and keep focus in the component', async () => {
    const user = userEvent.setup();
    const result = viewResult('error');
    const { rerender } = renderView(<FastpassQRCodeView result={result} />);
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(result.refresh).toHaveBeenCalledTimes(1);
    rerender(<FastpassQRCodeView result={viewResult('loading')} />);
    expect(screen.getByRole('group', { name: '快速认证二维码' })).toHaveFocus();
  });

  it('should show no code, even when a code had arrived before the error', () => {
    renderView(<FastpassQRCodeView result={viewResult('error', { info: VIEW_INFO })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(FASTPASS_MOCK_USER.displayName)).toBeInTheDocument();
  });
});

describe('given a signed-out result', () => {
  it('should ask the person to sign in, and show no code or identity', () => {
    renderView(<FastpassQRCodeView result={viewResult('signed-out')} />);
    expect(screen.getByText('请先登录，再使用快速认证', { selector: 'p' })).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should show the fallback instead of the default message', () => {
    renderView(<FastpassQRCodeView result={viewResult('signed-out')} fallback={<a href="/login">去登录</a>} />);
    expect(screen.getByRole('link', { name: '去登录' })).toBeVisible();
    expect(screen.queryByText('请先登录，再使用快速认证', { selector: 'p' })).not.toBeInTheDocument();
  });

  it('should ignore the fallback in every other state', () => {
    renderView(<FastpassQRCodeView result={viewResult('pending')} fallback={<a href="/login">去登录</a>} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('given the state changes', () => {
  it('should announce each new state in the same live region', () => {
    const { rerender } = renderView(<FastpassQRCodeView result={viewResult('pending')} />);
    const live = screen.getByRole('status');
    rerender(<FastpassQRCodeView result={viewResult('scanned')} />);
    expect(live).toHaveTextContent('扫码成功，请在手机上确认');
    rerender(<FastpassQRCodeView result={viewResult('authorized')} />);
    expect(live).toHaveTextContent('已确认，快速认证完成');
    expect(screen.getByRole('status')).toBe(live);
  });
});
