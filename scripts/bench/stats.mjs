// The benchmarks' one way to sum up loads: a quantile of the finite values, and
// median with quartiles and how many loads gave a value.

const finite = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** The value at `p` (0–1) of the finite values, the nearest rank; NaN without any. */
export function quantile(xs, p) {
  const s = finite(xs);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
}

/** Median and quartiles, rounded to whole units, and how many values were finite. */
export const summary = (xs) => ({
  median: Math.round(quantile(xs, 0.5)),
  q1: Math.round(quantile(xs, 0.25)),
  q3: Math.round(quantile(xs, 0.75)),
  n: finite(xs).length,
});
