import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/core/url-state';

describe('parseHash', () => {
  it('reads the overview, a project and a municipality', () => {
    expect(parseHash('')).toEqual({ route: { kind: 'overview' }, lang: 'nl' });
    expect(parseHash('#/')).toEqual({ route: { kind: 'overview' }, lang: 'nl' });
    expect(parseHash('#/project/w13')).toEqual({ route: { kind: 'project', id: 'w13' }, lang: 'nl' });
    expect(parseHash('#/gemeente/34022?taal=en')).toEqual({ route: { kind: 'municipality', code: '34022' }, lang: 'en' });
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
  it('round-trips every route kind with both languages', () => {
    for (const hash of ['#/', '#/?taal=en', '#/project/gent', '#/project/w13?taal=en', '#/gemeente/11002']) {
      expect(formatHash(parseHash(hash))).toBe(hash);
    }
  });

  it('writes "not found" as the overview', () => {
    expect(formatHash({ route: { kind: 'notFound', path: 'x' }, lang: 'nl' })).toBe('#/');
  });
});
