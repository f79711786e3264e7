import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import type { FastpassLabels } from './labels';

/** The message for an error, by its kind; an unknown kind reads as a server error. */
export function getFastpassErrorMessage(kind: string, labels: FastpassLabels): string {
  return (labels.errors as Record<string, string | undefined>)[kind] ?? labels.errors.api;
}

/** What the polite live region says in each state. */
export function getFastpassAnnouncement(result: UseFastpassQrcodeResult, labels: FastpassLabels): string {
  switch (result.state) {
    case 'signed-out':
      return labels.signedOut;
    case 'idle':
      return labels.idle;
    case 'loading':
      return labels.loading;
    case 'pending':
      return labels.ready;
    case 'scanned':
      return labels.scanned;
    case 'authorized':
      return labels.authorized;
    case 'cancelled':
      return labels.cancelled;
    case 'expired':
      return labels.expired;
    case 'error':
      return getFastpassErrorMessage(result.error.kind, labels);
  }
}
