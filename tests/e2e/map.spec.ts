// What needs the real map: clicking and hovering it, a selection made while it
// reloads, and the phone layout. Deep links, history and language run in
// tests/dom with a fake map.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import { scaled } from './support/timeouts';
import { LINE_WIDTH } from '../../src/core/map-paint';

const newApp = useApp();

declare global {
  interface Window {
    /** Draw calls sent by the page's WebGL contexts (the click test counts them). */
    __draws?: number;
    __panelFrame?: { before: number; after: number };
  }
}

describe('the map', () => {
  it('selects a project picked while the map is still reloading its data', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    // Switching language re-sends every source (the labels are worded per language);
    // a project picked in the same moment must still be drawn selected.
    await app.page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('#lang-switch button[data-lang="en"]')!.click();
      (document.querySelector('.project-list a[data-project="genk"]') as HTMLAnchorElement).click();
    });
    await app.waitForHeading('Genk');
    // The switch was used, not just clicked at: the page is in English now.
    expect(await app.page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await app.mapIdle();
    expect((await app.drawnFeature('project-outline', 'genk')).paint['line-width']).toBe(
      LINE_WIDTH.projectOutlineSelected,
    );
  });

  it('selects W13 when Kortrijk is clicked, and a municipality panel elsewhere', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    await app.clickMapAt(3.265, 50.8279);
    await app.waitForHeading('W13');
    expect(await app.hash()).toBe('#/project/w13');
    await app.mapIdle();
    // The camera moved to W13 under the still pointer: no stale "Kortrijk" tooltip.
    expect(await app.page.locator('.map-tooltip').isHidden()).toBe(true);
    // The local experiments are named, and so are their municipalities: their
    // names keep clear of the markers without giving way to them.
    // (Polled: under load MapLibre may report idle a frame before its symbol placement settles.)
    await expect.poll(() => app.drawnNames('experiment'), { timeout: scaled(10_000) }).toHaveLength(3);
    await expect
      .poll(() => app.drawnNames('municipality'), { timeout: scaled(10_000) })
      .toEqual(expect.arrayContaining(['Anzegem', 'Avelgem', 'Kortrijk']));
    for (const p of await app.page.evaluate(() => window.gboInspect!()!.markers())) {
      expect(await app.page.evaluate((q) => window.gboInspect!()!.labelsAt(q), p)).toEqual([]);
    }
    await app.screenshot('project-w13');
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    await app.clickMapAt(4.4025, 51.2194); // Antwerpen
    await app.waitForHeading('Antwerpen');
    expect(await app.hash()).toBe('#/gemeente/11002');
  });

  it("paints a click's panel before the map's repaint, and then the map's", async () => {
    const app = await newApp();
    // Every draw call of the page's WebGL contexts, counted: what the map sent the GPU.
    await app.page.addInitScript(() => {
      window.__draws = 0;
      const gl = WebGL2RenderingContext.prototype;
      for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const) {
        const own = gl[name] as (...a: unknown[]) => void;
        (gl as unknown as Record<string, unknown>)[name] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
          window.__draws!++;
          return own.apply(this, a);
        };
      }
    });
    await app.open('#/');
    await app.mapIdle();
    const point = await app.mapPoint(3.725, 51.0536); // Gent
    const box = (await app.page.locator('#map').boundingBox())!;
    await app.page.mouse.move(box.x + point.x, box.y + point.y);
    await app.page.locator('.map-tooltip', { hasText: 'Gent' }).waitFor();
    // The hover's frame is drawn and no other is coming: two frames in a row draw nothing.
    await app.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const n = window.__draws;
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__draws === n))));
        }),
    );
    // From the press to the end of the first frame that paints Gent's heading: the
    // map's draw calls made meanwhile share that frame (or come before it).
    await app.page.evaluate(() => {
      const before = window.__draws!;
      const look = () =>
        requestAnimationFrame(() => {
          if (document.getElementById('panel-heading')?.textContent?.includes('Gent'))
            setTimeout(() => (window.__panelFrame = { before, after: window.__draws! }));
          else look();
        });
      look();
    });
    await app.page.mouse.down();
    await app.page.mouse.up();
    await app.waitForHeading('Gent');
    const frame = await app.page.waitForFunction(() => window.__panelFrame).then((h) => h.jsonValue());
    expect(frame!.after - frame!.before).toBe(0);
    // And the map follows: it draws Gent selected once the panel is on screen.
    await app.mapIdle();
    expect(await app.page.evaluate(() => window.__draws)).toBeGreaterThan(frame!.after);
    expect((await app.drawnFeature('project-outline', 'gent')).paint['line-width']).toBe(
      LINE_WIDTH.projectOutlineSelected,
    );
  });

  it('names the municipality and its project on hover', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    const point = await app.mapPoint(3.265, 50.8279);
    const box = (await app.page.locator('#map canvas').boundingBox())!;
    await app.page.mouse.move(box.x + point.x, box.y + point.y);
    await app.page.locator('.map-tooltip', { hasText: 'Kortrijk — W13' }).waitFor();
  });
});

describe('phone', () => {
  it('shows the map with a bottom sheet that leaves the selected area visible', async () => {
    const app = await newApp({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await app.open('#/project/w13');
    await app.mapIdle();
    expect(await app.page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([360, 360]);
    const sheet = (await app.page.locator('#panel').boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
    expect(sheet.height).toBeLessThanOrEqual(740 * 0.5);
    // Kortrijk (inside W13) is drawn above the sheet.
    const p = await app.mapPoint(3.265, 50.8279);
    const map = (await app.page.locator('#map').boundingBox())!;
    expect(map.y + p.y).toBeLessThan(sheet.y);
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(360);
    await app.screenshot('phone-w13');
  });
});
