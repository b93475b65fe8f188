import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** The architecture's boundaries (DESIGN section 3), enforced so breaking one fails `npm test`. */
const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const sitesImport = {
  group: ['**/lib/sites', '**/lib/sites/**', '@/lib/sites/**'],
  message: 'Site knowledge stays in lib/sites/.',
};

export default tseslint.config(
  {
    ignores: [
      '.scratch-*',
      '.tmp-*',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'demo-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  restrict(
    ['entrypoints/content/**'],
    [
      {
        group: ['idb', 'idb/**'],
        message: 'A content script never opens IndexedDB: it would write into the website storage.',
      },
      {
        group: ['**/lib/log', '**/lib/log/**', '@/lib/log/**'],
        allowTypeImports: true,
        message: 'The log lives in the background; use lib/messaging.',
      },
      {
        group: ['**/components/**', '@/components/**'],
        message: 'React UI lives in extension pages, not in the content script.',
      },
      { group: ['zod', 'zod/v4'], message: 'Use zod/mini in the content script (size budget).' },
    ],
  ),
  restrict(['lib/ladder/**', 'lib/log/**', 'components/**'], [sitesImport]),
  restrict(
    ['lib/sites/**'],
    [
      {
        group: ['**/lib/log', '**/lib/log/**', '@/lib/log/**'],
        message: 'Adapters do not know about the log.',
      },
      {
        group: ['**/lib/messaging', '**/lib/messaging/**', '@/lib/messaging/**'],
        message: 'Adapters do not talk to the background.',
      },
    ],
  ),
);
