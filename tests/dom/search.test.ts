// "Is er een pilootproject bij mij?": the search box by keyboard, its answers, and
// its failures, in happy-dom. (Location on a phone stays in the browser specs.)
import { describe, expect, it } from 'vitest';
import { openApp, waitFor } from './support/app';
import { strings } from '../../src/i18n';

const nl = strings.nl;
const input = () => document.getElementById('search-input') as HTMLInputElement;

describe('search', () => {
  it('finds a village by name and answers in one plain sentence with the project', async () => {
    const app = await openApp('#/');
    const options = await app.search('aalbeke');
    expect(options[0]).toMatch(/^Aalbeke.*deelgemeente van Kortrijk · W13/);
    app.key('ArrowDown', input());
    app.key('Enter', input());
    await app.waitForHeading('Kortrijk');
    expect(location.hash).toBe('#/gemeente/34022');
    expect(app.textOf('.answer')).toBe(nl.answerIn('Aalbeke', 'Kortrijk', 'W13'));
    expect(app.texts('#panel-content a').filter((t) => t === nl.openProject('W13'))).toHaveLength(1);
    expect(document.querySelectorAll('a[href="https://www.desocialekaart.be/"]')).toHaveLength(1);
    // The map marks Kortrijk and selects W13.
    const map = await app.map();
    await waitFor(
      () => map.scene.selection.projectId === 'w13' && map.scene.selection.municipalities.includes('34022'),
      'Kortrijk selected',
    );
  });

  it('finds places by postal code, lists each village, and answers "none" with the nearest pilots', async () => {
    const app = await openApp('#/');
    const options = await app.search('2100');
    const deurne = options.findIndex((o) => o.startsWith('2100 Deurne') && o.includes('Antwerpen'));
    expect(deurne).toBeGreaterThanOrEqual(0);
    app.click(document.querySelectorAll('#search-list [role=option]')[deurne]!);
    await app.waitForHeading('Antwerpen');
    expect(app.textOf('.answer')).toBe(nl.answerNone('Deurne', 'Antwerpen'));
    const nearest = app.texts('.nearest li');
    expect(nearest).toHaveLength(3);
    // Antwerpen lies between Sint-Niklaas and Zoersel, each about 20 km away.
    expect(
      nearest
        .slice(0, 2)
        .map((n) => n.split(' (')[0])
        .sort(),
    ).toEqual(['Sint-Niklaas', 'Zoersel']);
    const km = nearest.map((n) => Number(/: (\d+,\d) km$/.exec(n)![1]!.replace(',', '.')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(app.textOf('.nearest p')).toContain('vogelvlucht');
  });

  it('lists every candidate of an ambiguous name with its municipality', async () => {
    const app = await openApp('#/');
    const options = await app.search('Beveren');
    for (const m of ['Alveringem', 'Roeselare', 'Waregem'])
      expect(options.some((o) => o.includes(`deelgemeente van ${m}`))).toBe(true);
  });

  it('tolerates accents, St. and a wrong letter, and names the merged municipality today', async () => {
    const app = await openApp('#/');
    expect((await app.search('st.-niklaas'))[0]).toMatch(/^Sint-Niklaas/);
    expect((await app.search('Roeselaer'))[0]).toMatch(/^Roeselare/);
    expect((await app.search('knesselare'))[0]).toContain('nu Aalter');
    app.key('Enter', input());
    await app.waitForHeading('Knesselare');
    expect(app.textOf('#panel-content')).toContain(nl.answerNowIn('Knesselare', 'Aalter'));
  });

  it('closes the suggestions with Escape, and says so for nonsense without rendering it', async () => {
    const app = await openApp('#/');
    expect(await app.search('<b>xyz</b>')).toEqual([nl.searchNoResults]);
    expect(app.textOf('.search-status')).toBe(nl.searchNoResults);
    app.key('Escape', input());
    expect(document.getElementById('search-list')!.hidden).toBe(true);
    expect(document.querySelectorAll('b')).toHaveLength(0);
  });

  it('handles markup, 10,000 characters and odd Unicode without crashing, and still works after', async () => {
    const app = await openApp('#/');
    for (const text of [
      '<img src=x onerror="window.__pwned=1">',
      'x'.repeat(10_000),
      '\u202e\u0000\uFEFF🙂\u0301',
      '%00%27;--',
    ]) {
      expect(await app.search(text)).toEqual([nl.searchNoResults]);
    }
    expect(document.querySelectorAll('#search-list img')).toHaveLength(0);
    expect((await app.search('gent'))[0]).toMatch(/^Gent/);
  });

  it('keeps working when the place names fail to load, and retries on the next keystroke', async () => {
    let broken = true;
    const app = await openApp('#/', {
      data: {
        places: async () => {
          if (broken) throw new Error('offline');
          return (await import('./support/app')).realData.places();
        },
      },
    });
    expect((await app.search('Gent'))[0]).toBe(nl.searchLoadError);
    broken = false;
    expect((await app.search('Genk'))[0]).toMatch(/^Genk/);
  });

  it('says its status in the new language after a language switch', async () => {
    const app = await openApp('#/');
    await app.search('zzzzzz');
    app.click('#lang-switch button[data-lang="en"]');
    await waitFor(() => app.textOf('.search-status') === strings.en.searchNoResults, 'the English status');
    expect(app.textOf('.search-label')).toBe(strings.en.searchLabel);
  });
});

describe('the search box after a pick', () => {
  it('keeps the keyboard for someone still typing', async () => {
    const app = await openApp('#/');
    await app.search('Gent');
    app.key('Enter', input());
    await app.waitForHeading('Gent');
    expect(document.activeElement).toBe(input());
    expect(app.live()).toBe(nl.selected('Gent'));
    expect((await app.search('Oostende'))[0]).toMatch(/^Oostende/);
  });

  it('shows the place on screen, or nothing once the user has gone elsewhere', async () => {
    const app = await openApp('#/');
    await app.search('aalbeke');
    app.key('Enter', input());
    await app.waitForHeading('Kortrijk');
    expect(input().value).toBe('Aalbeke');
    input().blur();
    app.clickText('#panel-content a', '←');
    await app.waitForHeading(nl.overviewHeading);
    expect(input().value).toBe('');
  });
});

describe('places below the village and outside Flanders', () => {
  it('finds a neighbourhood, names its kind and municipality, and answers for it', async () => {
    const app = await openApp('#/');
    const options = await app.search('Winterslag');
    expect(options[0]).toBe(`Winterslag${nl.kindWijk('Genk')} · Genk`);
    app.key('Enter', input());
    await app.waitForHeading('Genk');
    expect(app.textOf('.answer')).toBe(nl.answerIn('Winterslag', 'Genk', 'Genk'));
  });

  it('tells someone from Mariakerke in Oostende about Oostende, not Gent', async () => {
    const app = await openApp('#/');
    const options = await app.search('Mariakerke');
    const ostend = options.findIndex((o) => o === `Mariakerke${nl.kindWijk('Oostende')} · Oostende`);
    expect(ostend).toBeGreaterThan(0);
    app.click(document.querySelectorAll('#search-list [role=option]')[ostend]!);
    await app.waitForHeading('Oostende');
    expect(app.textOf('.answer')).toBe(nl.answerIn('Mariakerke', 'Oostende', 'Oostende'));
  });

  it('answers plainly for a Walloon town by its Dutch name: Wallonia, no pilot', async () => {
    const app = await openApp('#/');
    const options = await app.search('Bergen');
    expect(options[0]).toBe(`Bergen${nl.kindWallonia('Henegouwen')}`);
    app.key('Enter', input());
    await app.waitForHeading('Bergen (Mons)');
    expect(location.hash).toBe('#/gemeente/53053');
    expect(app.textOf('.answer')).toBe(nl.outsideAnswer(null, 'Bergen (Mons)', 'wallonia', 'Henegouwen'));
    expect(app.textOf('#panel-content')).toContain(nl.outsideNoPilot);
  });

  it('answers for a Brussels postal code with the nearest pilots, and a deep link names the municipality', async () => {
    const app = await openApp('#/');
    const options = await app.search('1020');
    expect(options[0]).toMatch(/^1020 Laken/);
    app.key('Enter', input());
    await app.waitForHeading('Brussel (Bruxelles)');
    expect(app.textOf('.answer')).toBe(nl.outsideAnswer('Laken', 'Brussel (Bruxelles)', 'brussels', ''));
    expect(app.texts('.nearest li')).toHaveLength(3);

    const linked = await openApp('#/gemeente/21004?taal=en');
    await linked.waitForHeading('Bruxelles (Brussel)');
    expect(linked.textOf('.answer')).toBe(strings.en.outsideAnswer(null, 'Bruxelles (Brussel)', 'brussels', ''));
  });

  it('says the year of the merger of the municipality shown', async () => {
    const app = await openApp('#/gemeente/44084');
    await app.waitForHeading('Aalter');
    expect(app.textOf('#panel-content')).toContain(nl.currentMadeOf('Aalter, Knesselare', 2019));
    const tielt = await openApp('#/gemeente/37022');
    await tielt.waitForHeading('Tielt');
    expect(tielt.textOf('#panel-content')).toMatch(
      /sinds de fusie van 1 januari 2025 uit: (Meulebeke, Tielt|Tielt, Meulebeke)\./,
    );
  });
});

describe('location', () => {
  it('promises beside the button that the position stays in the browser, and marks the position after locating', async () => {
    const app = await openApp('#/');
    const button = document.querySelector<HTMLButtonElement>('.locate')!;
    const privacy = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(privacy.textContent).toBe(nl.locatePrivacy);
    const genk: [number, number] = [5.5, 50.965];
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { longitude: genk[0], latitude: genk[1] } } as GeolocationPosition),
      },
    });
    app.click(button);
    await app.waitForHeading('Genk');
    expect(app.textOf('.answer')).toBe(nl.answerIn(nl.yourLocation, 'Genk', 'Genk'));
    const map = await app.map();
    await waitFor(() => map.scene.position?.[0] === genk[0], 'the position marked');
    app.click(document.querySelector('#lang-switch [data-lang="en"]')!);
    await waitFor(() => privacy.textContent === strings.en.locatePrivacy, 'the promise in English');
    expect(app.textOf('.answer')).toBe(strings.en.answerIn(strings.en.yourLocation, 'Genk', 'Genk'));
    // Going elsewhere removes the marker with the answer it gave.
    location.hash = '#/project/gent?taal=en';
    await app.waitForHeading('Gent');
    await waitFor(() => map.scene.position === null, 'the marker gone');
  });
});
