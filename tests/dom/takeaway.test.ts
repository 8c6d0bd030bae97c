// The map drawn for printouts and images is a picture, never a control: nothing
// in it can take keyboard focus, even where `inert` is missing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createTakeawayMap } from '../../src/app/takeaway-map';
import { createPictures } from '../../src/app/map/picture';
import { parseGeoData } from '../../src/core/geo-data';
import { createLookup } from '../../src/core/lookup';
import { resolveRoute } from '../../src/core/resolve';
import { initialState } from '../../src/core/app-state';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));

describe('the takeaway map', () => {
  it('draws every project, and none of its areas is in the tab order', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const pictures = createPictures({
      doc,
      geo,
      lookup: createLookup(doc, geo),
      view: (s) => resolveRoute(s.route, doc, geo),
    });
    const map = createTakeawayMap(host);
    await map.preload();
    expect(map.draw(pictures.of(initialState('#/')), 800, 560)).not.toBeNull();
    expect(host.querySelectorAll('[data-project]').length).toBeGreaterThanOrEqual(doc.projects.length);
    expect([...host.querySelectorAll('[tabindex]')].map((el) => el.getAttribute('tabindex'))).not.toContain('0');
    expect(host.inert).toBe(true);
    expect(host.getAttribute('aria-hidden')).toBe('true');
    map.dispose();
    host.remove();
  });
});
