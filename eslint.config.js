// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import storybook from 'eslint-plugin-storybook';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist', 'storybook-static', 'coverage', 'public/mockServiceWorker.js', 'node_modules',
      // What the example apps build and their e2e runs write.
      'examples/*/.next', 'examples/*/dist', 'examples/*/dist-e2e', 'examples/*/test-results', 'examples/*/playwright-report',
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
  {
    // Layers point one way: api knows nothing of React.
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'src/api is framework-free.' }],
          patterns: [{ group: ['../hooks/*', '../components/*', '../testing/*', '**/testing'], message: 'src/api imports nothing above it.' }],
        },
      ],
    },
  },
  {
    // The example apps are consumers: their e2e suites use the testing entry as any user's would.
    files: ['src/testing/**', 'test/**', 'stories/**', 'bench/**', '.storybook/**', 'examples/**'],
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
