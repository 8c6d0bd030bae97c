import { describe, expect, it } from 'vitest';
import { mapPickRoute, searchPickTarget } from '../../src/core/picks';
import { initialState } from '../../src/core/app-state';
import { geo } from './support/scene';

describe('picks', () => {
  it('opens the project of a municipality clicked on the map, or the municipality itself', () => {
    const projectOf = (code: string) => (code === '34022' ? { id: 'w13' } : null);
    expect(mapPickRoute('34022', projectOf)).toEqual({ kind: 'project', id: 'w13' });
    expect(mapPickRoute('11002', projectOf)).toEqual({ kind: 'municipality', code: '11002' });
  });

  it('opens a searched village in its municipality, naming the village; a municipality names nothing more', () => {
    expect(searchPickTarget({ kind: 'd', codes: ['34022'], name: 'Aalbeke' }, geo)).toEqual({
      code: '34022',
      placeName: 'Aalbeke',
    });
    expect(searchPickTarget({ kind: 'g', codes: ['34022'], name: 'Kortrijk' }, geo)).toEqual({
      code: '34022',
      placeName: null,
    });
    // A place that lies in several 2017 municipalities opens the one they merged into.
    const all = [...geo.municipalities.values()];
    const a = all.find((m) => all.some((o) => o.nu === m.nu && o.code !== m.code))!;
    const b = all.find((o) => o.nu === a.nu && o.code !== a.code)!;
    expect(searchPickTarget({ kind: 'p', codes: [a.code, b.code], name: '9990' }, geo)).toEqual({
      code: a.nu,
      placeName: '9990',
    });
  });

  it('starts from the view the hash names, nothing searched or located', () => {
    expect(initialState('#/project/gent')).toMatchObject({
      route: { kind: 'project', id: 'gent' },
      placeName: null,
      located: null,
      outside: null,
      placesFailed: null,
    });
  });
});
