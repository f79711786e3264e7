import '../../../src/styles.css';
import { createRef } from 'react';
import { render } from '@testing-library/react';
import { FastpassQRCodeView, type FastpassColorScheme } from '../../../src';
import { DEFAULT_SIZE } from '../../../src/components/parts/codeDefaults';
import { MIN_SUPPORTED_SIZE } from '../../../src/components/parts/codeDefaults';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { REALISTIC_INFO, REALISTIC_PAYLOAD, VIEW_INFO, viewResult } from '../../utils/viewResults';
import { decodeScreenshot, useUnscaledViewport } from './decodeScreenshot';
import { settleAnimations } from '../../utils/settleAnimations';

beforeAll(() => useUnscaledViewport());

/** Renders the view and returns its root, the whole card a camera would see. */
function mountCard(props: Omit<React.ComponentProps<typeof FastpassQRCodeView>, 'ref'>) {
  const ref = createRef<HTMLDivElement>();
  render(<FastpassQRCodeView ref={ref} {...props} />);
  return ref.current!;
}

const realisticPending = () => viewResult('pending', { info: REALISTIC_INFO, payload: REALISTIC_PAYLOAD });

describe.each([
  ['light', DEFAULT_SIZE],
  ['dark', DEFAULT_SIZE],
  ['light', MIN_SUPPORTED_SIZE],
  ['dark', MIN_SUPPORTED_SIZE],
] as Array<[FastpassColorScheme, number]>)('given a pending code in the %s scheme at %i px', (colorScheme, size) => {
  it('should decode, from a screenshot of the whole card and without inverting, to exactly the payload', async () => {
    const card = mountCard({ result: realisticPending(), size, colorScheme });
    await settleAnimations();
    expect(await decodeScreenshot(card)).toBe(REALISTIC_PAYLOAD);
  });
});

describe('given the mock Authing payload with its data-URL photos (~1.2 KB)', () => {
  it('should still decode at the default size', async () => {
    const payload = encodeFastpassPayload(VIEW_INFO);
    const card = mountCard({ result: viewResult('pending', { payload }), colorScheme: 'dark' });
    expect(await decodeScreenshot(card)).toBe(payload);
  });
});

describe('given the user pool logo in the middle of the code', () => {
  it('should still decode at level H, the logo covering modules the error correction restores', async () => {
    const card = mountCard({ result: viewResult('pending', { payload: REALISTIC_PAYLOAD }), showUserpoolLogo: true, level: 'H', size: 240 });
    // eslint-disable-next-line testing-library/no-node-access -- wait for the logo image inside the SVG to load
    await vi.waitFor(() => expect(card.querySelector('image')).not.toBeNull());
    expect(await decodeScreenshot(card)).toBe(REALISTIC_PAYLOAD);
  });
});

describe('given a light code on a dark plate', () => {
  it('should not decode without inversion, which is why the contrast check warns about it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = mountCard({ result: realisticPending(), fgColor: '#ffffff', bgColor: '#000000' });
    expect(await decodeScreenshot(card)).toBeNull();
    expect(await decodeScreenshot(card, 'attemptBoth')).toBe(REALISTIC_PAYLOAD);
  });
});

describe.each(['scanned', 'expired', 'cancelled', 'authorized', 'error', 'loading'] as const)('given a %s result', (state) => {
  it.each(['light', 'dark'] as const)('should show nothing a camera can decode in the %s scheme', async (colorScheme) => {
    const card = mountCard({ result: viewResult(state, { info: REALISTIC_INFO }), colorScheme });
    await settleAnimations();
    expect(await decodeScreenshot(card, 'attemptBoth')).toBeNull();
  });
});
