// A stylesheet import has no types. Vite's and Next.js's client types declare this for an app; a
// project that typechecks without them (TypeScript 6 checks side-effect imports) declares it itself.
declare module '*.css';
