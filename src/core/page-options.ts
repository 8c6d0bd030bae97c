// What the page's query asks for, beside the view in the hash: `?embed=1` (the map
// with a compact panel and no page chrome, for an iframe) and `?renderer=svg` (the
// SVG map only, never WebGL: for a machine whose WebGL is slow or unstable, and
// for the browser test that compares the two renderers).
import { parseHash } from './url-state';

/** 'auto': the SVG map first, WebGL taking over when it can; 'svg': the SVG map only. */
export type Renderer = 'auto' | 'svg';

export interface PageOptions {
  embed: boolean;
  renderer: Renderer;
}

/**
 * `hash`: the view the page opens on. The presenter's console window draws no
 * live map of its own (its pictures are SVG), so it never spends a WebGL context
 * on the presenter's laptop beside the slide's.
 */
export function pageOptions(search: string, hash = ''): PageOptions {
  // By hand: the pure core has no URLSearchParams (it compiles without the DOM's types).
  const params = new Map(
    search
      .replace(/^\?/, '')
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [k = '', v = ''] = pair.split('=');
        return [decodeURIComponent(k), decodeURIComponent(v.replace(/\+/g, ' '))] as const;
      }),
  );
  const console_ = parseHash(hash).route.kind === 'console';
  return {
    embed: params.get('embed') === '1',
    renderer: params.get('renderer') === 'svg' || console_ ? 'svg' : 'auto',
  };
}
