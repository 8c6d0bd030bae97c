import { describe, expect, it } from 'vitest';
import { drawnFor } from '../../src/app/map/drawn-for';

describe('what each map was last given to draw', () => {
  const a = { state: {}, surroundings: false };
  const svg = { kind: 'svg' };
  const webgl = { kind: 'webgl' };

  it('a map made for the view now has drawn it: it need not be shown it again', () => {
    const log = drawnFor<object>();
    log.made(a);
    expect(log.has(svg, a)).toBe(true);
  });

  it('a view change, or the surroundings, shown while a map was made reached only the maps already there', () => {
    const log = drawnFor<object>();
    log.made(a);
    log.shown([svg], a);
    log.made(a); // the WebGL map
    const changed = { state: {}, surroundings: false };
    log.shown([svg], changed);
    expect(log.has(svg, changed)).toBe(true);
    expect(log.has(webgl, changed)).toBe(false);
    const withSurroundings = { state: changed.state, surroundings: true };
    expect(log.has(svg, withSurroundings)).toBe(false);
    log.shown([svg, webgl], withSurroundings);
    expect(log.has(webgl, withSurroundings)).toBe(true);
  });

  it('knows nothing before a map is made', () => {
    expect(drawnFor<object>().has(svg, a)).toBe(false);
  });
});
