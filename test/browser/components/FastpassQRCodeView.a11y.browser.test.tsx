import '../../../src/styles.css';
import axe from 'axe-core';
import { render } from '@testing-library/react';
import { FastpassQRCodeView, type FastpassColorScheme } from '../../../src';
import { ALL_STATES, viewError, viewResult } from '../../utils/viewResults';
import { settleAnimations } from '../../utils/settleAnimations';

async function violationsIn(container: HTMLElement) {
  await settleAnimations();
  const { violations } = await axe.run(container, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as FastpassColorScheme[])('given the %s colour scheme', (colorScheme) => {
  it.each(ALL_STATES)('should have no axe violations in the %s state', async (state) => {
    const overrides = state === 'error' ? { error: viewError('api', { requestId: 'req-7f3a9c' }) } : {};
    const { container } = render(<FastpassQRCodeView result={viewResult(state, overrides)} colorScheme={colorScheme} lang="zh-CN" />);
    expect(await violationsIn(container)).toEqual([]);
  });
});

describe('given axe itself', () => {
  it('should catch a violation, so a clean run means something', async () => {
    // A fallback with an unnamed button: the kind of mistake the clean runs above would report.
    const { container } = render(<FastpassQRCodeView result={viewResult('signed-out')} fallback={<button type="button" />} />);
    expect(await violationsIn(container)).toEqual([expect.stringMatching(/^button-name/)]);
  });
});
