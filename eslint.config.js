/* Lint: one style, and the one-way layering of STYLE.md enforced with no-restricted-imports. */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
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

/*
 * Features do not import each other: what two features need lives in src/features/shared (or
 * src/ui, src/state). Matched by folder name, so src/domain/metrics is not taken for
 * src/features/metrics.
 */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);
const SRC_FOLDERS = ['app', 'cli', 'domain', 'io', 'state', 'ui', 'worker'];

const featureRules = (feature) => {
  const others = FEATURES.filter((f) => f !== feature);
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: layer(['app', 'cli']), message: 'Dependencies point one way: see STYLE.md.' },
          ...others.map((other) => ({
            group: [`**/${other}/**`, ...SRC_FOLDERS.map((f) => `!**/${f}/${other}/**`)],
            message: `Features do not import each other (${feature} -> ${other}): move what both need to src/features/shared.`,
          })),
        ],
      },
    ],
  };
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      '.e2e-dist',
      '.bench-dist',
      'node_modules',
      'data',
      'test-results',
      'playwright-report',
    ],
  },
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
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: featureRules(feature),
  })),
  /*
   * The CLI may use React only to render the report's pure figures (src/report/) to HTML with
   * react-dom/server (analyze --report): the same components as the page, no second renderer.
   * Everything else of the UI stays out of it.
   */
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['cytoscape', 'zustand', 'comlink', 'react-dom'].map((name) => ({
              name,
              message: 'Layering: see STYLE.md.',
            })),
          ],
          patterns: [
            {
              group: ['react-dom/*', '!react-dom/server'],
              message: 'The CLI renders with react-dom/server only.',
            },
            {
              group: layer(['worker', 'state', 'features', 'ui', 'app']),
              message: 'Dependencies point one way: see STYLE.md.',
            },
          ],
        },
      ],
    },
  },
  /* The report's figures: pure components (props in, SVG out) for the page and the CLI alike. */
  {
    files: ['src/report/**'],
    rules: {
      ...restrict(
        ['react-dom', 'react-dom/*', 'cytoscape', 'zustand', 'comlink'],
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
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
