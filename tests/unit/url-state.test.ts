import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatHash, parseHash, sameFilter, sameRoute, urlChanges } from '../../src/core/url-state';

describe('parseHash', () => {
  it('reads the overview, a project, a municipality and the coverage view', () => {
    expect(parseHash('')).toEqual(DEFAULT_URL_STATE);
    expect(parseHash('#/')).toEqual(DEFAULT_URL_STATE);
    expect(parseHash('#/project/w13').route).toEqual({ kind: 'project', id: 'w13' });
    expect(parseHash('#/gemeente/34022?taal=en')).toMatchObject({
      route: { kind: 'municipality', code: '34022' },
      lang: 'en',
    });
    expect(parseHash('#/dekking?thema=onderbescherming').filter).toEqual({ thema: 'onderbescherming' });
  });

  it('reads the boundaries and the zones layer', () => {
    expect(parseHash('#/?grenzen=2025&elz=1')).toMatchObject({ boundaries: '2025', showElz: true });
    expect(parseHash('#/?grenzen=1900&elz=yes')).toMatchObject({ boundaries: '2017', showElz: false });
  });

  it('keeps filters only on the coverage view, and only well-formed ones', () => {
    expect(parseHash('#/project/gent?thema=onderbescherming').filter).toEqual({});
    expect(parseHash('#/dekking?thema=<b>x</b>&partner=caw').filter).toEqual({ partner: 'caw' });
  });

  it('turns anything else into "not found", never an exception', () => {
    expect(parseHash('#/project/<script>alert(1)</script>').route.kind).toBe('notFound');
    expect(parseHash('#/gemeente/abc').route).toEqual({ kind: 'notFound', path: '/gemeente/abc' });
    expect(parseHash('#/project/%E0%A4%A').route.kind).toBe('notFound');
    expect(parseHash(`#/${'x'.repeat(10_000)}`).route.kind).toBe('notFound');
    expect(parseHash('#/project/w13/extra').route.kind).toBe('notFound');
  });

  it('ignores unknown languages', () => {
    expect(parseHash('#/?taal=fr').lang).toBe('nl');
  });
});

describe('formatHash', () => {
  it('round-trips every route kind with its options', () => {
    for (const hash of [
      '#/',
      '#/?taal=en',
      '#/project/gent',
      '#/project/w13?grenzen=2025&taal=en',
      '#/gemeente/11002?elz=1',
      '#/dekking',
      '#/dekking?thema=onderbescherming&partner=caw&grenzen=2025',
      '#/presentatie/3',
      '#/presentatie/12?taal=en',
    ]) {
      expect(formatHash(parseHash(hash))).toBe(hash);
    }
  });

  it('writes "not found" as the overview, and drops filters outside the coverage view', () => {
    expect(formatHash({ route: { kind: 'notFound', path: 'x' }, lang: 'nl' })).toBe('#/');
    expect(formatHash({ route: { kind: 'project', id: 'gent' }, filter: { thema: 'x' } })).toBe('#/project/gent');
  });
});

describe('comparing by value', () => {
  it('sees the same route in a hash parsed anew', () => {
    const a = parseHash('#/project/w13?elz=1');
    const b = parseHash('#/project/w13?elz=1');
    expect(a.route).not.toBe(b.route);
    expect(sameRoute(a.route, b.route)).toBe(true);
    expect(urlChanges(a, b)).toEqual({});
    expect(sameRoute({ kind: 'presenter', step: 2 }, { kind: 'presenter', step: 3 })).toBe(false);
    expect(sameRoute({ kind: 'overview' }, { kind: 'coverage' })).toBe(false);
  });

  it('reports only the fields that changed', () => {
    const before = parseHash('#/project/w13');
    expect(urlChanges(before, parseHash('#/project/w13?elz=1'))).toEqual({ showElz: true });
    expect(urlChanges(before, parseHash('#/project/gent'))).toEqual({ route: { kind: 'project', id: 'gent' } });
    expect(urlChanges(parseHash('#/dekking?thema=a'), parseHash('#/dekking?thema=a&partner=caw'))).toEqual({
      filter: { thema: 'a', partner: 'caw' },
    });
    expect(sameFilter({ thema: 'a', partner: undefined }, { thema: 'a' })).toBe(true);
  });

  it('reads a query as the browser writes it: escapes, plus signs, repeated names', () => {
    expect(parseHash('#/dekking?thema=onder%62escherming&thema=x').filter).toEqual({ thema: 'onderbescherming' });
    expect(parseHash('#/?taal=e%6E').lang).toBe('en');
    expect(parseHash('#/?taal=xx').lang).toBe('nl');
  });
});

describe('page options', () => {
  it('reads embed and renderer from the query, ignoring the rest', async () => {
    const { pageOptions } = await import('../../src/core/page-options');
    expect(pageOptions('')).toEqual({ embed: false, renderer: 'auto' });
    expect(pageOptions('?inspect&embed=1&renderer=svg')).toEqual({ embed: true, renderer: 'svg' });
    expect(pageOptions('?embed=0&renderer=webgl')).toEqual({ embed: false, renderer: 'auto' });
    // The presenter's console draws SVG pictures only: no WebGL context beside the slide's.
    expect(pageOptions('', '#/presentatie/3?scherm=console')).toEqual({ embed: false, renderer: 'svg' });
    expect(pageOptions('', '#/presentatie/3')).toEqual({ embed: false, renderer: 'auto' });
  });
});
