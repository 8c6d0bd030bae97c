// Speaks the app's domain to the browser: open a view, pick a project, read the
// panel. Specs use this, never raw selectors.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { decodePng } from './png';
import type { Watched } from './browser';
import type { DrawnFeature, DrawnLabel, MapInspector } from '../../../src/core/map-seam';
import type { LabelKind } from '../../../src/core/map-scene';
import '../../../src/app/inspect'; // window.gboInspect's type

export const SCREENSHOT_DIR = 'test-results/screenshots';
import { named, scaled } from './timeouts';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export class AppDriver {
  constructor(
    readonly w: Watched,
    readonly baseUrl: string,
  ) {}

  get page(): Page {
    return this.w.page;
  }

  /** Opens the app with the map inspector switched on (`?inspect`). */
  async open(hash = '#/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/?inspect${hash}`);
    // The panel's heading, or in presenter mode the card's title.
    await named(
      `the first panel of ${hash}`,
      this.page
        .locator('#panel-heading, #presenter-title')
        .filter({ visible: true })
        .first()
        .waitFor({ timeout: scaled(15_000) }),
    );
    // The build's page shows the overview before its script runs, with its buttons
    // disabled (src/prerender/page.ts): a test drives the app, so it waits until the
    // app has drawn its own (the locate button, enabled).
    await named(
      'the app to take over the page',
      this.page.locator('#search .locate:not([disabled])').waitFor({ state: 'attached', timeout: scaled(15_000) }),
    );
  }

  /**
   * Resolves once the map has drawn everything and stopped moving. The app marks
   * the map busy the moment a view change asks for a camera move, so this never
   * sees the idle of the view before.
   */
  async mapIdle(options: { withSurroundings?: boolean } = {}, timeout = 30_000): Promise<void> {
    await named(
      options.withSurroundings ? 'the map to be idle with its surroundings' : 'the map to be idle',
      this.page.waitForFunction(
        (all) => {
          const map = document.getElementById('map');
          return map?.dataset.mapState === 'idle' && (!all || map.dataset.surroundings !== 'loading');
        },
        options.withSurroundings ?? false,
        { timeout: scaled(timeout) },
      ),
    );
  }

  /**
   * Does `action` (a resize, a step), then waits until the map has moved its
   * camera for it and is idle again: what the map reports, never a guess at how
   * long a refit takes. Returns the frames each new camera move took (a jump: 1).
   */
  async afterMapMoves(what: string, action: () => Promise<unknown>): Promise<number[]> {
    await this.mapIdle();
    const before = (await this.inspect('cameraMoves')).length;
    await action();
    await named(
      `the map to move for ${what}`,
      this.page.waitForFunction((n) => (window.gboInspect?.()?.cameraMoves().length ?? 0) > n, before, {
        timeout: scaled(10_000),
      }),
    );
    await this.mapIdle();
    return (await this.inspect('cameraMoves')).slice(before);
  }

  /** Asks the map inspector (the page must be opened with `?inspect`). */
  inspect<M extends keyof MapInspector>(
    method: M,
    ...args: Parameters<MapInspector[M]>
  ): Promise<ReturnType<MapInspector[M]>> {
    return this.page.evaluate(
      ([m, a]) => {
        const inspector = window.gboInspect?.();
        if (!inspector) throw new Error('map not ready, or the page was opened without ?inspect');
        return (inspector[m] as (...x: unknown[]) => unknown)(...a);
      },
      [method, args] as const,
    ) as Promise<ReturnType<MapInspector[M]>>;
  }

  /** Where a position (lon, lat) is drawn, in CSS pixels from the map's corner. */
  mapPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.inspect('project', [lon, lat]);
  }

  /** Switches the page's language with its own switch. */
  async switchLanguage(lang: string): Promise<void> {
    await this.page.locator(`#lang-switch button[data-lang="${lang}"]`).click();
  }

  async panelHeading(): Promise<string> {
    const h = this.page.locator('#panel-heading');
    await h.waitFor({ state: 'visible', timeout: scaled(15_000) });
    return (await h.textContent())?.trim() ?? '';
  }

  async waitForHeading(text: string): Promise<void> {
    await named(
      `the panel heading "${text}"`,
      this.page.locator('#panel-heading', { hasText: text }).waitFor({ timeout: scaled(15_000) }),
    );
  }

  async memberNames(): Promise<string[]> {
    return (await this.page.locator('.members li').allTextContents()).map((s) => s.trim());
  }

  async projectListNames(): Promise<string[]> {
    return (await this.page.locator('.project-list .name').allTextContents()).map((s) => s.trim());
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }

  /** Types into the search box and waits for suggestions (or the "nothing found" line). */
  async search(text: string): Promise<string[]> {
    const input = this.page.getByRole('combobox', { name: /^(Zoek|Search)/ });
    await input.fill(text);
    await this.page.locator('#search-list:not([hidden])').waitFor({ timeout: scaled(10_000) });
    await this.page.locator('#search-list .search-loading').waitFor({ state: 'detached', timeout: scaled(10_000) });
    return (await this.page.locator('#search-list [role=option]').allTextContents()).map((s) => s.trim());
  }

  answer(): Promise<string> {
    return this.page
      .locator('.answer')
      .first()
      .textContent()
      .then((s) => s?.trim() ?? '');
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async accessibilityProblems(): Promise<string[]> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              o: object,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
    });
  }

  /** Click on the map at a geographic position (lon, lat). */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.mapPoint(lon, lat);
    const box = (await this.page.locator('#map').boundingBox())!;
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  }

  /** The names the map has drawn now (MapLibre's rendered symbols, or the SVG map's text). */
  drawnLabels(): Promise<DrawnLabel[]> {
    return this.inspect('drawnLabels');
  }

  /** The drawn names of one kind, by id for projects and experiments, else by their text; `opaque`: only those not dimmed. */
  async drawnNames(kind: LabelKind, { opaque = false } = {}): Promise<string[]> {
    const byId = kind === 'project' || kind === 'experiment';
    return (await this.drawnLabels())
      .filter((l) => l.kind === kind && (!opaque || l.opacity === 1))
      .map((l) => (byId ? l.id : l.text));
  }

  /** The text sizes at which names of one kind are drawn, each once, smallest first. */
  async drawnSizes(kind: LabelKind): Promise<number[]> {
    return [...new Set((await this.drawnLabels()).filter((l) => l.kind === kind).map((l) => l.size))].sort(
      (a, b) => a - b,
    );
  }

  /**
   * The WebGL map: one feature of a MapLibre layer as drawn now, with the paint and
   * layout MapLibre evaluated for it (its feature state, the camera's zoom). Throws
   * when it drew none, so a check never passes on a missing feature.
   */
  async drawnFeature(layer: string, id: string): Promise<DrawnFeature> {
    const f = await this.inspect('drawnFeature', layer, id);
    if (!f) throw new Error(`the WebGL map draws no feature ${id} in layer ${layer}`);
    return f;
  }

  /** The WebGL map: how many features of a MapLibre layer are drawn on screen now. */
  async drawnCount(layer: string): Promise<number> {
    const n = await this.inspect('drawnCount', layer);
    if (n === null) throw new Error(`the map on screen has no layer ${layer} (is it the WebGL map?)`);
    return n;
  }

  /** The camera's zoom now, as the map on screen has it. */
  zoom(): Promise<number> {
    return this.inspect('zoom');
  }

  /** Which project's fill the map has drawn at (lon, lat), or null. */
  renderedProjectAt(lon: number, lat: number): Promise<string | null> {
    return this.inspect('projectAt', [lon, lat]);
  }

  /** Which municipality the map has drawn at (lon, lat), or null. */
  renderedMunicipalityAt(lon: number, lat: number): Promise<string | null> {
    return this.inspect('municipalityAt', [lon, lat]);
  }

  /** Whether the camera is moving now. */
  isMoving(): Promise<boolean> {
    return this.inspect('isMoving');
  }

  /** The text of the QR code in a PNG (decoded with jsQR), or null. */
  async decodeQr(png: Buffer): Promise<string | null> {
    const { width, height, data } = decodePng(png);
    return jsQR(data, width, height)?.data ?? null;
  }

  /**
   * Clicks "Download afbeelding" and returns the PNG, its size, the texts drawn on
   * it (fillText is recorded while it is made) and where a position lies in it.
   */
  async downloadImage(name: string): Promise<{
    bytes: Buffer;
    width: number;
    height: number;
    texts: string[];
    at(lngLat: [number, number]): Promise<[number, number]>;
  }> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __drawn: string[] };
      w.__drawn = [];
      const proto = CanvasRenderingContext2D.prototype as unknown as {
        fillText(t: string, ...rest: number[]): void;
        __fill?: (t: string, ...rest: number[]) => void;
      };
      proto.__fill ??= proto.fillText;
      proto.fillText = function (t: string, ...rest: number[]) {
        w.__drawn.push(t);
        return proto.__fill!.call(this, t, ...rest);
      };
    });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download afbeelding (PNG)' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/${name}.png`, bytes);
    const texts = await this.page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
    return {
      bytes,
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
      texts,
      at: (lngLat) =>
        this.page.evaluate((p) => {
          const image = window.gboInspectImage!()!;
          const q = image.map.project(p);
          return [image.frame.x + q.x * image.scale, image.frame.y + q.y * image.scale] as [number, number];
        }, lngLat),
    };
  }

  /** A screenshot of the page once the map is complete, surroundings included. */
  async screenshot(name: string): Promise<void> {
    if (!this.page.isClosed() && (await this.page.locator('#map').count()))
      await this.mapIdle({ withSurroundings: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }

  /**
   * The checks every spec ends with: no console error, no request to another
   * origin, no CSP violation, no cookie and nothing stored in the browser.
   */
  async problems(): Promise<Record<string, unknown>> {
    const inPage = this.page.isClosed()
      ? { csp: [], storage: 0, cookie: '' }
      : await this.page
          .evaluate(() => ({
            csp: window.__cspViolations ?? [],
            storage: localStorage.length + sessionStorage.length,
            cookie: document.cookie,
          }))
          .catch(() => ({ csp: [], storage: 0, cookie: '' }));
    return {
      consoleErrors: this.w.consoleErrors,
      foreignRequests: this.w.foreignRequests,
      cspViolations: inPage.csp,
      storedItems: inPage.storage,
      cookies: inPage.cookie + (await this.w.context.cookies()).map((c) => c.name).join(','),
    };
  }
}
