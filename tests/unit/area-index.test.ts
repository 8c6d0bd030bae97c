import { describe, expect, it } from 'vitest';
import { areaIndex } from '../../src/core/area-index';
import { layers } from './support/scene';

describe('area index', () => {
  it('finds the municipality at a position, and none outside Flanders', () => {
    const at = areaIndex(layers.gemeenten.features);
    expect(at([3.265, 50.8279])?.properties?.naam).toBe('Kortrijk');
    expect(at([3.725, 51.0536])?.properties?.naam).toBe('Gent');
    expect(at([4.35, 50.85])).toBeNull(); // Brussels
    expect(at([2.0, 51.5])).toBeNull(); // the sea
  });
});
