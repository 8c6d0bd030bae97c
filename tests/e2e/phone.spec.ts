// A citizen's whole picture before searching: on a phone, all of Flanders in the
// part of the map the header and the bottom sheet leave free, centred and filling
// it, in portrait and landscape, and again when that part changes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import { parseGeoData } from '../../src/core/geo-data';
import { bounds } from '../../src/core/geometry';

const newApp = useApp();
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const [[west, south], [east, north]] = bounds(geo.layers.vlaanderen.features.map((f) => f.geometry));

/** Flanders' box on screen against the free strip of the map, in page pixels. */
async function measure(app: AppDriver) {
  const map = (await app.page.locator('#map').boundingBox())!;
  const sheet = (await app.page.locator('#panel').boundingBox())!;
  // In portrait the panel is a sheet over the map's lower part; in landscape it
  // stands beside the map.
  const overlaid = await app.page.locator('#panel').evaluate((el) => getComputedStyle(el).position === 'fixed');
  const nw = await app.mapPoint(west, north);
  const se = await app.mapPoint(east, south);
  const box = { left: map.x + nw.x, right: map.x + se.x, top: map.y + nw.y, bottom: map.y + se.y };
  const strip = { left: map.x, right: map.x + map.width, top: map.y, bottom: overlaid ? Math.min(map.y + map.height, sheet.y) : map.y + map.height };
  return { box, strip };
}

const SIZES = [
  { width: 360, height: 740 }, { width: 390, height: 844 }, { width: 412, height: 915 }, { width: 844, height: 390 },
];

describe('the phone\'s first screen', () => {
  for (const viewport of SIZES) {
    it(`shows all of Flanders, centred and filling the free strip, at ${viewport.width}×${viewport.height}`, async () => {
      const app = await newApp({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await app.open('#/');
      await app.mapIdle();
      const { box, strip } = await measure(app);
      expect(box.left).toBeGreaterThanOrEqual(strip.left - 1);
      expect(box.right).toBeLessThanOrEqual(strip.right + 1);
      expect(box.top).toBeGreaterThanOrEqual(strip.top - 1);
      expect(box.bottom).toBeLessThanOrEqual(strip.bottom + 1);
      const fill = Math.max((box.right - box.left) / (strip.right - strip.left), (box.bottom - box.top) / (strip.bottom - strip.top));
      expect(fill, 'share of the binding side').toBeGreaterThanOrEqual(0.85);
      const slackX = Math.abs((box.left - strip.left) - (strip.right - box.right));
      const slackY = Math.abs((box.top - strip.top) - (strip.bottom - box.bottom));
      expect(slackX).toBeLessThanOrEqual(0.05 * (strip.right - strip.left));
      expect(slackY).toBeLessThanOrEqual(0.05 * (strip.bottom - strip.top) + 2);
      if (viewport.width === 390) await app.screenshot('phone-overview-390x844');
      if (viewport.width === 844) await app.screenshot('phone-overview-844x390');
    });
  }

  it('frames Flanders again when the phone rotates', async () => {
    const app = await newApp({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await app.open('#/');
    await app.mapIdle();
    await app.page.setViewportSize({ width: 844, height: 390 });
    await app.page.waitForFunction(() => document.getElementById('map')?.dataset.mapState !== 'idle').catch(() => undefined);
    await app.mapIdle();
    const { box, strip } = await measure(app);
    expect(box.bottom).toBeLessThanOrEqual(strip.bottom + 1);
    expect(box.top).toBeGreaterThanOrEqual(strip.top - 1);
    expect(Math.max((box.right - box.left) / (strip.right - strip.left), (box.bottom - box.top) / (strip.bottom - strip.top))).toBeGreaterThanOrEqual(0.85);
  });
});
