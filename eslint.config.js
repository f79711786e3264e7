// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import storybook from 'eslint-plugin-storybook';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

/**
 * One `no-restricted-imports` rule per layer: the layers above it (and React, where it is framework-free).
 * @param {{ files: string[], react?: boolean, layers: string[], why: string }[]} layers
 * @returns {import('eslint').Linter.Config[]}
 */
function layerRules(layers) {
  return layers.map(({ files, react = false, layers: forbidden, why }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: react ? ['react', 'react-dom'].map((name) => ({ name, message: `${why}.` })) : [],
          patterns: [
            { group: forbidden.flatMap((layer) => [`../${layer}`, `../${layer}/*`, `../../${layer}`, `../../${layer}/*`]), message: `${why}.` },
            ...(files[0] === 'src/testing/**' ? [] : [{ group: ['**/testing', '**/testing/*'], message: 'The main entry never imports the testing entry.' }]),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'dist', 'storybook-static', 'coverage', 'public/mockServiceWorker.js', 'node_modules', '.bundle-sizes',
      // What the example apps build and their e2e runs write.
      'examples/*/.next', 'examples/*/dist', 'examples/*/dist-e2e', 'examples/*/test-results', 'examples/*/playwright-report',
      'examples/*/build', 'examples/*/.react-router',
      // Mutation testing's sandbox and reports (npm run test:mutation).
      '.stryker-tmp', 'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  ...pluginQuery.configs['flat/recommended'],
  ...storybook.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/testing', '**/testing/*'], message: 'The main entry never imports the testing entry.' }] },
      ],
    },
  },
  // Layers point one way: components → react → query → api, and locales (words) beside them; testing stands apart, and the main
  // entry never imports it. Each rule names what a layer may not import.
  ...layerRules([
    { files: ['src/api/**'], react: true, layers: ['query', 'react', 'components', 'locales', 'testing'], why: 'src/api is the framework-free client' },
    { files: ['src/query/**'], react: true, layers: ['react', 'components', 'locales', 'testing'], why: 'src/query is the lifecycle as data: no React' },
    { files: ['src/locales/**'], react: true, layers: ['query', 'react', 'components', 'testing'], why: 'src/locales holds label sets: words, no React' },
    { files: ['src/react/**'], layers: ['components', 'testing'], why: 'src/react holds the provider and hooks; components sit above it' },
    { files: ['src/components/**'], layers: ['testing'], why: 'components never reach into the mock' },
    { files: ['src/testing/**'], layers: ['react', 'components', 'locales'], why: 'the mock speaks the wire protocol (src/api); the results it builds for view tests come from src/query, which has no React' },
    { files: ['src/server/**'], react: true, layers: ['query', 'react', 'components', 'locales', 'testing'], why: 'src/server is the backend for frontend: it speaks the wire protocol (src/api) only, and runs on edge runtimes' },
  ]),
  {
    // The example apps and the documentation's snippets are consumers: they use the testing entry as any user's would.
    files: ['test/**', 'stories/**', 'bench/**', '.storybook/**', 'examples/**', 'docs/snippets/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**'],
    languageOptions: { globals: { ...globals.vitest } },
  },
);
