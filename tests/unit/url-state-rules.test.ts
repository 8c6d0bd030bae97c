// The URL as the state's saved form, edge by edge: what a hash means, what is
// "the same place", and what a new hash changes (tests/unit/url-state.test.ts
// has the round trips).
import { describe, expect, it } from 'vitest';
import { parseHash, sameRoute, urlChanges, MAX_HASH } from '../../src/core/url-state';

const route = (hash: string) => parseHash(hash).route;

describe('what a hash means', () => {
  it('reads each route, and nothing more than it names', () => {
    expect(route('')).toEqual({ kind: 'overview' });
    expect(route('#/')).toEqual({ kind: 'overview' });
    expect(route('#/dekking')).toEqual({ kind: 'coverage' });
    expect(route('#/dekking/x')).toEqual({ kind: 'notFound', path: '/dekking/x' });
    expect(route('#/presentatie')).toEqual({ kind: 'presenter', step: 1 });
    expect(route('#/presentatie/12')).toEqual({ kind: 'presenter', step: 12 });
    expect(route('#/presentatie/1234')).toEqual({ kind: 'notFound', path: '/presentatie/1234' });
    expect(route('#/presentatie/x3')).toEqual({ kind: 'notFound', path: '/presentatie/x3' });
    expect(route('#/presentatie/3x')).toEqual({ kind: 'notFound', path: '/presentatie/3x' });
    expect(route('#/presentatie/3/4')).toEqual({ kind: 'notFound', path: '/presentatie/3/4' });
    expect(route('#/presentatie/3?scherm=console')).toEqual({ kind: 'console', step: 3 });
    expect(route('#/presentatie/3?scherm=iets')).toEqual({ kind: 'presenter', step: 3 });
    expect(route('#/project/w13')).toEqual({ kind: 'project', id: 'w13' });
    expect(route('#/project')).toEqual({ kind: 'notFound', path: '/project' });
    expect(route('#/project/W13')).toEqual({ kind: 'notFound', path: '/project/W13' });
    expect(route('#/project/w13/x')).toEqual({ kind: 'notFound', path: '/project/w13/x' });
    expect(route('#/gemeente/34022')).toEqual({ kind: 'municipality', code: '34022' });
    expect(route('#/gemeente/3402')).toEqual({ kind: 'notFound', path: '/gemeente/3402' });
    expect(route('#/gemeente/340222')).toEqual({ kind: 'notFound', path: '/gemeente/340222' });
    expect(route('#/onbekend')).toEqual({ kind: 'notFound', path: '/onbekend' });
  });

  it('decodes what was encoded, keeps what cannot be decoded, and reads "+" as a space', () => {
    expect(route('#/caf%C3%A9')).toEqual({ kind: 'notFound', path: '/café' });
    expect(route('#/%E0%A4%A')).toEqual({ kind: 'notFound', path: '/%E0%A4%A' });
    // A filter value is a slug: decoded, "+" read as a space, and then refused for it.
    expect(parseHash('#/dekking?thema=onder%62escherming').filter).toEqual({ thema: 'onderbescherming' });
    expect(parseHash('#/dekking?thema=onder+bescherming').filter).toEqual({});
    expect(parseHash('#/?thema=onderbescherming').filter).toEqual({}); // only the coverage view filters
    expect(parseHash('#/dekking?th%65ma=onderbescherming').filter).toEqual({ thema: 'onderbescherming' });
  });

  it('takes the first of a repeated parameter, and a parameter without "=" as empty', () => {
    expect(parseHash('#/dekking?thema=a&thema=b').filter).toEqual({ thema: 'a' });
    expect(parseHash('#/?taal=en&taal=nl').lang).toBe('en');
    expect(parseHash('#/?elz&grenzen=2025')).toMatchObject({ showElz: false, boundaries: '2025' });
    expect(parseHash('#/?&&elz=1')).toMatchObject({ showElz: true });
  });

  it('refuses a hash longer than it can mean, as not found, quoting its start', () => {
    const long = `#/${'a'.repeat(MAX_HASH)}`;
    expect(route(long)).toEqual({ kind: 'notFound', path: long.slice(0, 80) });
    expect(route(`#/project/${'a'.repeat(MAX_HASH - 10)}`)).toEqual({ kind: 'project', id: 'a'.repeat(MAX_HASH - 10) }); // at the limit: read
    expect(parseHash(`#/project/w13?x=${'a'.repeat(MAX_HASH - 20)}`).route).toEqual({ kind: 'project', id: 'w13' });
  });
});

describe('the same place', () => {
  it('is the same kind with the same fields', () => {
    expect(sameRoute({ kind: 'municipality', code: '34022' }, { kind: 'municipality', code: '34022' })).toBe(true);
    expect(sameRoute({ kind: 'municipality', code: '34022' }, { kind: 'municipality', code: '11002' })).toBe(false);
    expect(sameRoute({ kind: 'notFound', path: '/a' }, { kind: 'notFound', path: '/a' })).toBe(true);
    expect(sameRoute({ kind: 'notFound', path: '/a' }, { kind: 'notFound', path: '/b' })).toBe(false);
    expect(sameRoute({ kind: 'console', step: 2 }, { kind: 'console', step: 2 })).toBe(true);
    expect(sameRoute({ kind: 'console', step: 2 }, { kind: 'presenter', step: 2 })).toBe(false);
    expect(sameRoute({ kind: 'coverage' }, { kind: 'coverage' })).toBe(true);
  });

  it('makes a hash parsed anew change only what differs', () => {
    const now = parseHash('#/dekking?thema=x&taal=en&grenzen=2025&elz=1');
    expect(urlChanges(now, parseHash('#/dekking?thema=x&taal=en&grenzen=2025&elz=1'))).toEqual({});
    expect(urlChanges(now, parseHash('#/dekking?thema=y&taal=en&grenzen=2025&elz=1'))).toEqual({
      filter: { thema: 'y' },
    });
    expect(urlChanges(now, parseHash('#/dekking?thema=x&grenzen=2025&elz=1'))).toEqual({ lang: 'nl' });
    expect(urlChanges(now, parseHash('#/dekking?thema=x&taal=en&elz=1'))).toEqual({ boundaries: '2017' });
    expect(urlChanges(now, parseHash('#/dekking?thema=x&taal=en&grenzen=2025'))).toEqual({ showElz: false });
  });
});
