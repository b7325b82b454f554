import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages the engine may import: pure code that runs the same in a worker, in Node and in tests. */
const CORE_PACKAGES = ['ajv', 'ajv/dist/*', 'sql.js', 'exceljs', 'papaparse', 'fflate', '@noble/hashes/*'];

const escapeRegex = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+');

/** Anything that is neither relative nor an allowlisted package: node:*, electron, react, DOM shims. */
const CORE_FORBIDDEN_IMPORT = `^(?!\\.{1,2}/)(?!(?:${CORE_PACKAGES.map(escapeRegex).join('|')})$)`;

export default defineConfig(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'core/**/generated/**',
      'test-results/',
      'playwright-report/',
      '.cache/',
      'coverage/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      // Untrusted statements are full of control characters; matching them on purpose is routine here.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.config.{js,ts,mjs,cjs}', '.dependency-cruiser.cjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['cli/**', 'electron/**', 'scripts/**', 'test/**', 'bin/**', '*.config.{js,ts,mjs}', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['core/**'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: CORE_FORBIDDEN_IMPORT,
              message: `core is pure: import only relative paths and ${CORE_PACKAGES.join(', ')}.`,
            },
          ],
        },
      ],
    },
  },
);
