/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional raster tile URL template for a basemap; unset means no basemap and no tile requests. */
  readonly VITE_BASEMAP_TILES?: string;
  /** Set by `npm run build:single`: data and worker are bundled into one HTML file. */
  readonly VITE_SINGLE_FILE?: string;
}

/**
 * The SHA-256 (hex) of each data file in public/geo/, computed when the build
 * starts (vite.config.ts): the app asks for `geo/<file>?v=<first 16 hex digits>`
 * and checks the bytes it gets against the whole digest.
 */
declare const __GEO_VERSIONS__: { 'base.topo.json': string; 'context.topo.json': string; 'places.json': string };

/** The first map's shapes computed by the build from its data (src/core/map-shapes.ts, vite.config.ts); null for data that did not validate. */
declare const __MAP_SHAPES__: import('./core/map-shapes').StoredShapes | null;
