// Image export, print and embed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import { pdfPages } from './support/pdf';
import { themeKeys, type ProjectsDoc } from '../../src/core/types';
import { parseGeoData, projectAreas } from '../../src/core/geo-data';
import { labelPoint } from '../../src/core/geometry';
import { projectColour } from '../../src/core/palette';
import { countNearest, colourAround, near, picture, rgb } from './support/colours';

const newApp = useApp();

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const areas = projectAreas(geo, doc);
// A point well inside an area, just south of where its name is drawn (the name is centred on the label point).
const centreOf = (id: string) => {
  const [lon, lat] = labelPoint(areas.features.find((f) => f.properties.id === id)!.geometry) as [number, number];
  return [lon, lat - 0.02] as [number, number];
};

describe('download image', () => {
  it('gives a 16:9 picture framed on the view, with the filter in its subtitle and the projects it leaves out marked', async () => {
    const app = await newApp({ acceptDownloads: true });
    await app.open('#/project/gent');
    await app.mapIdle();
    const gent = await app.downloadImage('image-gent');
    expect([gent.width, gent.height]).toEqual([1920, 1080]);
    // The picture is framed on Gent: its colour at the centre of its area.
    const colour = colourAround(picture(gent.bytes), ...(await gent.at(centreOf('gent'))), 2);
    expect(near(colour, rgb(projectColour(doc.projects.findIndex((p) => p.id === 'gent')))), String(colour)).toBe(true);
    expect(gent.texts).toContain('Gent — Pilootprojecten geïntegreerd breed onthaal');

    await app.page.evaluate(() => {
      location.hash = '#/dekking?thema=onderbescherming';
    });
    await app.waitForHeading('Dekking van de pilootprojecten');
    // The picture is drawn by the SVG map from the view itself: no need to wait for the screen's map.
    const filtered = await app.downloadImage('image-coverage-filter');
    expect([filtered.width, filtered.height]).toEqual([1920, 1080]);
    const kept = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming'));
    const subtitle = filtered.texts.join(' ');
    expect(subtitle).toContain(
      `Filter: Thema: ${doc.themes.onderbescherming!.nl}. ${kept.length} van de ${doc.projects.length} projecten voldoen`,
    );
    // As on the view, the key figures come first.
    const figures = subtitle.indexOf(`${kept.flatMap((p) => p.municipalities).length} van de 308 gemeenten ·`);
    expect(figures).toBeGreaterThanOrEqual(0);
    expect(figures).toBeLessThan(subtitle.indexOf('Filter:'));
    // The legend marks the projects the filter leaves out; the map draws them faintly.
    const left = doc.projects.filter((p) => !kept.includes(p));
    for (const p of left) expect(filtered.texts).toContain(`${p.name} (buiten de filter)`);
    for (const p of kept) expect(filtered.texts).toContain(p.name);
    // No name over W13's experiment markers in the picture either.
    const covered = await app.page.evaluate(() => {
      const map = window.gboInspectImage!()!.map;
      return map.markers().map((p) => map.labelsAt(p));
    });
    expect(covered).toEqual([[], [], []]);
    const counts = countNearest(
      picture(filtered.bytes),
      doc.projects.map((p) => rgb(projectColour(doc.projects.indexOf(p)))),
    );
    doc.projects.forEach((p, i) => {
      // A kept project in full colour on the map and in its swatch (26 × 26 px); a faint one nowhere.
      if (kept.includes(p)) expect(counts[i], p.name).toBeGreaterThan(900);
      else expect(counts[i], p.name).toBeLessThan(100);
    });
  });
});

