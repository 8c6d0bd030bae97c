// Never a blank page: no WebGL gives the SVG map with the same panels, selection
// and keyboard access.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';

const newApp = useApp(['--disable-webgl', '--disable-3d-apis']);

describe('without WebGL', () => {
  it('draws the pilot areas as SVG and selects a project by click and by keyboard', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    expect(await app.page.locator('#map svg.svg-map').count()).toBe(1);
    expect(await app.page.locator('#map canvas').count()).toBe(0);
    expect(await app.page.locator('.svg-map .project-area').count()).toBe(11);
    expect(await app.page.locator('.map-note').textContent()).toContain('WebGL');
    expect(await app.renderedProjectAt(3.2650, 50.8279)).toBe('w13');
    await app.screenshot('fallback-overview');
    await app.clickMapAt(3.7250, 51.0536); // Gent
    await app.waitForHeading('Gent');
    expect(await app.hash()).toBe('#/project/gent');
    await app.page.locator('.svg-map .project-outline[data-project=genk]').focus();
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Genk');
    await app.mapIdle(); // the camera moves to Genk after the panel has painted
    await app.screenshot('fallback-genk');
  });

  it('opens a municipality panel from a click outside the pilots', async () => {
    const app = await newApp();
    await app.open('#/');
    await app.mapIdle();
    await app.clickMapAt(4.4025, 51.2194);
    await app.waitForHeading('Antwerpen');
  });
});
