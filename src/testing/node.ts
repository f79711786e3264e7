// The testing entry as Node loads it (the `node` condition of the `./testing` export): everything the
// browser-safe entry has, with the real `createFastpassMockServer` in place of its browser face.
export * from './index';
// It exports the same names (one .d.ts describes both), so nothing else may be added here.
export { createFastpassMockServer } from './createFastpassMockServer';
