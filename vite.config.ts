import { defineConfig } from 'vitest/config';
import { runnerImport, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { VitePWA } from 'vite-plugin-pwa';
import { validateProjects } from './src/core/validate-projects.ts';
import { parseGeoData } from './src/core/geo-data.ts';
import { storeShapes } from './src/core/map-shapes.ts';
import type { PrerenderedPage } from './src/prerender/page.ts';

// Fail the build (and the dev server) on invalid pilot data, with the validator's
// own messages, rather than ship a map that breaks at load. The messages are
// printed here too: a failed build still closes its bundle, and the offline
// plugin's complaint about the missing files would otherwise be all one sees.
function validateProjectsPlugin(): Plugin {
  return {
    name: 'validate-projects',
    buildStart() {
      const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
      const codes = new Set<string>(
        topo.objects.gemeenten.geometries.map((g: { properties: { code: string } }) => g.properties.code),
      );
      try {
        validateProjects(JSON.parse(readFileSync('data/projects.json', 'utf8')), codes);
      } catch (e) {
        console.error(`data/projects.json is not valid:\n${e instanceof Error ? e.message : String(e)}`);
        throw e;
      }
    },
  };
}

/**
 * The identity of each data file the app fetches from public/geo/: the SHA-256 of
 * its bytes. The code asks for `geo/<file>?v=<first 16 digits>`, so an HTTP cache
 * never pairs new code with old data, and checks the bytes against the digest, so
 * a server that ignores the query and serves another version is named, not drawn.
 */
export function geoVersions(): Record<'base.topo.json' | 'context.topo.json' | 'places.json', string> {
  const sha = (file: string) =>
    createHash('sha256')
      .update(readFileSync(`public/geo/${file}`))
      .digest('hex');
  return {
    'base.topo.json': sha('base.topo.json'),
    'context.topo.json': sha('context.topo.json'),
    'places.json': sha('places.json'),
  };
}
const GEO_VERSIONS = geoVersions();

/**
 * The first map's shapes that follow from the data alone (project areas, their
 * label points, the municipal borders), computed here once rather than in every
 * page before its first map (src/core/map-shapes.ts). The single-file build
 * defines the same. Data that does not validate gets null, not a failed config:
 * the build's own check (above) names its problems, and the tests still start.
 */
export function mapShapesDefine(): string {
  try {
    const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
    const doc = validateProjects(
      JSON.parse(readFileSync('data/projects.json', 'utf8')),
      new Set(geo.municipalities.keys()),
    );
    return JSON.stringify(storeShapes(geo, doc));
  } catch {
    return 'null';
  }
}

/** The link preview's picture, beside index.html. */
const PREVIEW_IMAGE = 'og-image.png';

/**
 * The overview, written into index.html (src/prerender/page.ts): the first paint
 * holds the complete map, the project list and the intro before any script runs,
 * and a reader without JavaScript gets the figures and every project too. The map's
 * frame takes Flanders' aspect ratio, and its names show by the frame's width,
 * which only the data knows: rules appended to the style sheet. Data that does not validate gets the page without it (the
 * build's own check names the problems).
 */
export function prerenderPlugin({ preview = true }: { preview?: boolean } = {}): Plugin {
  let page: Promise<PrerenderedPage | null> | undefined;
  // Through Vite's own module runner, without this config: the app's modules use
  // import.meta.glob (the UI's strings), which only Vite's transforms resolve.
  const make = async (): Promise<PrerenderedPage | null> => {
    try {
      const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
      const doc = validateProjects(
        JSON.parse(readFileSync('data/projects.json', 'utf8')),
        new Set(geo.municipalities.keys()),
      );
      const { module } = await runnerImport<typeof import('./src/prerender/page.ts')>('./src/prerender/page.ts', {
        configFile: false,
        logLevel: 'warn',
        define: { __MAP_SHAPES__: 'null', __GEO_VERSIONS__: JSON.stringify(GEO_VERSIONS) },
      });
      const topbar = /<header class="topbar">[\s\S]*?<\/header>/.exec(readFileSync('index.html', 'utf8'))?.[0];
      if (!topbar) throw new Error('index.html: no <header class="topbar">');
      return module.prerenderPage(doc, geo, JSON.parse(readFileSync('public/geo/context.topo.json', 'utf8')), topbar);
    } catch (e) {
      console.warn(`prerender skipped: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  const get = () => (page ??= make());
  return {
    name: 'prerender-overview',
    async transform(code, id) {
      const p = id.endsWith('/src/style.css') ? await get() : null;
      return p ? `${code}\n${p.map.css}\n` : null;
    },
    // The link preview's picture, made from the same SVG (resvg, its binary in the package).
    async generateBundle() {
      const p = preview ? await get() : null;
      if (!p) return;
      const { Resvg } = await import('@resvg/resvg-js');
      const png = new Resvg(p.preview.svg, {
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
      })
        .render()
        .asPng();
      this.emitFile({ type: 'asset', fileName: PREVIEW_IMAGE, source: png });
    },
    async transformIndexHtml(html) {
      const p = await get();
      if (!p) return html;
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      // Previews want an absolute address: GBO_SITE_URL (where the app is published) gives it.
      const image = `${process.env.GBO_SITE_URL ?? './'}${PREVIEW_IMAGE}`;
      const meta = preview
        ? [
            ['property', 'og:type', 'website'],
            ['property', 'og:locale', 'nl_BE'],
            ['property', 'og:title', esc(p.preview.title)],
            ['property', 'og:description', description],
            ['property', 'og:image', esc(image)],
            ['property', 'og:image:width', '1200'],
            ['property', 'og:image:height', '630'],
            ['property', 'og:image:alt', esc(p.preview.alt)],
            ['name', 'twitter:card', 'summary_large_image'],
          ]
            .map(([k, n, v]) => `<meta ${k}="${n}" content="${v}" />`)
            .join('\n    ')
        : '';
      if (meta) html = html.replace('</head>', () => `  ${meta}\n  </head>`);
      const panel = '<div id="panel-content"><p class="loading">Laden…</p></div>';
      const map = '<div id="map" class="map"></div>';
      if (!html.includes(panel) || !html.includes(map))
        throw new Error('index.html: the panel or the map placeholder to prerender into is missing');
      return html
        .replace(/<header class="topbar">[\s\S]*?<\/header>/, () => p.topbar)
        .replace(
          /<title>[^<]*<\/title>/,
          () => `<title>${p.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`,
        )
        .replace(panel, () => `<div id="panel-content">${p.panel}</div>`)
        .replace(map, () => `<div id="map" class="map">${p.map.html}</div>`);
    },
  };
}

/**
 * Content-Security-Policy for the production build, as a <meta> tag because
 * static hosts differ. Only the app's own origin; blob: for the map worker and
 * the CSV/PNG downloads; data: for the inline favicon. No 'unsafe-inline' and no
 * 'unsafe-eval': MapLibre and the app set styles through the CSSOM, which CSP
 * does not restrict. A configured basemap adds its tile origin.
 */
export function contentSecurityPolicy(basemapTiles?: string): string {
  const tiles = basemapTiles ? ` ${new URL(basemapTiles.replace(/[{}]/g, '')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    `connect-src 'self'${tiles}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function cspPlugin(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build', // the dev server injects inline scripts for hot reload
    transformIndexHtml(html) {
      const csp = contentSecurityPolicy(process.env.VITE_BASEMAP_TILES || undefined);
      return html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
      );
    },
  };
}

/**
 * The first map needs the two data files and the SVG map's code: ask for them
 * while the HTML is parsed, not after the app's script has run (the plain chart
 * we measure against starts its fetches about 150 ms sooner otherwise). The
 * preloads match the app's own requests (fetch with credentials "same-origin",
 * hence crossorigin), so each file is downloaded once.
 */
function preloadFirstMapPlugin(): Plugin {
  return {
    name: 'preload-first-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        const projects = files.find((f) => /^assets\/projects-[\w-]+\.json$/.test(f));
        const svgMap = files.find((f) => /^assets\/svg-map-view-[\w-]+\.js$/.test(f));
        if (!projects || !svgMap) return [];
        const chunk = ctx.bundle![svgMap] as { imports?: string[] };
        return [
          ...[`geo/base.topo.json?v=${GEO_VERSIONS['base.topo.json'].slice(0, 16)}`, projects].map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${href}` },
            injectTo: 'head' as const,
          })),
          ...[svgMap, ...(chunk.imports ?? [])]
            .filter((href) => !html.includes(href))
            .map((href) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', href: `./${href}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}

/**
 * Offline after one visit (a meeting room without wifi): a Workbox service worker
 * precaches every file of the build (the app, MapLibre and its worker, the data).
 * It is registered by src/app/offline.ts, after the first map, never by an inline
 * script (the CSP forbids those). clientsClaim: the tab of the first visit is
 * controlled at once, so someone who opens the app online and walks into a room
 * without wifi has it all (it is safe: a new worker only claims pages of no
 * version). No skipWaiting: a new version waits until no tab runs the old one, so
 * a page never mixes old and new files.
 */
const offline = VitePWA({
  injectRegister: false,
  manifest: false,
  strategies: 'generateSW',
  filename: 'sw.js',
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,json,txt}'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Hash routes all load index.html.
    navigateFallback: 'index.html',
    // The data files' ?v= is their version for HTTP caches; the precache has its
    // own revisions and answers every version of the URL with the file it holds.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^v$/],
  },
});

export default defineConfig({
  base: './',
  plugins: [validateProjectsPlugin(), prerenderPlugin(), cspPlugin(), preloadFirstMapPlugin(), offline],
  define: { __GEO_VERSIONS__: JSON.stringify(GEO_VERSIONS), __MAP_SHAPES__: mapShapesDefine() },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own, so the app's own JavaScript can be
        // measured against its budget and cached apart from the library.
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // Pure code and the geo build in Node; everything the DOM alone decides
    // (panels, search box, coverage table, history, failures) in happy-dom with a
    // fake map and data source. Chromium is kept for what needs a real browser.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,mjs}'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'happy-dom' } },
    ],
  },
});
