import { render, screen } from '@testing-library/react';
import { FastpassCode } from 'react-fastpass-qrcode';
import { buildFastpassResult } from 'react-fastpass-qrcode/testing';
import { describe, expect, it } from 'vitest';

// The hook's result in any state, built by the hook's own builder: no provider, no network, no timers. For a view of
// your own (a custom UI on the hook, a layout of the parts), here the code part alone.
describe('given the code part, fed results of each state', () => {
  it('should draw a pending code', () => {
    render(<FastpassCode result={buildFastpassResult('pending')} />);
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it.each(['page-hidden', 'printing'] as const)('should draw no code while concealed (%s)', (concealed) => {
    render(<FastpassCode result={buildFastpassResult('pending', { concealed })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('should draw no code once it is scanned', () => {
    render(<FastpassCode result={buildFastpassResult('scanned', { scannedBy: { displayName: 'Li Si', photo: '' } })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
