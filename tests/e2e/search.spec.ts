// "Is er een pilootproject bij mij?": search by name, postal code and location,
// by keyboard alone, on desktop and on a phone.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';

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

  it('finds places by postal code, lists each village, and answers "none" with the nearest pilots', async () => {
    const app = await newApp();
    await app.open('#/');
    const options = await app.search('2100');
    expect(options.some((o) => o.startsWith('2100 Deurne') && o.includes('Antwerpen'))).toBe(true);
    await app.page.locator('#search-list [role=option]', { hasText: '2100 Deurne' }).click();
    await app.waitForHeading('Antwerpen');
    expect(await app.answer()).toBe('Deurne ligt in Antwerpen, dat geen pilootproject geïntegreerd breed onthaal had volgens het antwoord op vraag nr. 114.');
    const nearest = await app.page.locator('.nearest li').allTextContents();
    expect(nearest).toHaveLength(3);
    expect(nearest[0]).toMatch(/^Zoersel \(Zoersel\): \d+,\d km$/);
    expect(await app.page.locator('.nearest p').textContent()).toContain('vogelvlucht');
  });

  it('lists every candidate of an ambiguous name with its municipality', async () => {
    const app = await newApp();
    await app.open('#/');
    const options = await app.search('Beveren');
    for (const m of ['Alveringem', 'Roeselare', 'Waregem']) expect(options.some((o) => o.includes(`deelgemeente van ${m}`))).toBe(true);
  });

  it('tolerates accents, St. and a wrong letter, and names the merged municipality today', async () => {
    const app = await newApp();
    await app.open('#/');
    expect((await app.search('st.-niklaas'))[0]).toMatch(/^Sint-Niklaas/);
    expect((await app.search('Roeselaer'))[0]).toMatch(/^Roeselare/);
    expect((await app.search('knesselare'))[0]).toContain('nu Aalter');
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Knesselare');
    expect(await app.page.locator('#panel-content').textContent()).toContain('Knesselare maakt nu deel uit van de gemeente Aalter.');
  });

  it('closes the suggestions with Escape and shows a message for nonsense', async () => {
    const app = await newApp();
    await app.open('#/');
    expect(await app.search('<b>xyz</b>')).toEqual(['Geen plaats gevonden. Probeer een gemeente, deelgemeente of postcode in Vlaanderen.']);
    await app.page.keyboard.press('Escape');
    expect(await app.page.locator('#search-list').isHidden()).toBe(true);
    expect(await app.page.locator('b').count()).toBe(0);
  });
});

describe('locate me', () => {
  it('answers for the phone\'s position on a phone viewport', async () => {
    const app = await newApp({
      viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
      geolocation: { longitude: 3.7250, latitude: 51.0536 }, permissions: ['geolocation'],
    });
    await app.open('#/');
    // The search hint must be readable whole beside the button, in both languages.
    const hintFits = () => app.page.locator('#search-input').evaluate((input: HTMLInputElement) => {
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
    expect(await app.answer()).toBe('Gent nam deel aan het pilootproject Gent.');
    await app.mapIdle();
    await app.screenshot('phone-locate-gent');
  });

  it('says so when the position is outside Flanders, and when it is refused', async () => {
    const app = await newApp({ geolocation: { longitude: 5.5670, latitude: 50.6326 }, permissions: ['geolocation'] });
    await app.open('#/');
    await app.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await app.page.locator('#locate-status', { hasText: 'buiten Vlaanderen' }).waitFor();
    const refused = await newApp();
    await refused.open('#/');
    await refused.page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await refused.page.locator('#locate-status', { hasText: 'niet gedeeld' }).waitFor();
  });
});
