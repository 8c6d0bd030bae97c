// Lint: typescript-eslint's recommended rules, strict about `any` and unused code;
// no-unsanitized for HTML sinks; and the layer rules of src/ (see README, "What is
// where"): core is pure, only src/map touches MapLibre, nothing in src/ reads the
// geo build.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

const LAYERS = {
  map: { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ may import maplibre-gl.' },
  geo: { group: ['**/geo/*', '../geo/**', '!**/public/geo/**'], message: 'src/ never imports the geo build.' },
  app: { group: ['../app/*', '../main', '../entry'], message: 'src/ui/ is DOM only: it gets what it needs from the shell (src/app) as arguments, never by import.' },
  mapView: { group: ['../map/*'], message: 'Only the map factory (src/app/map-factory.ts) loads src/map/: the UI and the SVG map talk to it through src/map-view.ts.' },
  shell: {
    group: ['../ui/*', '../map/*', '../fallback/*', '../i18n', '../i18n/*', '../app/*', '../main', '../entry', '../map-view', '../data-source'],
    message: 'src/core/ is pure: it imports neither the DOM shell, the map, nor the UI strings (pass words in as data).',
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'dist-bench-bare/', 'node_modules/', 'test-results/', 'public/', '.scratch/', '.stryker-tmp/', 'reports/'] },
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
    ignores: ['src/map/**', 'src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo] }] },
  },
  {
    files: ['src/ui/**/*.ts', 'src/fallback/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo, LAYERS.app, LAYERS.mapView] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYERS.map, LAYERS.geo, LAYERS.shell] }] },
  },
);
