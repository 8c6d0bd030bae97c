// Given the built app, when it opens, then Flanders is drawn with the pilot areas,
// offline, without console errors, under a Content-Security-Policy that the whole
// load keeps to (the shared after-test check fails on any violation).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { ProjectsDoc } from '../../src/core/types';
import { projectColour } from '../../src/core/palette';
import { countNearest, picture, rgb } from './support/colours';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;

describe('first view', () => {
  it('shows the overview list and reaches map idle with every layer', async () => {
    const app = await newApp();
    await app.open('#/');
    expect(await app.panelHeading()).toBe('Pilootprojecten in Vlaanderen');
    expect(await app.projectListNames()).toEqual(doc.projects.map((p) => p.name));
    await app.mapIdle();
    expect(await app.renderedProjectAt(3.725, 51.0536)).toBe('gent');
    expect(await app.renderedProjectAt(3.265, 50.8279)).toBe('w13');
    expect(await app.renderedProjectAt(4.4025, 51.2194)).toBeNull(); // Antwerpen had no pilot
    await app.screenshot('overview');
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // A long unbroken name in a "not found" notice wraps inside the panel.
    await app.page.evaluate(() => {
      location.hash = `#/project/${'x'.repeat(300)}`;
    });
    await app.page.locator('.notice').waitFor();
    expect(await app.page.locator('#panel').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('keeps a complete map beside the list at every moment: the prerendered map goes only in the task that completes the live one', async () => {
    const app = await newApp();
    // Two moments when a frame could show the list beside an empty map: when the
    // app's list replaces the build's, and when the build's map is removed, if the
    // live map were not complete by then (drawn in a later task, say). A mutation
    // observer's callback runs before the task ends, so before any frame: what it
    // sees is what the next frame would show. (It fails when the build's map goes
    // with the parts and the live one is drawn in the next task.)
    await app.page.addInitScript(() => {
      const w = window as unknown as {
        __moments: Record<string, { prerendered: boolean; areas: number; names: number }>;
      };
      w.__moments = {};
      const look = () => ({
        prerendered: !!document.querySelector('#map .prerender-map .prerender-areas path'),
        areas: document.querySelectorAll('#map .project-area').length,
        names: document.querySelectorAll('#map .project-label').length,
      });
      let prerenderedList: Element | null | undefined;
      document.addEventListener('readystatechange', () => {
        prerenderedList ??= document.querySelector('.project-list');
      });
      new MutationObserver((records) => {
        const list = document.querySelector('.project-list');
        if (!w.__moments.list && prerenderedList !== undefined && list?.querySelector('a') && list !== prerenderedList)
          w.__moments.list = look();
        const removed = records.some((r) =>
          [...r.removedNodes].some((n) => n instanceof Element && n.matches('.prerender-map')),
        );
        if (removed && !w.__moments.gone) w.__moments.gone = look();
      }).observe(document, { subtree: true, childList: true });
    });
    await app.open('#/');
    await app.mapIdle();
    const moments = await app.page.evaluate(() => (window as unknown as { __moments: unknown }).__moments);
    const n = doc.projects.length;
    const { list, gone } = moments as Record<string, { prerendered: boolean; areas: number; names: number }>;
    expect(list, "when the app's list appeared").toBeDefined();
    expect(list!.prerendered || (list!.areas === n && list!.names === n), "the map beside the app's list").toBe(true);
    expect(gone, "when the build's map went").toEqual({ prerendered: false, areas: n, names: n });
  });

  it('shows the complete map in every frame on screen, from the first until the WebGL map has taken over, which had drawn it when it was shown', async () => {
    const app = await newApp();
    // Every frame the page puts on screen (CDP screencast), from the build's
    // prerendered map through the live SVG map to the WebGL map: a map shown before
    // it has drawn (the WebGL map is readied out of sight, its frames held until it
    // has everything) would show a frame without the projects.
    // And what the WebGL map had drawn when it was shown: read from its drawing
    // buffer in the task that showed it (the hand-over comes in the idle that ends
    // MapLibre's frame, before the browser composites and clears that buffer).
    const colours = doc.projects.map((_, i) => rgb(projectColour(i)));
    await app.page.addInitScript((colours: number[][]) => {
      new MutationObserver((records, observer) => {
        const host = records.map((r) => r.target).find((t) => t instanceof Element && t.matches('.webgl-host'));
        if (!(host instanceof Element) || host.classList.contains('pending')) return;
        observer.disconnect();
        const canvas = host.querySelector('canvas')!;
        const gl = canvas.getContext('webgl2')!;
        const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
        gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
        const counts = colours.map(() => 0);
        for (let i = 0; i < pixels.length; i += 4) {
          const k = colours.findIndex((c) => c.every((v, j) => Math.abs(v - pixels[i + j]!) <= 8));
          if (k >= 0) counts[k]!++;
        }
        (window as unknown as { __shownWithProjects: number }).__shownWithProjects = counts.filter(
          (n) => n >= 20,
        ).length;
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    }, colours);
    const cdp = await app.page.context().newCDPSession(app.page);
    const frames: Buffer[] = [];
    cdp.on('Page.screencastFrame', ({ data, sessionId }) => {
      frames.push(Buffer.from(data, 'base64'));
      void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await app.open('#/');
    await app.mapIdle({ withSurroundings: true });
    expect(await app.page.locator('#map .webgl-host:not(.pending)').count(), 'the WebGL map took over').toBe(1);
    expect(await app.page.locator('#map .svg-host').count()).toBe(0);
    await cdp.send('Page.stopScreencast');
    frames.push(await app.page.screenshot());
    expect(
      await app.page.evaluate(() => (window as unknown as { __shownWithProjects?: number }).__shownWithProjects),
      'projects the WebGL map had drawn when it was shown',
    ).toBe(doc.projects.length);
    const box = (await app.page.locator('#map').boundingBox())!;
    const shown = frames.map(
      (png) => countNearest(picture(png), colours, { within: box }).filter((n) => n >= 20).length,
    );
    const first = shown.indexOf(doc.projects.length);
    expect(first, 'a frame with every project').toBeGreaterThanOrEqual(0);
    expect(shown.slice(first), `projects shown per frame, of ${frames.length} frames`).toEqual(
      shown.slice(first).map(() => doc.projects.length),
    );
  });
});
