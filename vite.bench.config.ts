import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Builds the baselines the benchmark compares the app against: the bare MapLibre
// page (index.html) and the plain SVG chart of the same data (svg.html), which
// reads the app's own geometry from public/.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  publicDir: resolve('public'),
  logLevel: 'warn',
  build: {
    outDir: '../../dist-bench-bare',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { input: { index: resolve('bench/bare/index.html'), svg: resolve('bench/bare/svg.html') } },
  },
});
