// The coverage view in happy-dom: figures, a filter from the URL, keyboard
// sorting, and the CSV's bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitFor } from './support/app';
import { strings } from '../../src/i18n';
import { themeKeys, type ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const municipalities: { code: string; pop: number }[] = topo.objects.gemeenten.geometries.map(
  (g: { properties: { code: string; pop: number } }) => g.properties,
);
const popOf = new Map(municipalities.map((m) => [m.code, m.pop]));
const belgian = (n: number) => new Intl.NumberFormat('nl-BE').format(n);
const nl = strings.nl;

afterEach(() => vi.restoreAllMocks());

describe('coverage view', () => {
  it('shows the figures in Belgian formatting, computed from the data', async () => {
    const app = await openApp('#/dekking');
    expect(app.heading()).toBe(nl.coverageHeading);
    const values = app.texts('.key-figure .key-value');
    const bases = app.texts('.key-figure .key-base');
    const members = doc.projects.flatMap((p) => p.municipalities);
    const share = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      (100 * members.length) / municipalities.length,
    );
    expect(values[0]).toBe(String(members.length));
    expect(bases[0]).toBe(`van de ${municipalities.length} Vlaamse gemeenten (grenzen van 2017) · ${share} %`);
    const covered = members.reduce((s, c) => s + popOf.get(c)!, 0);
    const total = municipalities.reduce((s, m) => s + m.pop, 0);
    expect(values[1]).toBe(belgian(covered));
    expect(bases[1]).toContain(`van de ${belgian(total)} inwoners`);
    expect(app.texts('.key-filter')).toEqual([`Alle ${doc.projects.length} projecten, zonder filter`]);
    expect(app.texts('.projects-table tbody th')).toHaveLength(doc.projects.length);
  });

  it('follows a filter given in the URL, on the figures, the table and the map', async () => {
    const app = await openApp('#/dekking?thema=onderbescherming');
    expect(document.querySelector<HTMLOptionElement>('#filter-thema option[selected]')?.value).toBe('onderbescherming');
    const matching = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming'));
    expect(app.texts('.projects-table tbody th').sort()).toEqual(matching.map((p) => p.name).sort());
    const map = await app.map();
    await waitFor(() => map.scene.kept?.size === matching.length, 'the map dims the others');
    const partner = document.getElementById('filter-partner') as HTMLSelectElement;
    partner.focus();
    partner.value = 'caw';
    partner.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => location.hash === '#/dekking?thema=onderbescherming&partner=caw', 'both filters in the URL');
    expect(document.activeElement?.id).toBe('filter-partner');
    const both = matching.filter((p) => p.partners.some((q) => q.type === 'caw'));
    expect(app.texts('.projects-table tbody th')).toEqual(both.map((p) => p.name));
    await waitFor(() => map.scene.kept?.size === both.length, 'the map follows');
  });

  it('sorts the table with the keyboard and keeps focus on the heading used', async () => {
    const app = await openApp('#/dekking');
    const button = () => document.querySelector<HTMLButtonElement>('button[data-sort=population]')!;
    button().focus();
    button().click();
    await waitFor(() => document.querySelector('th[aria-sort=ascending] button[data-sort=population]'), 'ascending');
    button().click();
    await waitFor(() => document.querySelector('th[aria-sort=descending] button[data-sort=population]'), 'descending');
    expect(document.activeElement?.getAttribute('data-sort')).toBe('population');
    const popOfProject = (p: ProjectsDoc['projects'][number]) =>
      p.municipalities.reduce((s, c) => s + popOf.get(c)!, 0);
    const largest = [...doc.projects].sort((a, b) => popOfProject(b) - popOfProject(a))[0]!;
    expect(app.texts('.projects-table tbody th')[0]).toBe(largest.name);
  });

  it("labels each share, adds the provinces' share of all covered inhabitants and a totals row", async () => {
    const app = await openApp('#/dekking');
    const table = document.querySelector('table.provinces')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      nl.colProvince,
      nl.colPilotMunicipalities,
      nl.colCovered,
      nl.colShareOwn,
      nl.colShareOfCovered,
    ]);
    const members = doc.projects.flatMap((p) => p.municipalities);
    const covered = members.reduce((s, c) => s + popOf.get(c)!, 0);
    const total = [...table.querySelectorAll('tfoot td, tfoot th')].map((c) => c.textContent);
    expect(total).toEqual([
      nl.totalRow,
      `${members.length} / ${municipalities.length}`,
      belgian(covered),
      expect.stringMatching(/^\d+,\d %$/),
      '100,0 %',
    ]);
    // The provinces' shares of all covered inhabitants add up to (about) 100 %.
    const shares = app
      .texts('table.provinces tbody td:last-child')
      .map((t) => Number(t.replace(' %', '').replace(',', '.')));
    expect(shares.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 0);
  });

  it('draws each area table as a bar chart hidden from screen readers, bar for row', async () => {
    await openApp('#/dekking');
    await waitFor(() => document.querySelectorAll('figure.chart svg').length === 2, 'both charts');
    const charts = [...document.querySelectorAll('figure.chart svg')];
    expect(charts).toHaveLength(2);
    for (const svg of charts) expect(svg.getAttribute('aria-hidden')).toBe('true');
    // The province chart's covered bars are in proportion to the table's figures.
    const bars = [...charts[0]!.querySelectorAll('rect.bar-covered[data-code]')].map((r) =>
      Number(r.getAttribute('width')),
    );
    const rows = [...document.querySelectorAll('table.provinces tbody tr')].map((tr) =>
      Number(tr.children[2]!.textContent!.replace(/\./g, '')),
    );
    expect(bars).toHaveLength(rows.length);
    const ratio = bars[0]! / rows[0]!;
    bars.forEach((b, i) => expect(b).toBeCloseTo(rows[i]! * ratio, 3));
    expect(charts[1]!.querySelectorAll('rect.bar-covered[data-code]')).toHaveLength(
      document.querySelectorAll('table.zones-table tbody tr').length,
    );
  });

  it('downloads what the screen shows as one CSV for a Belgian Excel, the filter in the file and its name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const app = await openApp('#/dekking?partner=caw');
    app.clickText('button', nl.downloadCsv);
    const bytes = new Uint8Array(await (await waitFor(() => blobs[0], 'the CSV')).arrayBuffer());
    expect(names).toEqual([nl.csvFile('partner-caw')]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe(nl.coverageHeading);
    expect(lines[1]).toBe(`${nl.csvFilter};${nl.filterPartner}: CAW`);
    // Every section of the screen, in its order.
    const at = (title: string) => lines.indexOf(title);
    expect(at(nl.csvFigures)).toBeGreaterThan(1);
    expect(at(nl.perProvince)).toBeGreaterThan(at(nl.csvFigures));
    expect(at(nl.zonesHeading)).toBeGreaterThan(at(nl.perProvince));
    expect(at(nl.tableHeading)).toBeGreaterThan(at(nl.zonesHeading));
    // The figures rounded as on screen: the area with one decimal, like the view.
    const areaOnScreen = app.texts('.key-figure .key-base')[2]!;
    const areaInFile = lines.find((l) => l.startsWith(`${nl.colArea};`))!.split(';')[1]!;
    expect(areaOnScreen).toContain(
      `(${new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1 }).format(Number(areaInFile.replace(',', '.')))} van `,
    );
    // The project table, exactly the rows the view lists.
    const projects = lines.slice(at(nl.tableHeading) + 1).filter(Boolean);
    expect(projects[0]).toBe(
      [nl.colProject, nl.colMunicipalities, nl.colPopulation, nl.colArea, nl.colProvinces, nl.colThemes].join(';'),
    );
    const withCaw = doc.projects.filter((p) => p.partners.some((q) => q.type === 'caw'));
    expect(projects.slice(1).map((l) => l.split(';')[0])).toEqual(app.texts('.projects-table tbody th'));
    expect(projects).toHaveLength(1 + withCaw.length);
    expect(projects[1]).toMatch(/^[^;]+;[^;]+;\d+;\d+,\d;[^;]+;/);
  });

  it('names the filter in words with how many projects it keeps, and the figures follow it', async () => {
    const app = await openApp('#/dekking?thema=onderbescherming');
    const matching = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming'));
    expect(app.texts('.key-filter')[0]).toBe(
      `${matching.length} van de ${doc.projects.length} projecten: Thema: ${doc.themes.onderbescherming!.nl}`,
    );
    expect(app.texts('.key-figure .key-value')[0]).toBe(String(matching.flatMap((p) => p.municipalities).length));
  });

  it('copies a figure as a sentence with its base, the filter and the source, and says so', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: async (text: string) => {
          writes.push(text);
        },
      },
      configurable: true,
    });
    await openApp('#/dekking?thema=onderbescherming');
    document.querySelector<HTMLButtonElement>('.key-figure .copy-figure')!.click();
    await waitFor(() => writes.length === 1, 'the clipboard');
    const matching = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming'));
    const count = matching.flatMap((p) => p.municipalities).length;
    expect(writes[0]).toMatch(
      new RegExp(
        `^${count} van de ${municipalities.length} Vlaamse gemeenten \\(\\d+,\\d %\\) namen deel aan een pilootproject geïntegreerd breed onthaal \\(filter: Thema: .+\\) \\(bron: antwoord op schriftelijke vraag nr\\. 114; grenzen van 2017\\)\\.$`,
      ),
    );
    expect(document.querySelector('.copy-status[role=status]')?.textContent).toBe(`Gekopieerd: ${writes[0]}`);
  });
});
