// The map as a reader matches it against its legend: swatches in the map's own
// colours, a filter that dims everything of what it leaves out but keeps the names
// of what it keeps, and a searched municipality marked in no legend colour.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import { themeKeys, type ProjectsDoc } from '../../src/core/types';
import { COLOURS } from '../../src/core/colours';
import { hexToRgb } from '../../src/core/colour';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const rgbOf = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 3);

describe('cartography', () => {
  it('fills every project in exactly the colour of its swatch in the list', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/');
    await app.mapIdle();
    const box = (await app.page.locator('#map').boundingBox())!;
    const shot = await app.page.screenshot({ clip: box });
    const swatches = await app.page.locator('.project-list .swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toHaveLength(doc.projects.length);
    const counts = await app.countColours(shot, swatches.map(rgbOf));
    counts.forEach((count, i) => expect(count, `${doc.projects[i]!.name}: ${swatches[i]}`).toBeGreaterThan(30));
  });

  it('dims fill, outline and name of what a filter leaves out, and shows the names of what it keeps', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/dekking?thema=onderbescherming');
    await app.mapIdle();
    await app.screenshot('coverage-filter');
    const kept = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming')).map((p) => p.id);
    for (const p of doc.projects) {
      expect(await app.featureState('projects', p.id), p.id).toMatchObject({ dimmed: !kept.includes(p.id) });
    }
    const shown = await app.renderedLabels('project-labels');
    for (const id of kept) expect(shown, id).toContain(id);
  });

  it('marks a searched municipality without a pilot by an outline and its name, not by a legend colour', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/gemeente/11002'); // Antwerpen
    await app.mapIdle();
    expect(await app.renderedLabels('selection-label')).toEqual(['Antwerpen']);
    expect(await app.featureState('gemeenten', '11002')).toMatchObject({ selected: true });
    // Inside, the fill is that of every other municipality: not Brussels' grey.
    const p = await app.mapPoint(4.42, 51.20);
    const box = (await app.page.locator('#map').boundingBox())!;
    const [inside] = await app.pixels(await app.page.screenshot({ clip: box }), [[p.x, p.y]]);
    expect(near(inside!, hexToRgb(COLOURS.flanders))).toBe(true);
    expect(near(inside!, hexToRgb(COLOURS.brussels))).toBe(false);
    expect(await app.page.locator('.legend li', { hasText: 'Gekozen gemeente' }).count()).toBe(1);
    await app.screenshot('municipality-antwerpen');
  });
});
