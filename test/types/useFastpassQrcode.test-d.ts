import { expectTypeOf } from 'vitest';
import type {
  FastpassBriefUserInfo,
  FastpassError,
  FastpassQrcodeInfo,
  FastpassQrcodeStatus,
  UseFastpassQrcodeResult,
} from '../../src';

declare const result: UseFastpassQrcodeResult;

test('narrowing on state gives info, payload and error only where they exist', () => {
  switch (result.state) {
    case 'signed-out':
    case 'idle':
    case 'loading':
      expectTypeOf(result.info).toEqualTypeOf<undefined>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
      break;
    case 'pending':
      expectTypeOf(result.info).toEqualTypeOf<FastpassQrcodeInfo>();
      expectTypeOf(result.payload).toEqualTypeOf<string>();
      expectTypeOf(result.expiresAt).toEqualTypeOf<number>();
      break;
    case 'scanned':
      // One phone has the code: nothing left to draw for a second one.
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.expiresAt).toEqualTypeOf<number>();
      expectTypeOf(result.scannedBy).toEqualTypeOf<FastpassBriefUserInfo | undefined>();
      break;
    case 'authorized':
      expectTypeOf(result.info).toEqualTypeOf<FastpassQrcodeInfo>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.status).toEqualTypeOf<FastpassQrcodeStatus>();
      break;
    case 'cancelled':
    case 'expired':
      // An invalid code has no payload: it cannot be drawn as scannable.
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.info).toEqualTypeOf<FastpassQrcodeInfo>();
      break;
    case 'error':
      expectTypeOf(result.error).toEqualTypeOf<FastpassError>();
      expectTypeOf(result.info).toEqualTypeOf<FastpassQrcodeInfo | undefined>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      break;
    default:
      expectTypeOf(result).toBeNever();
  }
});

test('every state offers refresh, show, hide and the escape hatch', () => {
  expectTypeOf(result.refresh).toEqualTypeOf<() => void>();
  expectTypeOf(result.show).toEqualTypeOf<() => void>();
  expectTypeOf(result.hide).toEqualTypeOf<() => void>();
  expectTypeOf(result.isPageHidden).toEqualTypeOf<boolean>();
  expectTypeOf(result.isRefreshing).toEqualTypeOf<boolean>();
  expectTypeOf(result.queries.info.data).toEqualTypeOf<FastpassQrcodeInfo | undefined>();
});
