import { defineConfig } from 'vite';

// Builds the bare MapLibre page the benchmark compares the app against.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  logLevel: 'warn',
  build: { outDir: '../../dist-bench-bare', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
