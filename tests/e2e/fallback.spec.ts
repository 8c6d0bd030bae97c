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
    await app.mapIdle({ withSurroundings: true });
    // Every area drawn with a visible size (polled: the SVG map redraws whole when
    // the surroundings or a new size arrive).
    const tooSmall = () => app.page.locator('.svg-map .project-area').evaluateAll((paths) => paths
      .map((p) => { const b = (p as SVGPathElement).getBoundingClientRect(); return [p.getAttribute('data-project'), Math.round(Math.min(b.width, b.height))] as const; })
      .filter(([, size]) => size <= 2));
    await app.page.waitForFunction(() => [...document.querySelectorAll('.svg-map .project-area')]
      .every((p) => { const b = p.getBoundingClientRect(); return Math.min(b.width, b.height) > 2; }), undefined, { timeout: 10_000 }).catch(() => undefined);
    expect(await tooSmall(), 'areas drawn too small to see').toEqual([]);
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
    const header = 128;
    const grid: [number, number][] = [];
    for (let y = 10; y < box.height - 60; y += 7) for (let x = 10; x < box.width - 10; x += 7) grid.push([x, y]);
    const onScreen = await app.pixels(screen, grid);
    const exported = await app.pixels(image, grid.map(([x, y]) => [x * 2, header + y * 2]));
    const close = (p: number[], q: number[]) => Math.abs(p[0]! - q[0]!) + Math.abs(p[1]! - q[1]!) + Math.abs(p[2]! - q[2]!) < 60;
    const share = onScreen.filter((p, i) => close(p, exported[i]!)).length / grid.length;
    expect(share).toBeGreaterThan(0.93);
  });
});
