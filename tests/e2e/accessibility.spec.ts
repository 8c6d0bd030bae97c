// axe-core on every main state (zero serious or critical violations), and a
// keyboard-only walk from load to a project and back.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { ProjectsDoc } from '../../src/core/types';

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
    expect(seen[0]).toBe('Uit het antwoord: waarop elke zin steunt');
    expect(seen.length).toBe(1 + actions + doc.projects.findIndex((p) => p.id === 'w13') + 1);
  });
});
