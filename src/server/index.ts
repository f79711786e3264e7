// 'react-fastpass-qrcode/server': the backend for frontend. Web-standard Request/Response/fetch only, no
// React and no Node modules, so that it runs in Node 20, edge runtimes and workers.
export { createFastpassRequestHandler } from './createFastpassRequestHandler';
export type {
  FastpassRequestHandler,
  FastpassRequestHandlerConfig,
  RequestAccessTokenGetter,
} from './createFastpassRequestHandler';
export { FastpassError, isFastpassError } from '../api/errors';
export type { FastpassErrorDetails, FastpassErrorKind } from '../api/errors';
