/* Lint: one style, and the one-way layering of STYLE.md enforced with no-restricted-imports. */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'zustand', 'comlink'];
const layer = (folders) => folders.map((f) => `**/${f}/**`);

const restrict = (packages, folders) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages
        .filter((p) => !p.includes('*'))
        .map((name) => ({ name, message: 'Layering: see STYLE.md.' })),
      patterns: [
        ...packages
          .filter((p) => p.includes('*'))
          .map((p) => ({ group: [p], message: 'Layering: see STYLE.md.' })),
        ...(folders.length
          ? [{ group: layer(folders), message: 'Dependencies point one way: see STYLE.md.' }]
          : []),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'data', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      ...restrict(
        [...ui, 'papaparse', '@e965/xlsx'],
        ['io', 'worker', 'state', 'features', 'ui', 'app', 'cli'],
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
      ],
    },
  },
  {
    files: ['src/io/**'],
    rules: restrict(ui, ['worker', 'state', 'features', 'ui', 'app', 'cli']),
  },
  {
    files: ['src/worker/**'],
    rules: restrict(
      ['react', 'react-dom', 'cytoscape', 'zustand'],
      ['state', 'features', 'ui', 'app', 'cli'],
    ),
  },
  { files: ['src/state/**'], rules: restrict(['cytoscape'], ['features', 'ui', 'app', 'cli']) },
  { files: ['src/ui/**'], rules: restrict([], ['features', 'state', 'app', 'cli', 'worker']) },
  { files: ['src/features/**'], rules: restrict([], ['app', 'cli']) },
  { files: ['src/cli/**'], rules: restrict(ui, ['worker', 'state', 'features', 'ui', 'app']) },
  {
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
