// Lint: typescript-eslint's recommended rules, strict about `any` and unused code;
// no-unsanitized for HTML sinks; and the layer rules of src/ (see README, "What is
// where"): core is pure, only src/render/maplibre touches MapLibre, the two maps
// (src/render/svg, src/render/maplibre) draw from core and never from each other,
// the UI and the maps never import the shell, nothing in src/ reads the geo build.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

const LAYERS = {
  map: { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/render/maplibre/ may import maplibre-gl.' },
  geo: { group: ['**/geo/*', '../geo/**', '!**/public/geo/**'], message: 'src/ never imports the geo build.' },
  app: {
    group: ['**/app/*', '**/app/**', '**/main', '**/entry'],
    message:
      'src/ui/ and src/render/ are below the shell: they get what they need from src/app as arguments, never by import.',
  },
  maplibre: {
    group: ['**/render/maplibre/*', '../maplibre/*'],
    message:
      'Only the map factory (src/app/map/factory.ts) loads src/render/maplibre/: the UI and the SVG map talk to it through src/render/map-view.ts.',
  },
  svg: {
    group: ['**/render/svg/*', '../svg/*'],
    message: 'The WebGL map draws from core (the scene, the paint list, the label plan), never from the SVG map.',
  },
  ui: {
    group: ['**/ui/*', '!**/ui/dom'],
    message: 'A map draws no panel: of src/ui/ it may use only the DOM helpers (ui/dom.ts).',
  },
  shell: {
    group: [
      '../ui/*',
      '../render/*',
      '../render/**',
      '../i18n',
      '../i18n/*',
      '../app/*',
      '../app/**',
      '../main',
      '../entry',
      '../data-source',
    ],
    message:
      'src/core/ is pure: it imports neither the DOM shell, the maps, nor the UI strings (pass words in as data).',
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-single/',
      'dist-bench-bare/',
      'node_modules/',
      'test-results/',
      'public/',
      '.scratch/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/render/maplibre/**', 'src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo] }] },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo, LAYERS.app, LAYERS.maplibre] }] },
  },
  {
    // The SVG map: core and the DOM helpers, never the shell, the UI or MapLibre.
    files: ['src/render/svg/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [LAYERS.map, LAYERS.geo, LAYERS.app, LAYERS.maplibre, LAYERS.ui] },
      ],
    },
  },
  {
    // The WebGL map: the only room that imports maplibre-gl; core and the map seam, nothing of the SVG map, the UI or the shell.
    files: ['src/render/maplibre/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.geo, LAYERS.app, LAYERS.svg, LAYERS.ui] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo, LAYERS.shell] }] },
  },
);
