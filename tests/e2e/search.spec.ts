// "Is er een pilootproject bij mij?" in the real browser: one search by keyboard
// with the map following, and location on a phone. The search box's other
// behaviour runs in tests/dom.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import { colourAround, near, picture, rgb } from './support/colours';
import { COLOURS } from '../../src/core/colours';

const newApp = useApp();

describe('search', () => {
  it('finds a village by name and answers in one plain sentence with the project', async () => {
    const app = await newApp();
    await app.open('#/');
    const options = await app.search('aalbeke');
    expect(options[0]).toMatch(/^Aalbeke.*deelgemeente van Kortrijk · W13/);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Kortrijk');
    expect(await app.hash()).toBe('#/gemeente/34022');
    expect(await app.answer()).toBe('Aalbeke ligt in Kortrijk, dat deelnam aan het pilootproject W13.');
    expect(await app.page.locator('#panel-content a', { hasText: 'Bekijk het project W13' }).count()).toBe(1);
    expect(await app.page.locator('a[href="https://www.desocialekaart.be/"]').count()).toBe(1);
    await app.mapIdle();
    await app.screenshot('search-aalbeke');
  });
});

describe('locate me', () => {
  it("answers for the phone's position on a phone viewport", async () => {
    const app = await newApp({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      geolocation: { longitude: 3.725, latitude: 51.0536 },
      permissions: ['geolocation'],
    });
    await app.open('#/');
    // The search hint must be readable whole beside the button, in both languages.
    const hintFits = () =>
      app.page.locator('#search-input').evaluate((input: HTMLInputElement) => {
        const css = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
        const room = input.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
        return { text: input.placeholder, width: Math.ceil(ctx.measureText(input.placeholder).width), room };
      });
    for (const lang of ['nl', 'en']) {
      if (lang === 'en') await app.switchLanguage('en');
      const hint = await hintFits();
      expect(hint.width, `${hint.text}: ${hint.width} px in ${hint.room} px`).toBeLessThanOrEqual(hint.room);
    }
    await app.switchLanguage('nl');
    await app.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await app.waitForHeading('Gent');
    expect(await app.answer()).toBe('Je locatie ligt in Gent, dat deelnam aan het pilootproject Gent.');
    await expect.poll(() => app.page.locator('#locate-privacy').isVisible()).toBe(true);
    await app.mapIdle();
    // The position is marked: the marker's blue around the projected position.
    const at = await app.mapPoint(3.725, 51.0536);
    const box = (await app.page.locator('#map').boundingBox())!;
    const shot = picture(await app.page.screenshot({ clip: box }));
    const dot = colourAround(shot, at.x, at.y);
    expect(near(dot, rgb(COLOURS.position)), `${dot} at the position, want ${COLOURS.position}`).toBe(true);
    await app.screenshot('phone-locate-gent');
  });

  it('says so when the position is outside Flanders, and when it is refused', async () => {
    const app = await newApp({ geolocation: { longitude: 5.567, latitude: 50.6326 }, permissions: ['geolocation'] });
    await app.open('#/');
    await app.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await app.page.locator('#locate-status', { hasText: 'buiten Vlaanderen' }).waitFor();
    const refused = await newApp();
    await refused.open('#/');
    await refused.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await refused.page.locator('#locate-status', { hasText: 'niet gedeeld' }).waitFor();
  });
});
