// ESLint: typescript-eslint's type-aware recommended rules over every TypeScript file the
// test tsconfig covers (sources, tests, scripts, bench, fixtures). `npm run lint` runs it
// with Prettier's check; formatting itself is Prettier's job (.prettierrc.json), not ESLint's.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'fixtures/*/repo/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Terminal sanitising, and its tests, are about control characters: matching them is the point.
  { files: ['src/report/sanitize-terminal.ts', 'test/report/text.test.ts', 'test/report/sanitize-terminal.test.ts'], rules: { 'no-control-regex': 'off' } },
  // Tests build AsyncIterables from fixed values with async generators that have nothing to await.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/require-await': 'off' } },
  // This file and any other plain JavaScript: no type information to lint with.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
