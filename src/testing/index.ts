// The testing entry: a mock Authing for tests and Storybook. The main entry never imports it.
// This module is browser-safe (Storybook and browser tests bundle it); Node loads ./node.ts instead,
// whose createFastpassMockServer listens on a real port.
export { createFastpassMock, DEFAULT_MOCK_LIFETIME_MS } from './createFastpassMock';
export { createFastpassMockServer } from './createFastpassMockServer.browser';
export type { FastpassMockServer, FastpassMockServerOptions } from './mockServerTypes';
export type { FastpassMock, FastpassMockConfig, FastpassMockRequest } from './createFastpassMock';
export type { FastpassMockEndpoint, FastpassMockFault } from './faults';
export type { MockQrcode, MockQrcodeAction } from './qrcodeStateMachine';
export {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_PHOTO_BASE,
  FASTPASS_MOCK_RELATION_APPS,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
} from './fixtures';
export {
  changeQrcodeStatusBodySchema,
  fastpassClientAppSchema,
  fastpassClientAppsSchema,
  fastpassTokenSetSchema,
  qrcodeAppLoginBodySchema,
} from './appSchemas';
export type { ChangeQrcodeStatusAction, FastpassClientApp, FastpassClientApps, FastpassTokenSet } from './appSchemas';
// Results of any state, for tests of a UI drawn from the hook or the parts.
export { buildFastpassResult } from './buildFastpassResult';
export type { FastpassResultScenario } from './buildFastpassResult';
// The library's own types these name, so that a test file needs no second import.
export type { FastpassError, FastpassErrorDetails, FastpassErrorKind } from '../api/errors';
export type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus, FastpassQrcodeStatusValue, FastpassUserInfo } from '../api/schemas';
export type {
  FastpassAuthorizedResult,
  FastpassCancelledResult,
  FastpassConcealment,
  FastpassDisplayIdentity,
  FastpassDisplayProfile,
  FastpassErrorResult,
  FastpassExpiredResult,
  FastpassIdleResult,
  FastpassLoadingResult,
  FastpassPendingResult,
  FastpassResultBase,
  FastpassScannedResult,
  FastpassSignedOutResult,
  FastpassState,
  UseFastpassQrcodeResult,
} from '../query/fastpassResult';
