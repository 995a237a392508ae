// Layers by where code may run (VS Code style): shared/ anywhere, main/core/ Node only,
// renderer/ browser only, main/*.ts Electron. Crossing a layer is a lint error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// Type-only imports are erased at build time, so they may cross (tests type their fakes with them).
const electronOnly = { name: 'electron', allowTypeImports: true, message: "Only main/*.ts may import 'electron'; main/core/ must run under plain Node." };
const nodeOnlyPackages = ['libsql', 'node-thermal-printer', 'electron-store', 'conf', 'iconv-lite', 'fastify', 'pg', '@electric-sql/pglite'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '**/node_modules/**', '.desk-data/**', '.headoffice-data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['main/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electronOnly, ...[...nodeBuiltins, ...nodeOnlyPackages].map((name) => ({ name, message: 'renderer/ runs in the browser: talk to window.desk instead.' }))],
        patterns: [{ group: ['**/main/**', '**/headoffice/**'], message: 'renderer/ may import only shared/ and its own files.' }],
      }],
    },
  },
  {
    // The head-office web app runs in the browser too: shared/ and its own files only.
    files: ['headoffice/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electronOnly, ...[...nodeBuiltins, ...nodeOnlyPackages].map((name) => ({ name, message: 'headoffice/web runs in the browser: talk to head office over /api.' }))],
        patterns: [{ group: ['**/main/**', '**/renderer/**', '**/headoffice/src/**'], message: 'headoffice/web may import only shared/ and its own files.' }],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electronOnly, ...[...nodeBuiltins, ...nodeOnlyPackages].map((name) => ({ name, message: 'shared/ runs everywhere (browser, Node, head office): no Node-only imports.' }))],
        patterns: [{ group: ['**/main/**', '**/renderer/**', '**/headoffice/**'], message: 'shared/ must not depend on a side.' }],
      }],
    },
  },
);
