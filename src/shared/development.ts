/**
 * True in development builds: the one development check. Bundlers replace `process.env.NODE_ENV`, so in a
 * production build this is the literal `false`, and the bundler drops what it guards (the contrast warning,
 * for one) from every module that imports it. Written without a `typeof process` guard on purpose: a guard
 * keeps the value from being a constant, and the guarded code then ships.
 */
export const IS_DEVELOPMENT = process.env.NODE_ENV !== 'production';
