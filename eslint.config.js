// ESLint 9 flat config: typescript-eslint (type-aware), eslint-plugin-lit and eslint-plugin-wc.
//
// TypeScript 7 (the native compiler, `tsc` here) has no JavaScript API, and typescript-eslint
// needs one: `typescript` in package.json is the 6.0 API package (@typescript/typescript6),
// `typescript-7` is TypeScript 7 and provides `tsc`: type-checking stays on 7.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'geo/.cache/**',
      'bench/tmp/**',
      'test-results/**',
      'playwright-report/**',
      // The framework fixtures are apps of their own, type-checked by their own builds in the tests.
      'tests/frameworks/**',
      'tests/frameworks/**/dist/**',
      'tests/frameworks/**/.cache/**',
      'custom-elements.json',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `tsc` already reports unused locals and parameters (tsconfig: noUnusedLocals/Parameters);
      // two reports for one mistake, and tsc's honours `_` the way the code uses it.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, the bench, fixtures): no type information.
    files: ['**/*.{js,mjs,cjs}', '**/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // `const { requests, ...rest } = run` is how the scripts drop a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Scripts injected into pages by the bench and the tests; measure.mjs passes functions to
    // page.waitForFunction, which run in the page.
    files: ['bench/lib/probe.js', 'bench/lib/measure.mjs', 'bench/trace.mjs', 'tests/e2e/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The published declarations augment frameworks that a project may not have: `@ts-ignore`
    // (not `@ts-expect-error`, which fails where the framework is there), and empty interfaces
    // that extend the event map into the DOM's own maps.
    files: ['types/**/*.d.ts'],
    rules: {
      '@typescript-eslint/ban-ts-comment': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
