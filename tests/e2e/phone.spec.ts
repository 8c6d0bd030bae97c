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
  const strip = {
    left: map.x,
    right: map.x + map.width,
    top: map.y,
    bottom: overlaid ? Math.min(map.y + map.height, sheet.y) : map.y + map.height,
  };
  return { box, strip };
}

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
  { width: 844, height: 390 },
];

describe("the phone's first screen", () => {
  it('shows all of Flanders, centred and filling the free strip, at each size, and again when the size changes', async () => {
    // One visit: the first size as loaded, the others by turning and resizing the
    // same page, which is also the refit the map owes a rotated phone.
    const [first, ...others] = SIZES;
    const app = await newApp({ viewport: first!, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await app.open('#/');
    for (const viewport of [first!, ...others]) {
      if (viewport === first) await app.mapIdle();
      else
        await app.afterMapMoves(`the new size ${viewport.width}×${viewport.height}`, () =>
          app.page.setViewportSize(viewport),
        );
      const size = `${viewport.width}×${viewport.height}`;
      const { box, strip } = await measure(app);
      expect(box.left, size).toBeGreaterThanOrEqual(strip.left - 1);
      expect(box.right, size).toBeLessThanOrEqual(strip.right + 1);
      expect(box.top, size).toBeGreaterThanOrEqual(strip.top - 1);
      expect(box.bottom, size).toBeLessThanOrEqual(strip.bottom + 1);
      const fill = Math.max(
        (box.right - box.left) / (strip.right - strip.left),
        (box.bottom - box.top) / (strip.bottom - strip.top),
      );
      expect(fill, `${size}: share of the binding side`).toBeGreaterThanOrEqual(0.85);
      const slackX = Math.abs(box.left - strip.left - (strip.right - box.right));
      const slackY = Math.abs(box.top - strip.top - (strip.bottom - box.bottom));
      expect(slackX, size).toBeLessThanOrEqual(0.05 * (strip.right - strip.left));
      expect(slackY, size).toBeLessThanOrEqual(0.05 * (strip.bottom - strip.top) + 2);
      if (viewport.width === 390 || viewport.width === 844)
        await app.screenshot(`phone-overview-${viewport.width}x${viewport.height}`);
    }
  });
});
