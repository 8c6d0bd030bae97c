// What both presenter specs need: the steps of the data, waiting for a step, and
// comparing map sizes as ratios.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { AppDriver } from './driver';
import type { ProjectsDoc } from '../../../src/core/types';
import { named, scaled } from './timeouts';

export const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
export const TOTAL = doc.projects.length + 2;
export const stepOf = (id: string): number => doc.projects.findIndex((p) => p.id === id) + 2;

/** Waits until step n is both in the URL and on screen. */
export async function waitForStep(app: AppDriver, n: number): Promise<void> {
  await named(`step ${n} in the URL`, app.page.waitForFunction((h) => location.hash === h, `#/presentatie/${n}`, { timeout: scaled(10_000) }));
  await named(`step ${n} on the card`, app.page.locator('.presenter-step', { hasText: new RegExp(`^${n} / `) }).waitFor({ timeout: scaled(10_000) }));
}

/** Every size in `scaled` is `factor` times the one at the same place in `base` (zoom stops stay). */
export function expectScaled(scaled: unknown, base: unknown, factor: number): void {
  const numbers = (v: unknown): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? v.flatMap(numbers) : []);
  const [a, b] = [numbers(scaled), numbers(base)];
  expect(a).toHaveLength(b.length);
  b.forEach((n, i) => {
    const isStop = Array.isArray(base) && base[0] === 'interpolate' && i % 2 === 0;
    expect(a[i]).toBeCloseTo(isStop ? n : n * factor, 5);
  });
}
