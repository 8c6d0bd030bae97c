// The map as a reader matches it against its legend: swatches in the map's own
// colours, a filter that dims everything of what it leaves out but keeps the names
// of what it keeps, and a searched municipality marked in no legend colour.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import { themeKeys, type ProjectsDoc } from '../../src/core/types';
import { COLOURS } from '../../src/core/colours';
import { DIMMED, LINE_WIDTH } from '../../src/core/map-paint';
import { colourAround, countNearest, near, picture, rgb } from './support/colours';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;

describe('cartography', () => {
  it('fills every project in exactly the colour of its swatch in the list', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/');
    await app.mapIdle();
    const box = (await app.page.locator('#map').boundingBox())!;
    const shot = await app.page.screenshot({ clip: box });
    const swatches = await app.page
      .locator('.project-list .swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toHaveLength(doc.projects.length);
    const counts = countNearest(picture(shot), swatches.map(rgb));
    counts.forEach((count, i) => expect(count, `${doc.projects[i]!.name}: ${swatches[i]}`).toBeGreaterThan(30));
  });

  it('dims fill, outline and name of what a filter leaves out, and shows the names of what it keeps', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/dekking?thema=onderbescherming');
    await app.mapIdle();
    await app.screenshot('coverage-filter');
    const kept = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming')).map((p) => p.id);
    // As MapLibre drew them: each area's fill and outline opacity, evaluated for its feature state.
    for (const p of doc.projects) {
      const faint = !kept.includes(p.id);
      expect((await app.drawnFeature('project-fill', p.id)).paint['fill-opacity'], `${p.id}'s fill`).toBe(
        faint ? DIMMED.fill : 1,
      );
      expect((await app.drawnFeature('project-outline', p.id)).paint['line-opacity'], `${p.id}'s outline`).toBe(
        faint ? DIMMED.outline : 1,
      );
    }
    const names = (await app.drawnLabels()).filter((l) => l.kind === 'project');
    for (const id of kept) expect(names.find((l) => l.id === id)?.opacity, `${id}'s name`).toBe(1);
    const faintNames = names.filter((l) => !kept.includes(l.id));
    expect(faintNames.length, 'names of what the filter leaves out, where they fit').toBeGreaterThan(0);
    for (const l of faintNames) expect(l.opacity, `${l.id}'s name`).toBe(DIMMED.label);
  });

  it('marks a searched municipality without a pilot by an outline and its name, not by a legend colour', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/gemeente/11002'); // Antwerpen
    await app.mapIdle();
    expect(await app.drawnNames('selection')).toEqual(['Antwerpen']);
    expect((await app.drawnFeature('gemeenten-selected', '11002')).paint['line-width']).toBe(
      LINE_WIDTH.municipalitySelected,
    );
    // Inside, the fill is that of every other municipality: not Brussels' grey.
    const p = await app.mapPoint(4.42, 51.2);
    const box = (await app.page.locator('#map').boundingBox())!;
    const inside = colourAround(picture(await app.page.screenshot({ clip: box })), p.x, p.y, 2);
    expect(near(inside, rgb(COLOURS.flanders)), String(inside)).toBe(true);
    expect(near(inside, rgb(COLOURS.brussels))).toBe(false);
    expect(await app.page.locator('.legend li', { hasText: 'Gekozen gemeente' }).count()).toBe(1);
    await app.screenshot('municipality-antwerpen');
  });
});
