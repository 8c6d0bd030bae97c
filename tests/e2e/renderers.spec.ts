// Given the same view at the same size, when the SVG map draws it (as it does
// first, and without WebGL) and when the WebGL map does (after it takes over),
// then the two pictures agree: the same names in the same places, the same
// surroundings and colours, at least 97 % of the map's pixels alike. This is what
// makes the hand-over from one to the other invisible. The views cover what the
// paint list (src/core/map-paint.ts) says for each state: the overview, a selected
// project, a filter's dimming, a selected municipality, the dashed zones and the
// user's position.
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { useApp } from './support/fixture';
import { alikeShare, picture } from './support/colours';
import { SCREENSHOT_DIR, type AppDriver } from './support/driver';

const newApp = useApp();

/** What a user did on the page before the picture is taken. */
type Step = (app: AppDriver) => Promise<void>;

async function drawn(app: AppDriver, query: string, hash: string, step?: Step) {
  await app.page.goto(`${app.baseUrl}/?inspect${query}${hash}`);
  await app.mapIdle({ withSurroundings: true }, 60_000);
  if (step) {
    await step(app);
    await app.mapIdle({ withSurroundings: true }, 60_000);
  }
  const map = app.page.locator('#map');
  const box = (await map.boundingBox())!;
  // The zoom buttons are the WebGL map's own: left out of the comparison.
  const controls = await app.page.locator('#map .maplibregl-ctrl').evaluateAll(
    (els, b) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x - b.x, y: r.y - b.y, width: r.width, height: r.height };
      }),
    box,
  );
  // Each name as that renderer drew it (MapLibre's rendered symbols with their
  // evaluated size and opacity; the SVG map's text elements): kind, name, size, opacity.
  const names = (await app.drawnLabels())
    .map(
      (l) =>
        `${l.kind} ${l.kind === 'project' || l.kind === 'experiment' ? l.id : l.text} ${l.size.toFixed(1)}px ×${l.opacity}`,
    )
    .sort();
  const gent = await app.mapPoint(3.725, 51.0536);
  return { png: await map.screenshot(), controls, names, gent };
}

// The user's position, marked on the map, with its municipality outlined.
const locate: Step = async (app) => {
  await app.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
  await app.waitForHeading('Gent');
};

const VIEWS: [name: string, hash: string, step?: Step][] = [
  ['overview', '#/'],
  ['w13', '#/project/w13'],
  ['coverage-filtered', '#/dekking?thema=onderbescherming'],
  // A municipality outside the pilots, outlined in the selection's blue.
  ['municipality', '#/gemeente/11002'],
  // The primary-care zones, dashed.
  ['zones', '#/?elz=1'],
  ['position', '#/', locate],
];

describe('the SVG map and the WebGL map', () => {
  for (const [name, hash, step] of VIEWS) {
    it(`draw the same picture: ${name}`, async () => {
      const app = await newApp(
        step === locate ? { geolocation: { longitude: 3.725, latitude: 51.0536 }, permissions: ['geolocation'] } : {},
      );
      const svg = await drawn(app, '&renderer=svg', hash, step);
      const webgl = await drawn(app, '', hash, step);
      expect(await app.page.locator('#map .webgl-host').count(), 'the WebGL map took over').toBe(1);
      expect(await app.page.locator('#map .svg-host').count(), 'the SVG map is gone').toBe(0);
      expect(webgl.names, 'the same names').toEqual(svg.names);
      expect(Math.abs(webgl.gent.x - svg.gent.x) + Math.abs(webgl.gent.y - svg.gent.y), 'the same camera').toBeLessThan(
        1,
      );
      const [a, b] = [picture(svg.png), picture(webgl.png)];
      const share = alikeShare(a, b, { skip: webgl.controls });
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(`${SCREENSHOT_DIR}/renderers-${name}-svg.png`, svg.png);
      writeFileSync(`${SCREENSHOT_DIR}/renderers-${name}-webgl.png`, webgl.png);
      console.log(`renderers ${name}: ${(share * 100).toFixed(2)} % of map pixels alike`);
      expect(share).toBeGreaterThanOrEqual(0.97);
    });
  }
});
