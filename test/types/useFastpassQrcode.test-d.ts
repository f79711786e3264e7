import { expectTypeOf } from 'vitest';
import type {
  FastpassConcealment,
  FastpassDisplayIdentity,
  FastpassDisplayProfile,
  FastpassError,
  UseFastpassQrcodeResult,
} from '../../src';

declare const result: UseFastpassQrcodeResult;

test('narrowing on state gives identity, payload and error only where they exist', () => {
  switch (result.state) {
    case 'signed-out':
    case 'idle':
    case 'loading':
      expectTypeOf(result.identity).toEqualTypeOf<undefined>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
      break;
    case 'pending':
      expectTypeOf(result.identity).toEqualTypeOf<FastpassDisplayIdentity>();
      expectTypeOf(result.expiresAt).toEqualTypeOf<number>();
      // Withheld while nobody may see it: drawing it takes a check, and the check narrows why not.
      expectTypeOf(result.payload).toEqualTypeOf<string | undefined>();
      if (result.payload === undefined) expectTypeOf(result.concealed).toEqualTypeOf<FastpassConcealment>();
      else expectTypeOf(result.concealed).toEqualTypeOf<undefined>();
      break;
    case 'scanned':
      // One phone has the code: nothing left to draw for a second one.
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.expiresAt).toEqualTypeOf<number>();
      expectTypeOf(result.scannedBy).toEqualTypeOf<FastpassDisplayProfile | undefined>();
      expectTypeOf(result.identity).toEqualTypeOf<FastpassDisplayIdentity>();
      break;
    case 'authorized':
      expectTypeOf(result.identity).toEqualTypeOf<FastpassDisplayIdentity>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      // The ticket and token set are onAuthorized's, not the result's.
      expectTypeOf(result).not.toHaveProperty('status');
      expectTypeOf(result.scannedBy).toEqualTypeOf<FastpassDisplayProfile | undefined>();
      break;
    case 'cancelled':
    case 'expired':
      // An invalid code has no payload: it cannot be drawn as scannable.
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      expectTypeOf(result.identity).toEqualTypeOf<FastpassDisplayIdentity>();
      break;
    case 'error':
      expectTypeOf(result.error).toEqualTypeOf<FastpassError>();
      expectTypeOf(result.identity).toEqualTypeOf<FastpassDisplayIdentity | undefined>();
      expectTypeOf(result.payload).toEqualTypeOf<undefined>();
      break;
    default:
      expectTypeOf(result).toBeNever();
  }
});

test('every state offers refresh, show, hide and the page flags', () => {
  expectTypeOf(result.refresh).toEqualTypeOf<() => void>();
  expectTypeOf(result.show).toEqualTypeOf<() => void>();
  expectTypeOf(result.hide).toEqualTypeOf<() => void>();
  expectTypeOf(result.isPageHidden).toEqualTypeOf<boolean>();
  expectTypeOf(result.isRefreshing).toEqualTypeOf<boolean>();
  expectTypeOf(result).not.toHaveProperty('queries');
  // The code's identifiers reach a UI only inside `payload`.
  expectTypeOf(result).not.toHaveProperty('info');
});

test('identity and scannedBy are names and photos only', () => {
  expectTypeOf<keyof FastpassDisplayIdentity>().toEqualTypeOf<'user' | 'userpool'>();
  expectTypeOf<keyof FastpassDisplayProfile>().toEqualTypeOf<'displayName' | 'photo'>();
});
