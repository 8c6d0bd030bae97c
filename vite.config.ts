import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { validateProjects } from './src/core/validate-projects.ts';

// Fail the build (and the dev server) on invalid pilot data, with the validator's
// own messages, rather than ship a map that breaks at load.
function validateProjectsPlugin(): Plugin {
  return {
    name: 'validate-projects',
    buildStart() {
      const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
      const codes = new Set<string>(topo.objects.gemeenten.geometries.map((g: { properties: { code: string } }) => g.properties.code));
      validateProjects(JSON.parse(readFileSync('data/projects.json', 'utf8')), codes);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [validateProjectsPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.{ts,mjs}'],
    environment: 'node',
  },
});
