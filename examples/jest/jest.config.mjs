/** @type {import('jest').Config} */
export default {
  // jsdom with Node's fetch, Request, Response and streams, which msw/node needs; plain jsdom has none of them.
  testEnvironment: 'jest-fixed-jsdom',
  // TypeScript and JSX, and the .mjs files of the ESM-only packages below, compiled to the CommonJS Jest runs.
  transform: {
    '\\.(mjs|[jt]sx?)$': [
      'babel-jest',
      {
        presets: [
          ['@babel/preset-env', { targets: { node: 'current' } }], // import/export to require; this Node's syntax left as is
          ['@babel/preset-react', { runtime: 'automatic' }], // JSX, with no `import React` needed
          '@babel/preset-typescript', // types stripped, not checked: `tsc --noEmit` checks them
        ],
      },
    ],
  },
  // node_modules is not compiled, except msw's ESM-only dependencies and this ESM-only library.
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft|react-fastpass-qrcode)/)'],
  // Jest cannot read CSS; the stylesheet's import only has to resolve.
  moduleNameMapper: { '\\.css$': '<rootDir>/__mocks__/styleMock.js' },
  // toBeInTheDocument, toHaveTextContent and the other DOM matchers, on the expect of @jest/globals.
  setupFilesAfterEnv: ['@testing-library/jest-dom/jest-globals'],
};
