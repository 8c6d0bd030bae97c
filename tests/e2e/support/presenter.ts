// What both presenter specs need: the steps of the data, waiting for a step, and
// comparing map sizes as ratios.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { AppDriver } from './driver';
import type { ProjectsDoc } from '../../../src/core/types';
import { labelSize, type LabelKind } from '../../../src/core/map-scene';
import { named, scaled } from './timeouts';

export const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
export const TOTAL = doc.projects.length + 2;
export const stepOf = (id: string): number => doc.projects.findIndex((p) => p.id === id) + 2;

/** Waits until step n is both in the URL and on screen. */
export async function waitForStep(app: AppDriver, n: number): Promise<void> {
  await named(
    `step ${n} in the URL`,
    app.page.waitForFunction((h) => location.hash === h, `#/presentatie/${n}`, { timeout: scaled(10_000) }),
  );
  await named(
    `step ${n} on the card`,
    app.page.locator('.presenter-step', { hasText: new RegExp(`^${n} / `) }).waitFor({ timeout: scaled(10_000) }),
  );
}

/**
 * The names of a kind are drawn (as the map on screen reports its drawing: on the
 * WebGL map, the text size MapLibre evaluated for each rendered name) at their
 * size for the camera's zoom, times `scale`.
 */
export async function expectDrawnAtScale(app: AppDriver, kind: LabelKind, scale: number, where = ''): Promise<void> {
  const [zoom, sizes] = [await app.zoom(), await app.drawnSizes(kind)];
  expect(sizes.length, `${where}: ${kind} names drawn`).toBeGreaterThan(0);
  for (const size of sizes)
    expect(size, `${where}: ${kind} names at zoom ${zoom.toFixed(2)}`).toBeCloseTo(labelSize(kind, zoom, scale), 2);
}
