/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional raster tile URL template for a basemap; unset means no basemap and no tile requests. */
  readonly VITE_BASEMAP_TILES?: string;
  /** Set by `npm run build:single`: data and worker are bundled into one HTML file. */
  readonly VITE_SINGLE_FILE?: string;
}
