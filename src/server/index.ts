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
// The default QR payload, for a server that mints a code and draws it itself (a page's own hook needs none of it: its
// result carries the payload ready to draw, and nothing else of the code).
export { encodeFastpassPayload } from '../api/payload';
export type { FastpassQrcodeInfo, FastpassUserInfo } from '../api/schemas';
