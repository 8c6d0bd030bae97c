// axe-core on every main state (zero serious or critical violations), a
// keyboard-only walk from load to a project and back, and the map's areas in the
// tab order before and after the WebGL map takes over.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import type { ProjectsDoc } from '../../src/core/types';
import { countNearest, picture, rgb } from './support/colours';
import { named, scaled } from './support/timeouts';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;

describe('axe-core', () => {
  it('finds nothing serious on the overview, a project, search results and a municipality', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.open('#/project/w13');
    await app.page.locator('.source-text summary').click(); // the answer's text, expanded
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.search('Beveren');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.open('#/gemeente/11002');
    expect(await app.accessibilityProblems()).toEqual([]);
  });

  it('finds nothing serious on the coverage view with its table, in English too', async () => {
    const app = await newApp();
    await app.open('#/dekking?thema=onderbescherming&elz=1');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.open('#/dekking?taal=en');
    expect(await app.accessibilityProblems()).toEqual([]);
  });

  it('finds nothing serious on a phone', async () => {
    const app = await newApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await app.open('#/project/gent');
    await app.mapIdle();
    expect(await app.accessibilityProblems()).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('walks from load to a selected project and back with Tab, Enter and Escape', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.page.keyboard.press('Tab');
    expect(await app.focusedText()).toBe('Naar de projectenlijst');
    await app.page.keyboard.press('Enter'); // skip link → panel
    await app.page.waitForFunction(() => document.activeElement?.id === 'panel');
    const seen: string[] = [];
    for (let i = 0; i < 20 && !(await app.focusedText()).startsWith('W13'); i++) {
      await app.page.keyboard.press('Tab');
      seen.push(await app.focusedText());
    }
    expect(await app.focusedText()).toMatch(/^W13/);
    // The focused element shows a visible focus ring.
    const outline = await app.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('W13');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await app.page.keyboard.press('Tab'); // into the project panel
    await app.page.keyboard.press('Escape');
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    expect(await app.focusedText()).toMatch(/^W13/);
    // From the skip link: what the intro rests on, the actions under it, then the projects before W13.
    const actions = await app.page.locator('#panel-content .actions a').count();
    expect(seen[0]).toBe('Uit de vraag en het antwoord: waarop elke zin steunt');
    expect(seen.length).toBe(1 + actions + doc.projects.findIndex((p) => p.id === 'w13') + 1);
  });
});

describe('the map at the keyboard', () => {
  /** Tab presses from the panel to the project's area on the map (the panel comes first in the page). */
  const tabsTo = async (app: AppDriver, id: string) => {
    await app.page.locator('#panel').focus();
    for (let n = 1; n <= 80; n++) {
      await app.page.keyboard.press('Tab');
      if (
        await app.page.evaluate(
          (p) =>
            document.activeElement?.getAttribute('data-project') === p &&
            document.activeElement.closest('#map') !== null,
          id,
        )
      )
        return n;
    }
    throw new Error(`${id}'s area not reached in 80 Tab presses`);
  };
  /** The focus ring's colour (the page's --focus) on screen over the map. */
  const ringPixels = async (app: AppDriver) => {
    const focus = await app.page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
    );
    const box = (await app.page.locator('#map').boundingBox())!;
    return countNearest(picture(await app.page.screenshot({ clip: box })), [rgb(focus)])[0]!;
  };

  it("reaches a project's area with as many Tab presses on the SVG map as after the WebGL map took over, and keeps its focus and ring", async () => {
    const app = await newApp();
    // The WebGL map's code is held back until the test has tabbed the SVG map:
    // the hand-over comes when the test says, not after some time.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await app.page.route(/\/assets\/maplibre-map-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await app.open('#/');
    await named(
      'the SVG map',
      app.page.waitForFunction(() => document.getElementById('map')?.dataset.firstMap === 'drawn', undefined, {
        timeout: scaled(15_000),
      }),
    );
    expect(await app.page.locator('#map .svg-host').count()).toBe(1);
    const onSvg = await tabsTo(app, 'gent');
    expect(await ringPixels(app), 'the focus ring on Gent, SVG map').toBeGreaterThan(100);

    release();
    await named(
      'the WebGL map to take over',
      app.page.waitForFunction(
        () => !!document.querySelector('#map .webgl-host:not(.pending)') && !document.querySelector('#map .svg-host'),
        undefined,
        { timeout: scaled(30_000) },
      ),
    );
    await app.mapIdle();
    expect(
      await app.page.evaluate(() => document.activeElement?.getAttribute('data-project')),
      'the focus after the hand-over',
    ).toBe('gent');
    expect(await ringPixels(app), 'the focus ring on Gent, WebGL map').toBeGreaterThan(100);
    await app.screenshot('keyboard-gent-webgl');
    expect(await tabsTo(app, 'gent')).toBe(onSvg);
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Gent');
  });
});
