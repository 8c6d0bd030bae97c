// Never a blank page: no WebGL gives the SVG map with the same panels, selection
// and keyboard access, and an image export that looks like the screen.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import { SCREENSHOT_DIR, type AppDriver } from './support/driver';
import type { ProjectsDoc } from '../../src/core/types';
import { projectColour } from '../../src/core/palette';

const newApp = useApp(['--disable-webgl', '--disable-3d-apis']);
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const GENT: [number, number] = [3.7250, 51.0536];

/** The project area drawn topmost at a position, with the colour it is filled with. */
const drawnAt = async (app: AppDriver, [lon, lat]: [number, number]) => {
  const p = await app.mapPoint(lon, lat);
  const box = (await app.page.locator('#map').boundingBox())!;
  return app.page.evaluate(([x, y]) => {
    const area = document.elementsFromPoint(x, y).find((e) => e.classList.contains('project-area'));
    return area ? { id: area.getAttribute('data-project'), fill: area.getAttribute('fill') } : null;
  }, [box.x + p.x, box.y + p.y] as const);
};

describe('without WebGL', () => {
  it('draws each pilot area in its colour, and selects a project by click and by keyboard', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    expect(await app.page.locator('#map canvas').count()).toBe(0);
    expect(await app.page.locator('.map-note').textContent()).toContain('WebGL');
    // Every area is drawn with a size on screen, and Gent's is under Gent, in Gent's colour.
    const sizes = await app.page.locator('.svg-map .project-area').evaluateAll((paths) =>
      paths.map((p) => { const b = (p as SVGPathElement).getBoundingClientRect(); return Math.min(b.width, b.height); }));
    expect(sizes.every((s) => s > 2)).toBe(true);
    const gentIndex = doc.projects.findIndex((p) => p.id === 'gent');
    expect(await drawnAt(app, GENT)).toEqual({ id: 'gent', fill: projectColour(gentIndex) });
    await app.screenshot('fallback-overview');
    await app.clickMapAt(4.4025, 51.2194); // Antwerpen, outside the pilots
    await app.waitForHeading('Antwerpen');
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    await app.clickMapAt(...GENT);
    await app.waitForHeading('Gent');
    expect(await app.hash()).toBe('#/project/gent');
    await app.page.locator('.svg-map .project-outline[data-project=genk]').focus();
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Genk');
    await app.mapIdle();
    await app.screenshot('fallback-genk');
  });

  it('exports an image whose map looks like the screen: thin strokes, haloed labels, the selection', async () => {
    const app = await newApp({ acceptDownloads: true });
    await app.open('#/project/genk');
    await app.mapIdle();
    const box = (await app.page.locator('#map').boundingBox())!;
    const screen = await app.page.screenshot({ clip: box });
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download afbeelding (PNG)' }).click(),
    ]);
    const image = readFileSync((await download.path())!);
    writeFileSync(`${SCREENSHOT_DIR}/fallback-export-genk.png`, image);
    // Compare both pictures on a grid of points (the export is at 2×, below its title band).
    const share = await app.page.evaluate(async ({ shot, png, w, h }) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx;
      };
      const [a, b] = [await load(shot), await load(png)];
      const header = 128;
      let same = 0;
      let all = 0;
      for (let y = 10; y < h - 60; y += 7) {
        for (let x = 10; x < w - 10; x += 7) {
          const p = a.getImageData(x, y, 1, 1).data;
          const q = b.getImageData(x * 2, header + y * 2, 1, 1).data;
          all++;
          if (Math.abs(p[0]! - q[0]!) + Math.abs(p[1]! - q[1]!) + Math.abs(p[2]! - q[2]!) < 60) same++;
        }
      }
      return same / all;
    }, { shot: screen.toString('base64'), png: image.toString('base64'), w: Math.floor(box.width), h: Math.floor(box.height) });
    expect(share).toBeGreaterThan(0.93);
  });
});
