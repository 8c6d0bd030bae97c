// The map issue: deep links, clicking the map, keyboard selection, history,
// language, and the phone layout.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { ProjectsDoc } from '../../src/core/types';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const nameOf = new Map<string, string>(
  topo.objects.gemeenten.geometries.map((g: { properties: { code: string; naam: string } }) => [g.properties.code, g.properties.naam]),
);

describe('deep links', () => {
  it('opens every project with its name and all its member municipalities', async () => {
    const app = await newApp();
    for (const p of doc.projects) {
      await app.open(`#/project/${p.id}`);
      await app.waitForHeading(p.name);
      expect(await app.panelHeading()).toBe(p.name);
      expect((await app.memberNames()).sort()).toEqual(p.municipalities.map((c) => nameOf.get(c)).sort());
    }
  });

  it('opens a municipality panel by 2017 code and by current code', async () => {
    const app = await newApp();
    await app.open('#/gemeente/11002');
    expect(await app.panelHeading()).toBe('Antwerpen');
    expect(await app.page.locator('.answer').textContent()).toContain('geen pilootproject');
    await app.open('#/gemeente/34022');
    expect(await app.page.locator('.answer').textContent()).toContain('pilootproject W13');
    await app.open('#/gemeente/23106'); // Pajottegem (2025) = Galmaarden + Gooik + Herne
    expect(await app.panelHeading()).toBe('Pajottegem');
    expect(await app.page.locator('#panel-content').textContent()).toMatch(/Galmaarden.*Gooik.*Herne/s);
  });

  it('shows a gentle "not found" with the overview for an unknown id', async () => {
    const app = await newApp();
    await app.open('#/project/bestaat-niet');
    expect(await app.panelHeading()).toBe('Pilootprojecten in Vlaanderen');
    expect(await app.page.locator('.notice').textContent()).toContain('bestaat-niet');
    expect(await app.projectListNames()).toHaveLength(11);
  });
});

describe('the map', () => {
  it('selects a project picked while the map is still reloading its data', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    // Switching language re-sends every source (the labels are worded per language);
    // a project picked in the same moment must still be drawn selected.
    await app.page.evaluate(() => {
      (document.getElementById('lang-switch') as HTMLButtonElement).click();
      (document.querySelector('.project-list a[data-project="genk"]') as HTMLAnchorElement).click();
    });
    await app.waitForHeading('Genk');
    await app.mapIdle();
    expect(await app.featureState('projects', 'genk')).toMatchObject({ selected: true });
  });

  it('selects W13 when Kortrijk is clicked, and a municipality panel elsewhere', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    await app.clickMapAt(3.2650, 50.8279);
    await app.waitForHeading('W13');
    expect(await app.hash()).toBe('#/project/w13');
    await app.mapIdle();
    // The camera moved to W13 under the still pointer: no stale "Kortrijk" tooltip.
    expect(await app.page.locator('.map-tooltip').isHidden()).toBe(true);
    await app.screenshot('project-w13');
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    await app.clickMapAt(4.4025, 51.2194); // Antwerpen
    await app.waitForHeading('Antwerpen');
    expect(await app.hash()).toBe('#/gemeente/11002');
  });

  it('names the municipality and its project on hover', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    const point = await app.mapPoint(3.2650, 50.8279);
    const box = (await app.page.locator('#map canvas').boundingBox())!;
    await app.page.mouse.move(box.x + point.x, box.y + point.y);
    await app.page.locator('.map-tooltip', { hasText: 'Kortrijk — W13' }).waitFor();
  });
});

describe('keyboard and history', () => {
  it('selects a project from the list with the keyboard alone, and Escape returns to it', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.page.keyboard.press('Tab'); // skip link
    await app.page.keyboard.press('Tab'); // language switch
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await app.page.keyboard.press('Tab');
      found = (await app.focusedText()).startsWith('Genk');
    }
    expect(found).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Genk');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    expect(await app.page.locator('#live').textContent()).toBe('Geselecteerd: Genk');
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    expect(await app.focusedText()).toMatch(/^Genk/);
  });

  it('moves between selections with back and forward, and restores them on reload', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.page.locator('.project-list a', { hasText: 'Oostende' }).click();
    await app.waitForHeading('Oostende');
    await app.page.locator('.members a', { hasText: 'Oostende' }).click();
    await app.waitForHeading('Oostende');
    expect(await app.hash()).toBe('#/gemeente/35013');
    await app.page.goBack();
    await app.page.locator('.members').waitFor();
    expect(await app.hash()).toBe('#/project/oostende');
    await app.page.goBack();
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.page.goForward();
    await app.waitForHeading('Oostende');
    await app.page.reload();
    await app.waitForHeading('Oostende');
    expect(await app.memberNames()).toEqual(['Oostende']);
  });

  it('switches to English and keeps the language in the link', async () => {
    const app = await newApp();
    await app.open('#/project/gent');
    await app.switchLanguage('en');
    expect(await app.hash()).toBe('#/project/gent?taal=en');
    await app.page.locator('.facts h3', { hasText: 'Municipalities' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await app.page.reload();
    await app.page.locator('.facts h3', { hasText: 'Municipalities' }).waitFor();
  });
});

describe('phone', () => {
  it('shows the map with a bottom sheet that leaves the selected area visible', async () => {
    const app = await newApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await app.open('#/project/w13');
    await app.mapIdle();
    expect(await app.page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([360, 360]);
    const sheet = (await app.page.locator('#panel').boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
    expect(sheet.height).toBeLessThanOrEqual(740 * 0.5);
    // Kortrijk (inside W13) is drawn above the sheet.
    const p = await app.mapPoint(3.2650, 50.8279);
    const map = (await app.page.locator('#map').boundingBox())!;
    expect(map.y + p.y).toBeLessThan(sheet.y);
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(360);
    await app.screenshot('phone-w13');
  });
});
