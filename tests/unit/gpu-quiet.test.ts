import { describe, expect, it } from 'vitest';
import { quietAfter } from '../../src/core/gpu-quiet';

describe('when the GPU process counts as quiet', () => {
  it('takes the given number of quick round trips in a row', () => {
    const quiet = quietAfter({ underMs: 12, inARow: 3 });
    expect([5, 4].map(quiet)).toEqual([false, false]);
    expect(quiet(3)).toBe(true);
  });

  it('starts counting again after a slow round trip', () => {
    const quiet = quietAfter({ underMs: 12, inARow: 3 });
    expect([1, 2, 640, 1, 2].map(quiet)).toEqual([false, false, false, false, false]);
    expect(quiet(1)).toBe(true);
  });

  it('never counts a round trip at or over the limit, or one that is not a number', () => {
    const quiet = quietAfter({ underMs: 12, inARow: 1 });
    expect([12, 13, Number.NaN, Number.POSITIVE_INFINITY].map(quiet)).toEqual([false, false, false, false]);
    expect(quiet(11.9)).toBe(true);
  });
});
