// Lint: typescript-eslint's recommended rules, strict about `any` and unused code.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'dist-bench-bare/', 'node_modules/', 'test-results/', 'public/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
        message: 'Render data as text (textContent / the h() helper), never as HTML.',
      }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ may import maplibre-gl.' },
        { group: ['**/geo/*', '../geo/**'], message: 'src/ never imports the geo build.' },
      ] }],
    },
  },
);
