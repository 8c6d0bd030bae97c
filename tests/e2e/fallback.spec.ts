// Never a blank page: no WebGL gives the SVG map with the same panels, selection
// and keyboard access, and the same image export as with WebGL.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import type { ProjectsDoc } from '../../src/core/types';
import { projectColour } from '../../src/core/palette';
import { COLOURS } from '../../src/core/colours';
import { LABEL_STYLE } from '../../src/core/map-scene';
import { colourAround, countNearest, near, picture, rgb } from './support/colours';
import { parseGeoData, projectAreas } from '../../src/core/geo-data';
import { labelPoint } from '../../src/core/geometry';
import { scaled } from './support/timeouts';

const newApp = useApp(['--disable-webgl', '--disable-3d-apis']);
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const GENT: [number, number] = [3.725, 51.0536];
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));

/** The project area drawn topmost at a position, with the colour it is filled with. */
const drawnAt = async (app: AppDriver, [lon, lat]: [number, number]) => {
  const p = await app.mapPoint(lon, lat);
  const box = (await app.page.locator('#map').boundingBox())!;
  return app.page.evaluate(
    ([x, y]) => {
      const area = document.elementsFromPoint(x, y).find((e) => e.classList.contains('project-area'));
      return area ? { id: area.getAttribute('data-project'), fill: area.getAttribute('fill') } : null;
    },
    [box.x + p.x, box.y + p.y] as const,
  );
};

describe('without WebGL', () => {
  it('draws each pilot area in its colour, and selects a project by click and by keyboard', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    // No WebGL map: the SVG map, its areas painted on a canvas of the CPU's.
    expect(await app.page.locator('#map .maplibregl-canvas').count()).toBe(0);
    expect(await app.page.locator('#map canvas.svg-map-paint').count()).toBe(1);
    expect(await app.page.locator('.map-note').textContent()).toContain('WebGL');
    // On top of the map, where it can be read (not under the SVG map's layer).
    expect(
      await app.page.locator('.map-note').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !!top && el.contains(top);
      }),
    ).toBe(true);
    // Every area is drawn with a size on screen, and Gent's is under Gent, in Gent's colour.
    await app.mapIdle({ withSurroundings: true });
    // Every area drawn with a visible size (polled: the SVG map redraws whole when
    // the surroundings or a new size arrive).
    const tooSmall = () =>
      app.page.locator('.svg-map .project-area').evaluateAll((paths) =>
        paths
          .map((p) => {
            const b = (p as SVGPathElement).getBoundingClientRect();
            return [p.getAttribute('data-project'), Math.round(Math.min(b.width, b.height))] as const;
          })
          .filter(([, size]) => size <= 2),
      );
    await expect.poll(tooSmall, { message: 'areas drawn too small to see', timeout: scaled(10_000) }).toEqual([]);
    const gentIndex = doc.projects.findIndex((p) => p.id === 'gent');
    expect(await drawnAt(app, GENT)).toEqual({ id: 'gent', fill: projectColour(gentIndex) });
    // And what the eye sees there: Gent's colour around Gent.
    const gent = await app.mapPoint(...GENT);
    const box = (await app.page.locator('#map').boundingBox())!;
    const [gentPixels] = countNearest(picture(await app.page.screenshot()), [rgb(projectColour(gentIndex))], {
      within: { x: box.x + gent.x - 25, y: box.y + gent.y - 25, width: 50, height: 50 },
    });
    expect(gentPixels, "Gent's colour around Gent").toBeGreaterThan(200);
    await app.screenshot('fallback-overview');
    await app.clickMapAt(4.4025, 51.2194); // Antwerpen, outside the pilots
    await app.waitForHeading('Antwerpen');
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    await app.clickMapAt(...GENT);
    await app.waitForHeading('Gent');
    expect(await app.hash()).toBe('#/project/gent');
    await app.page.locator('#map .area-keys [data-project=genk]').focus();
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Genk');
    await app.mapIdle();
    await app.screenshot('fallback-genk');
  });

  it('exports the same 16:9 picture as with WebGL: Genk framed, in its colour, haloed labels', async () => {
    const app = await newApp({ acceptDownloads: true });
    await app.open('#/project/genk');
    await app.mapIdle();
    const image = await app.downloadImage('fallback-export-genk');
    expect([image.width, image.height]).toEqual([1920, 1080]);
    const genk = doc.projects.findIndex((p) => p.id === 'genk');
    const [lon, lat] = labelPoint(projectAreas(geo, doc).features[genk]!.geometry) as [number, number];
    const centre: [number, number] = [lon, lat - 0.02]; // just south of the name, which is centred on the label point
    const shot = picture(image.bytes);
    const at = colourAround(shot, ...(await image.at(centre)), 2);
    expect(near(at, rgb(projectColour(genk))), String(at)).toBe(true);
    // The map's style sheet came along into the picture: the project names' white
    // halo shows inside the map's frame, told apart from the land's off-white
    // (each pixel counts for the colour it is nearest to).
    const frame = await app.page.evaluate(() => window.gboInspectImage!()!.frame);
    const [halo] = countNearest(shot, [rgb(LABEL_STYLE.project.halo), rgb(COLOURS.flanders)], {
      within: { x: frame.x + 3, y: frame.y + 3, width: frame.width - 6, height: frame.height - 6 },
    });
    expect(halo).toBeGreaterThan(200);
  });
});
