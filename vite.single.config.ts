// `npm run build:single`: one HTML file with everything inlined (app, MapLibre and
// its worker, styles, data) that opens by double-click from a USB stick (file://).
import { defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { mapShapesDefine, prerenderPlugin } from './vite.config.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Moves the one JS chunk and the one CSS file into index.html and drops every
 * other output file. Its CSP allows exactly these inline contents by hash
 * (no 'unsafe-inline'), workers from blob: (MapLibre's worker) and images from
 * data:/blob:. From file:// (an opaque origin) MapLibre reads its worker's blob
 * and starts it from a data: URL, so worker-src allows both and connect-src blob:.
 * Nothing else may be fetched.
 */
function inlineEverything(): Plugin {
  return {
    name: 'inline-everything',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.fileName === 'index.html');
      if (!html || html.type !== 'asset') throw new Error('build:single: no index.html in the bundle');
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      if (chunks.length !== 1)
        throw new Error(`build:single: expected one JS chunk, got ${chunks.map((c) => c.fileName).join(', ')}`);
      // With every dynamic import inlined, Vite leaves its preload-list marker
      // unreplaced; an empty list is what it means here.
      const js = (chunks[0] as { code: string }).code
        .replace(/__VITE_PRELOAD__/g, 'void 0')
        .replace(/<\/script/gi, '<\\/script');
      const css = Object.values(bundle)
        .filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
        .map((f) => String((f as { source: string | Uint8Array }).source))
        .join('\n');
      const csp = [
        "default-src 'none'",
        `script-src ${sha256(js)}`,
        `style-src ${sha256(css)}`,
        'img-src data: blob:',
        'worker-src blob: data:',
        'connect-src blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      let page = String(html.source)
        .replace(/<script type="module"[^>]*src="[^"]+"><\/script>/, () => `<script type="module">${js}</script>`)
        .replace(/<link rel="stylesheet"[^>]*>/g, '')
        .replace(/<link rel="modulepreload"[^>]*>/g, '')
        .replace('</head>', () => `<style>${css}</style>\n  </head>`)
        .replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      if (!page.includes(js)) throw new Error('build:single: the script tag was not found');
      html.source = page;
      for (const key of Object.keys(bundle)) if (key !== 'index.html') delete bundle[key];
      page = '';
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false, // the data is bundled; nothing is copied beside the page
  define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('1'), __MAP_SHAPES__: mapShapesDefine() },
  // (No link preview: a file on a stick is not shared as a link, and its page is all there is.)
  plugins: [prerenderPlugin({ preview: false }), inlineEverything()],
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false, // one file: there is nothing to preload
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