describe('print', () => {
  // A4 landscape less 10 mm margins, in CSS pixels.
  const PAGE = { width: Math.floor((277 / 25.4) * 96) };
  it("prints every view whole on A4 landscape, its QR code giving the page's own link", async () => {
    const app = await newApp({ viewport: { width: PAGE.width, height: 720 } });
    await app.open('#/');
    for (const [view, hash, heading, maxPages] of [
      ['overview', '#/', 'Pilootprojecten in Vlaanderen', 2],
      ['project', '#/project/w13', 'W13', 2],
      ['municipality', '#/gemeente/11002', 'Antwerpen', 2],
      ['coverage', '#/dekking?thema=onderbescherming', 'Dekking van de pilootprojecten', 3],
    ] as const) {
      await app.page.emulateMedia({ media: 'screen' });
      await app.page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await app.waitForHeading(heading);
      // What a print needs loads after the first complete map; later views print from the state alone.
      if (view === 'overview') await app.mapIdle();
      // Ctrl+P at any moment: the browser fires beforeprint and prints what is there.
      await app.page.waitForFunction(() => !!document.querySelector('#print-qr svg'));
      await app.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await app.page.emulateMedia({ media: 'print' });
      const m = await app.page.evaluate(() => {
        const shown = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        };
        // Names inside the map picture are clipped to its frame, which is itself a box on the page.
        const texts = [...document.querySelectorAll('body *')].filter(
          (e) =>
            shown(e) && !e.closest('svg') && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
        );
        texts.push(document.getElementById('print-map')!);
        return {
          widest: Math.max(...texts.map((e) => e.getBoundingClientRect().right)),
          leftmost: Math.min(...texts.map((e) => e.getBoundingClientRect().left)),
          controls: [...document.querySelectorAll('button, select, input, summary')].filter(
            (e) => shown(e) && !e.closest('th'),
          ).length,
          smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
          map: shown(document.querySelector('#print-map svg')!),
          // Lines on paper are vector paths: the print's map paints nothing on a canvas (the screen's does).
          vector:
            !!document.querySelector('#print-map svg path.municipal-borders') &&
            !document.querySelector('#print-map canvas'),
          legend: shown(document.querySelector('.legend')!),
          sources: [...document.querySelectorAll('.attribution')].filter(shown).length,
          head: document.getElementById('print-head')!.innerText,
        };
      });
      expect(m.widest, 'no text crosses the right edge').toBeLessThanOrEqual(PAGE.width);
      expect(m.leftmost).toBeGreaterThanOrEqual(0);
      expect(m.controls, 'no control prints').toBe(0);
      expect(m.smallest, 'no text under 9 pt').toBeGreaterThanOrEqual(12); // 9 pt = 12 CSS px
      expect(m).toMatchObject({ map: true, vector: true, legend: true, sources: 2 });
      expect(m.head).toContain('Pilootprojecten geïntegreerd breed onthaal');
      expect(m.head).toMatch(/Afgedrukt op \d+ \S+ \d{4}/);
      // The QR code, read back from the printed page, is the page's own link.
      const qr = await app.page.locator('#print-qr').screenshot();
      expect(await app.decodeQr(qr)).toBe(`${app.baseUrl}/${hash}`);
      const pdf = await app.page.pdf({ preferCSSPageSize: true, path: `test-results/screenshots/print-${view}.pdf` });
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, view).toBeLessThanOrEqual(maxPages);
    }
  });
});

describe('embed', () => {
  it('shows the map with a compact panel and no page chrome, and gives the iframe code', async () => {
    // An iframe in a web page is typically narrower than a browser window.
    const app = await newApp({ viewport: { width: 800, height: 600 } });
    await app.page.goto(`${app.baseUrl}/?embed=1#/project/gent`);
    await app.waitForHeading('Gent');
    expect(await app.page.locator('.topbar').isVisible()).toBe(false);
    // The compact panel: narrower than the page's, in smaller type, without the share buttons.
    const embedded = await app.page.evaluate(() => ({
      panel: document.getElementById('panel')!.getBoundingClientRect().width,
      font: parseFloat(getComputedStyle(document.getElementById('panel')!).fontSize),
      share: document.querySelector('.share-actions')?.getBoundingClientRect().height ?? 0,
    }));
    await app.page.goto(`${app.baseUrl}/#/project/gent`);
    await app.waitForHeading('Gent');
    const page = await app.page.evaluate(() => ({
      panel: document.getElementById('panel')!.getBoundingClientRect().width,
      font: parseFloat(getComputedStyle(document.getElementById('panel')!).fontSize),
    }));
    expect(embedded.panel).toBeLessThan(page.panel);
    expect(embedded.font).toBeLessThan(page.font);
    expect(embedded.share).toBe(0);
    await app.page.getByRole('button', { name: 'Kopieer insluitcode' }).click();
    const code = await app.page.locator('.embed-code').inputValue();
    expect(code).toBe(
      `<iframe src="${app.baseUrl}/?embed=1#/project/gent" title="Kaart van de pilootprojecten geïntegreerd breed onthaal" width="100%" height="600" style="border:0" loading="lazy"></iframe>`,
    );
  });
});
