import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import dam from './scripts/lint/boundaries.mjs';

const noRandom = {
  object: 'Math',
  property: 'random',
  message: 'Use the seeded PRNG in src/core/random.ts so runs reproduce.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Labs add their slice to the store's state by `interface LabSlices extends XSlice {}`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    // Realm boundaries by path (scripts/lint/realms.mjs; docs/adding-a-lab.md).
    files: ['src/**/*.ts', 'src/**/*.tsx', 'workers/**/*.ts'],
    plugins: { dam },
    rules: { 'dam/boundaries': 'error' },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'self',
        'navigator',
        'localStorage',
        'fetch',
      ],
      'no-restricted-properties': ['error', noRandom],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|vitest$)',
              message: 'src/core is pure: it imports no package (and nothing outside src/core).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'workers/**/*.ts', 'src/labs/*/worker/**/*.ts'],
    ignores: ['src/engine/tf.ts'],
    rules: {
      'no-restricted-properties': ['error', noRandom],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'Import tfjs only through src/engine/tf.ts.' },
            { group: ['react', 'react-dom', 'zustand', 'd3', 'd3-*'] },
          ],
        },
      ],
    },
  },
  {
    // The Node-only wasm loader of the CLI: it registers tfjs's wasm backend and points it at
    // node_modules (the browser loads its backends through tf.ts).
    files: ['src/engine/tf-node.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The main thread: shell, store, shared widgets and every lab's app and ui rooms.
    files: [
      'src/shell/**/*',
      'src/store/**/*',
      'src/components/**/*',
      'src/charts/**/*',
      'src/labs/*/app/**/*',
      'src/labs/*/ui/**/*',
      'src/labs/*/*.ts',
      'src/labs/*/*.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*', 'comlink'],
              message: 'UI talks to the worker only through src/worker-client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*', 'e2e/**/*', 'src/cli/**/*'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
