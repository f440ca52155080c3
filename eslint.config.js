// ESLint 9 flat config, after Lit's lit-starter-ts: typescript-eslint's recommended rules, Lit's and the
// custom-elements plugin's recommended rules, and eslint-config-prettier last so Prettier alone decides
// formatting. Type-aware rules are left out: they would double the run time for what `tsc` already checks.
import './scripts/lint/typescript5.cjs'; // typescript-eslint's parser needs TypeScript 5.9's API; the project's tsc is 7 (no API)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'storybook-static/',
      'custom-elements.json',
      'bench/.out/',
      'tests/.out/',
      'examples/*/dist/',
      'examples/.packed/',
      'examples/astro/.astro/',
      'examples/eleventy/_site/',
      'examples/next/.next/',
      'examples/next/out/',
      'examples/next/next-env.d.ts',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      // As in lit-starter-ts: `_unused` parameters are fine, non-null assertions are a deliberate tool.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `interface DocumentEventMap extends EpisodeElementsEventMap {}` is how a global map is augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Node-side code: build and check scripts, benchmarks, node tests, tool configs.
    files: [
      'scripts/**',
      'bench/**',
      'tests/node/**',
      '*.js',
      '*.cjs',
      '.storybook/**',
      'tests/browsers.js',
      'tests/summary-reporter.js',
      'tests/timing-reporter.js',
      'tests/support/*.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Browser tests run under mocha in the test runner.
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Chai's property assertions, `expect(el.hidden).to.be.true`, are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Invalid and hostile inputs are handed over untyped on purpose (19 places in tests/data, hostile, lifecycle).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  prettier,
);
