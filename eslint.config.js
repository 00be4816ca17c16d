import fs from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const RENDERER_BOUNDARY = {
  group: ['**/main/**', 'electron', 'better-sqlite3', 'node:*'],
  message: 'The renderer talks to the rest only through the typed API client.',
};

/**
 * The renderer's page folders. A page imports no other page: what two pages share lives in ui/, forms/,
 * files/ or charts/, and only app/ (the route table) knows every page. ESLint keeps one set of options per
 * rule, so each folder's config repeats the renderer boundary.
 */
const PAGES = 'renderer/src/pages';
const pageFolders = fs
  .readdirSync(new URL(PAGES, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const pageBoundaries = pageFolders.map((page) => ({
  files: [`${PAGES}/${page}/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          RENDERER_BOUNDARY,
          {
            // `../other/…` beside this folder, or any path through `pages/` to another folder.
            regex: `^\\.\\./(?!${page}/|\\.)|(^|/)pages/(?!${page}/)`,
            message: `A page imports no other page: move what ${page}/ shares to ui/, forms/, files/ or charts/, or compose the pages in app/routes.tsx.`,
          },
        ],
      },
    ],
  },
}));

/**
 * Lint rules that catch bugs (hooks misuse, floating promises are left to review) plus the layer rules of
 * docs/architecture.md ("Three floors"): shared/ imports nothing from Node, Electron, the DOM helpers or the
 * other layers, and the renderer never imports main/. Formatting is Prettier's job (`npm run format`).
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'native/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'],
              message: 'shared/ is pure: no Node built-ins.',
            },
            { group: ['electron', 'better-sqlite3'], message: 'shared/ is pure: no Electron or database.' },
            {
              group: ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*'],
              message: 'shared/ imports no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [RENDERER_BOUNDARY] }],
    },
  },
  {
    // The shared pieces serve every page and know none.
    files: ['renderer/src/*/**/*.{ts,tsx}'],
    ignores: [`${PAGES}/**`, 'renderer/src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RENDERER_BOUNDARY,
            { regex: '(^|/)pages/', message: 'Shared renderer code imports no page; only app/ composes pages.' },
          ],
        },
      ],
    },
  },
  ...pageBoundaries,
);
