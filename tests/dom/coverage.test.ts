// The coverage view in happy-dom: figures, a filter from the URL, keyboard
// sorting, and the CSV's bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitFor } from './support/app';
import { strings } from '../../src/i18n';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const municipalities: { code: string; pop: number }[] = topo.objects.gemeenten.geometries.map((g: { properties: { code: string; pop: number } }) => g.properties);
const popOf = new Map(municipalities.map((m) => [m.code, m.pop]));
const belgian = (n: number) => new Intl.NumberFormat('nl-BE').format(n);
const nl = strings.nl;

afterEach(() => vi.restoreAllMocks());

describe('coverage view', () => {
  it('shows the figures in Belgian formatting, computed from the data', async () => {
    const app = await openApp('#/dekking');
    expect(app.heading()).toBe(nl.coverageHeading);
    const figures = app.texts('.figures dd');
    const members = doc.projects.flatMap((p) => p.municipalities);
    const share = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((100 * members.length) / municipalities.length);
    expect(figures[0]).toBe(`${members.length} van ${municipalities.length} (${share} %)`);
    const covered = members.reduce((s, c) => s + popOf.get(c)!, 0);
    const total = municipalities.reduce((s, m) => s + m.pop, 0);
    expect(figures[1]).toContain(`${belgian(covered)} van ${belgian(total)}`);
    expect(app.texts('.projects-table tbody th')).toHaveLength(doc.projects.length);
  });

  it('follows a filter given in the URL, on the figures, the table and the map', async () => {
    const app = await openApp('#/dekking?thema=onderbescherming');
    expect(document.querySelector<HTMLOptionElement>('#filter-thema option[selected]')?.value).toBe('onderbescherming');
    const matching = doc.projects.filter((p) => p.themes.includes('onderbescherming'));
    expect(app.texts('.projects-table tbody th').sort()).toEqual(matching.map((p) => p.name).sort());
    const map = await app.map();
    await waitFor(() => map.dimmed?.size === matching.length, 'the map dims the others');
    const partner = document.getElementById('filter-partner') as HTMLSelectElement;
    partner.focus();
    partner.value = 'caw';
    partner.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => location.hash === '#/dekking?thema=onderbescherming&partner=caw', 'both filters in the URL');
    expect(document.activeElement?.id).toBe('filter-partner');
    const both = matching.filter((p) => p.partners.some((q) => q.type === 'caw'));
    expect(app.texts('.projects-table tbody th')).toEqual(both.map((p) => p.name));
    await waitFor(() => map.dimmed?.size === both.length, 'the map follows');
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
    const popOfProject = (p: ProjectsDoc['projects'][number]) => p.municipalities.reduce((s, c) => s + popOf.get(c)!, 0);
    const largest = [...doc.projects].sort((a, b) => popOfProject(b) - popOfProject(a))[0]!;
    expect(app.texts('.projects-table tbody th')[0]).toBe(largest.name);
  });

  it('downloads exactly the table as a CSV for a Belgian Excel', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:csv'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const app = await openApp('#/dekking?partner=caw');
    app.clickText('button', nl.downloadCsv);
    const bytes = new Uint8Array(await (await waitFor(() => blobs[0], 'the CSV')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe([nl.colProject, nl.colMunicipalities, nl.colPopulation, nl.colArea, nl.colProvinces, nl.colThemes].join(';'));
    const withCaw = doc.projects.filter((p) => p.partners.some((q) => q.type === 'caw'));
    expect(lines).toHaveLength(1 + withCaw.length);
    expect(lines[1]).toMatch(/^[^;]+;[^;]+;\d+;\d+,\d+;[^;]+;/);
  });
});
