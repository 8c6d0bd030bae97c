// Coverage at a glance: figures, a filter through the URL, sorting by keyboard,
// the CSV's bytes, and the switch between 2017 and today's boundaries.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';

const newApp = useApp();
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8'));
const popOf = new Map<string, number>(topo.objects.gemeenten.geometries.map((g: { properties: { code: string; pop: number } }) => [g.properties.code, g.properties.pop]));
const belgian = (n: number) => new Intl.NumberFormat('nl-BE').format(n);

describe('coverage view', () => {
  it('shows the figures in Belgian formatting', async () => {
    const app = await newApp({ viewport: { width: 1440, height: 900 } });
    await app.open('#/dekking');
    expect(await app.panelHeading()).toBe('Dekking van de pilootprojecten');
    const figures = await app.page.locator('.figures dd').allTextContents();
    expect(figures[0]).toMatch(/^26 van 308 \(8,4 %\)$/);
    const covered = doc.projects.flatMap((p: { municipalities: string[] }) => p.municipalities).reduce((s: number, c: string) => s + popOf.get(c)!, 0);
    expect(figures[1]).toContain(`${belgian(covered)} van 6.552.967`);
    expect(await app.page.locator('.projects-table tbody tr').count()).toBe(11);
    await app.mapIdle();
    await app.screenshot('coverage');
  });

  it('follows a filter given in the URL, on the figures, the table and the map', async () => {
    const app = await newApp();
    await app.open('#/dekking?thema=onderbescherming');
    expect(await app.page.locator('#filter-thema').inputValue()).toBe('onderbescherming');
    const expected = doc.projects.filter((p: { themes: string[] }) => p.themes.includes('onderbescherming')).length;
    expect(await app.page.locator('.projects-table tbody tr').count()).toBe(expected);
    await app.page.locator('#filter-partner').focus();
    await app.page.selectOption('#filter-partner', 'caw');
    await app.page.waitForFunction(() => location.hash === '#/dekking?thema=onderbescherming&partner=caw');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('filter-partner');
    expect(await app.page.locator('.projects-table tbody th').allTextContents()).toEqual(['Genk']);
  });

  it('sorts the table with the keyboard', async () => {
    const app = await newApp();
    await app.open('#/dekking');
    await app.page.locator('button[data-sort=population]').focus();
    await app.page.keyboard.press('Enter');
    await app.page.locator('th[aria-sort=ascending] button[data-sort=population]').waitFor();
    await app.page.keyboard.press('Enter');
    await app.page.locator('th[aria-sort=descending] button[data-sort=population]').waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe('population');
    expect((await app.page.locator('.projects-table tbody th').allTextContents())[0]).toBe('W13');
  });

  it('downloads exactly the table as a CSV for a Belgian Excel', async () => {
    const app = await newApp({ acceptDownloads: true });
    await app.open('#/dekking?partner=caw');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download als CSV (Excel)' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Project;Gemeenten;Inwoners (1/1/2018);Oppervlakte (km²);Provincie;Thema’s');
    expect(lines.filter(Boolean)).toHaveLength(1 + 3);
    expect(lines[1]).toMatch(/^Genk;Genk;\d+;\d+,\d+;Limburg;/);
  });

  it('switches to today\'s boundaries and back, with the choice in the URL', async () => {
    const app = await newApp();
    await app.open('#/project/w13');
    await app.mapIdle();
    await app.page.locator('#boundaries-2025').check();
    await app.page.waitForFunction(() => location.hash === '#/project/w13?grenzen=2025');
    await app.page.locator('.renames', { hasText: 'Geen van deze gemeenten' }).waitFor();
    await app.mapIdle();
    expect(await app.renderedProjectAt(3.2650, 50.8279)).toBe('w13');
    await app.page.locator('#show-elz').check();
    await app.page.waitForFunction(() => location.hash === '#/project/w13?grenzen=2025&elz=1');
    await app.mapIdle();
    // Switched on while today's boundaries were still loading: still drawn.
    expect(await app.layoutProperty('elz-line', 'visibility')).toBe('visible');
    expect(await app.featureState('projects', 'w13')).toMatchObject({ selected: true });
    await app.screenshot('today-elz');
    await app.page.reload();
    await app.waitForHeading('W13');
    expect(await app.page.locator('#boundaries-2025').isChecked()).toBe(true);
  });
});
