// Coverage in the real browser: the view at a desktop size, and the switch between
// 2017 and today's boundaries as the map draws it. Figures, filters, sorting and
// the CSV run in tests/dom.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import { LINE_WIDTH } from '../../src/core/map-paint';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8'));

describe('coverage view', () => {
  it('shows the figures in Belgian formatting', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/dekking');
    expect(await app.panelHeading()).toBe('Dekking van de pilootprojecten');
    // The figures themselves are checked in tests/dom; here, that the table fits
    // the wider panel without sideways scrolling.
    expect(await app.page.locator('.projects-table tbody tr').count()).toBe(doc.projects.length);
    const panel = await app.page.locator('#panel').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(panel).toBeLessThanOrEqual(0);
    await app.mapIdle();
    await app.screenshot('coverage');
  });

  it('opens on the key figures: in the first screen, in large type, beside a map of at least 45 % of the width', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
      [1920, 1080],
    ] as const) {
      const app = await newApp({ viewport: { width, height } });
      await app.open('#/dekking?thema=onderbescherming');
      await app.mapIdle();
      const where = `${width}×${height}`;
      const figures = await app.page.locator('.key-figure').evaluateAll((els) =>
        els.map((el) => {
          const value = el.querySelector('.key-value')!;
          const box = el.getBoundingClientRect();
          return { bottom: box.bottom, right: box.right, size: parseFloat(getComputedStyle(value).fontSize) };
        }),
      );
      const body = await app.page
        .locator('.coverage > p.muted')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(figures, where).toHaveLength(4);
      for (const f of figures) {
        expect(f.bottom, `${where}: a key figure below the fold`).toBeLessThanOrEqual(height);
        expect(f.right, where).toBeLessThanOrEqual(width);
        expect(f.size / body, `${where}: key figure type`).toBeGreaterThanOrEqual(1.5);
      }
      // The filter in words comes with the figures, on the first screen too.
      const filter = await app.page.locator('.key-filter').boundingBox();
      expect(filter!.y + filter!.height, where).toBeLessThanOrEqual(height);
      expect(await app.page.locator('.key-filter').textContent(), where).toMatch(/^4 van de 11 projecten: Thema: /);
      const map = (await app.page.locator('#map').boundingBox())!;
      expect(map.width / width, `${where}: map width`).toBeGreaterThanOrEqual(0.45);
      // Every project the filter keeps is named on the map.
      expect((await app.drawnNames('project', { opaque: true })).sort(), where).toEqual([
        'diest-scherpenheuvel-zichem',
        'diksmuide',
        'genk',
        'wetteren-wichelen-laarne',
      ]);
      await app.screenshot(`coverage-first-screen-${width}x${height}`);
      // Options, legend, sources and downloads: one click away, the page itself does not move.
      if (width === 1440) {
        await app.page.locator('.skip-to-foot').click();
        await app.page.waitForFunction(() => document.activeElement?.id === 'panel-foot');
        const foot = (await app.page.locator('#panel-foot').boundingBox())!;
        expect(foot.y, 'the foot scrolled into the panel').toBeLessThan(height);
        expect(await app.page.evaluate(() => [document.documentElement.scrollTop, document.body.scrollTop])).toEqual([
          0, 0,
        ]);
      }
    }
  });

  it("switches to today's boundaries and back, with the choice in the URL", async () => {
    const app = await newApp();
    await app.open('#/project/w13');
    await app.mapIdle();
    const MEULEBEKE: [number, number] = [3.295, 50.9511]; // merged into Tielt in 2025
    expect(await app.renderedMunicipalityAt(...MEULEBEKE)).toBe('37007');
    await app.page.locator('#boundaries-2025').check();
    await app.page.waitForFunction(() => location.hash === '#/project/w13?grenzen=2025');
    await app.page.locator('.renames', { hasText: 'Geen van deze gemeenten' }).waitFor();
    await app.mapIdle();
    expect(await app.renderedProjectAt(3.265, 50.8279)).toBe('w13');
    // Only today's map draws Meulebeke as part of Tielt.
    expect(await app.renderedMunicipalityAt(...MEULEBEKE)).toBe('37022');
    await app.page.locator('#show-elz').check();
    await app.page.waitForFunction(() => location.hash === '#/project/w13?grenzen=2025&elz=1');
    await app.mapIdle();
    // Switched on while today's boundaries were still loading: still drawn.
    expect(await app.drawnCount('elz-line'), 'zone outlines drawn').toBeGreaterThan(0);
    expect((await app.drawnFeature('project-outline', 'w13')).paint['line-width']).toBe(
      LINE_WIDTH.projectOutlineSelected,
    );
    await app.screenshot('today-elz');
    await app.page.reload();
    await app.waitForHeading('W13');
    expect(await app.page.locator('#boundaries-2025').isChecked()).toBe(true);
  });
});
