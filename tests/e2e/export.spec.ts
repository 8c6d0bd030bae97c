// Image export, print and embed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';

const newApp = useApp();

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('download image', () => {
  it('gives a PNG at twice the screen resolution with title, legend and a drawn map', async () => {
    const app = await newApp({ acceptDownloads: true });
    await app.open('#/project/gent');
    await app.mapIdle();
    const map = (await app.page.locator('#map').boundingBox())!;
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download afbeelding (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gbo-pilootprojecten-kaart.png');
    const bytes = readFileSync((await download.path())!);
    const { width, height } = pngSize(bytes);
    expect(width).toBe(Math.round(map.width) * 2);
    expect(height).toBeGreaterThan(Math.round(map.height) * 2 + 200);
    // Decode in the page and look at the map part: Gent's area is drawn in its green.
    const gent = await app.mapPoint(3.7250, 51.0536);
    const header = 128;
    const grid: [number, number][] = [];
    for (let y = header; y < height - 400; y += 23) for (let x = 0; x < width; x += 23) grid.push([x, y]);
    const colours = new Set((await app.pixels(bytes, grid)).map((c) => c.join()));
    expect(colours.size).toBeGreaterThan(20);
    const [[r, g]] = await app.pixels(bytes, [[gent.x * 2, header + gent.y * 2]]) as [[number, number, number]];
    expect(g).toBeGreaterThan(r + 30); // green, not background
  });
});

describe('print', () => {
  it('lays out one A4 landscape page with the map image, summary, legend and a QR link', async () => {
    const app = await newApp();
    await app.open('#/project/w13');
    await app.mapIdle();
    // Headless Chromium would start a real print job; record the call instead.
    await app.page.evaluate(() => { window.print = () => { document.body.dataset.printed = '1'; }; });
    await app.page.getByRole('button', { name: 'Afdrukken' }).click();
    await app.page.locator('body[data-printed="1"]').waitFor();
    await app.page.waitForFunction(() => (document.getElementById('print-qr') as HTMLImageElement).src.startsWith('data:image/png'));
    expect(await app.page.locator('#print-link').textContent()).toBe(`${app.baseUrl}/#/project/w13`);
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.print-map').isVisible()).toBe(true);
    expect(await app.page.locator('.print-map').getAttribute('src')).toMatch(/^data:image\/png/);
    expect(await app.page.locator('.summary').isVisible()).toBe(true);
    expect(await app.page.locator('.legend').isVisible()).toBe(true);
    expect(await app.page.locator('.topbar').isVisible()).toBe(false);
    const pdf = await app.page.pdf({ preferCSSPageSize: true, path: 'test-results/screenshots/print-w13.pdf' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
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
    expect(code).toBe(`<iframe src="${app.baseUrl}/?embed=1#/project/gent" title="Kaart van de pilootprojecten geïntegreerd breed onthaal" width="100%" height="600" style="border:0" loading="lazy"></iframe>`);
  });
});
