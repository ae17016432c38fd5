import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries keep the architecture visible:
 *  - src/engine and src/worker are framework-free: no React, no DOM-only UI code.
 *  - src/ui never touches tensors: no @tensorflow/*, no engine internals (only the protocol and shared config).
 */
export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'src/engine/**/*.ts',
      'src/worker/**/*.ts',
      'src/config/**/*.ts',
      'src/content/**/*.ts',
      'src/data/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'recharts'],
              message: 'The engine is framework-free.',
            },
            {
              group: ['**/ui/**', '../ui', '../../ui'],
              message: 'The engine must not depend on the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config/**/*.ts', 'src/content/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'Config and teaching content hold no tensors.' },
            {
              group: ['react', 'react-dom', 'recharts'],
              message: 'Config and content are framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*'],
              message:
                'The UI never touches tensors: talk to the engine through the worker protocol.',
            },
            {
              group: ['**/engine/**', '../engine', '../../engine'],
              message: 'The UI talks to the engine only through src/worker/protocol.',
            },
          ],
        },
      ],
    },
  },
);
