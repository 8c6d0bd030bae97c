// "Download de gegevens" on the overview and the coverage view: three files, made
// in the page from the data it loaded, saved under their names, in the page's language.
import { describe, expect, it, vi } from 'vitest';
import { openApp, waitFor } from './support/app';
import { strings } from '../../src/i18n';

const { nl, en } = strings;

/** Clicks each download button; what the page saved, by file name. */
async function saved(app: Awaited<ReturnType<typeof openApp>>): Promise<Map<string, string>> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return `blob:${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.take-away button')];
  for (const b of buttons) app.click(b);
  await waitFor(() => blobs.length === buttons.length, 'every file');
  return new Map(await Promise.all(blobs.map(async (b, i) => [names[i]!, await b.text()] as const)));
}

describe('the data to take away', () => {
  it("offers the areas, W13's experiments and the 26 municipalities on the overview, and saves each under its name", async () => {
    const app = await openApp('#/');
    const section = await waitFor(() => document.querySelector('.take-away'), 'the download section');
    expect(section.querySelector('h3')?.textContent).toBe(nl.takeAwayHeading);
    expect(app.texts('.take-away button')).toEqual([
      nl.takeAwayAreas,
      nl.takeAwayExperiments,
      nl.takeAwayMunicipalities(26),
    ]);
    const files = await saved(app);
    expect([...files.keys()]).toEqual([
      nl.takeAwayAreasFile,
      nl.takeAwayExperimentsFile,
      nl.takeAwayMunicipalitiesFile,
    ]);
    const areas = JSON.parse(files.get(nl.takeAwayAreasFile)!);
    expect(areas.features).toHaveLength(11);
    expect(areas.source[0]).toContain('schriftelijke vraag nr. 114');
    expect(
      JSON.parse(files.get(nl.takeAwayExperimentsFile)!).features.map(
        (f: { properties: { label: string } }) => f.properties.label,
      ),
    ).toEqual(['Lokaal experiment Anzegem', 'Lokaal experiment Avelgem', 'Lokaal experiment Kortrijk']);
    const csv = files.get(nl.takeAwayMunicipalitiesFile)!.split('\r\n');
    expect(csv[0]).toBe(`\uFEFF${nl.takeAwayCsvTitle}`);
    expect(csv).toContain(nl.takeAwayCsvHeader.join(';'));
    expect(csv.find((l) => l.startsWith('44021;'))).toMatch(/^44021;Gent;Oost-Vlaanderen;Gent;\d+$/);
  });

  it('offers them on the coverage view too, in English when the page is', async () => {
    const app = await openApp('#/dekking?taal=en');
    await waitFor(() => document.querySelector('.coverage .take-away'), 'the download section on the coverage view');
    expect(app.texts('.take-away button')).toEqual([
      en.takeAwayAreas,
      en.takeAwayExperiments,
      en.takeAwayMunicipalities(26),
    ]);
    const files = await saved(app);
    expect(files.get(en.takeAwayMunicipalitiesFile)!.split('\r\n')).toContain(en.takeAwayCsvHeader.join(';'));
    expect(JSON.parse(files.get(en.takeAwayExperimentsFile)!).source[1]).toBe(en.sourceExperimentPoints);
  });
});
