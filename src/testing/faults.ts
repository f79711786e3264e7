import { HttpResponse, delay } from 'msw';
import { envelopeResponse, internalErrorResponse } from './mockEnvelope';
import { mockMessage } from './messages';

/** An endpoint of the mock, by the client method's name. */
export type FastpassMockEndpoint =
  | 'geneFastpassQrcodeInfo'
  | 'getAppLoginQrcodeStatus'
  | 'getFastpassClientApps'
  | 'qrcodeAppLogin'
  | 'changeQrcodeStatus';

/** A failure the mock can answer with instead of its normal answer. */
export type FastpassMockFault =
  /** Answer normally, but only after `ms` milliseconds. */
  | { type: 'latency'; ms: number }
  /** HTTP 429 `{statusCode: 429, message}` with a `Retry-After` header (seconds; default 1). */
  | { type: 'rate-limit'; retryAfterSeconds?: number }
  /** An HTTP 5xx with an Authing envelope of the same statusCode (default 500). */
  | { type: 'server-error'; httpStatus?: number }
  /** A proxy's HTML error page (default HTTP 502). */
  | { type: 'html'; httpStatus?: number }
  /** HTTP 200 with a body cut off mid-JSON. */
  | { type: 'malformed-json' }
  /** HTTP 200 with an empty body. */
  | { type: 'empty-body' }
  /** HTTP 200 with an Authing error envelope, e.g. `{statusCode: 500, apiCode: 2224}`. */
  | { type: 'envelope-error'; statusCode: number; apiCode?: number; message?: string }
  /** HTTP 200 with a success envelope whose `data` is whatever is given (e.g. wrong field types). */
  | { type: 'invalid-data'; data: unknown }
  /** The connection fails (fetch rejects). */
  | { type: 'network' }
  /** No answer at all until the request is aborted (for timeouts). */
  | { type: 'hang' };

export interface QueuedFault {
  fault: FastpassMockFault;
  endpoint: FastpassMockEndpoint | 'any';
  remaining: number;
}

const PROXY_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** The response for a fault, or undefined when the fault only delays the normal answer. */
export async function answerWithFault(fault: FastpassMockFault, request: Request): Promise<Response | undefined> {
  switch (fault.type) {
    case 'latency':
      await delay(fault.ms);
      return undefined;
    case 'rate-limit':
      return envelopeResponse(429, 'Too Many Requests', {}, { status: 429, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } });
    case 'server-error':
      return internalErrorResponse(request, fault.httpStatus ?? 500);
    case 'html':
      return new HttpResponse(PROXY_ERROR_PAGE, {
        status: fault.httpStatus ?? 502,
        headers: { 'content-type': 'text/html' },
      });
    case 'malformed-json':
      return new HttpResponse('{"statusCode":200,"message":"操作成功","data":{"qrcodeId":', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'empty-body':
      return new HttpResponse(null, { status: 200 });
    case 'envelope-error':
      return envelopeResponse(fault.statusCode, fault.message ?? 'Error', { apiCode: fault.apiCode });
    case 'invalid-data':
      return envelopeResponse(200, mockMessage(request, 'ok'), { data: fault.data });
    case 'network':
      return HttpResponse.error();
    case 'hang':
      await new Promise<void>((resolve) => {
        if (request.signal.aborted) resolve();
        request.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return HttpResponse.error();
  }
}
