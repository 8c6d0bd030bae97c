// The overview map as SVG markup, written by the build into the page, so the first
// paint holds the complete map before any script runs (and without any script).
// The same inputs as the live maps: the scene (core/map-scene), the camera the
// first map fits (core/camera) and the names of the label plan (core/label-plan),
// drawn from the same list of areas and lines (render/svg/area-shapes), in the
// markup of ./markup.ts; the names for every frame width: ./name-runs.ts.
//
// It must look the same in a map box of any size, where the live map plans its
// names anew. So: the areas are one SVG whose viewBox is exactly Flanders' bounds,
// fitted into the padded box as fitCamera fits them (`meet`, centred; strokes that
// do not scale), with the surroundings drawn beyond the viewBox (overflow visible,
// clipped by the map box). The names are planned for every frame width from a
// phone's to a wall screen's, 1 % apart, and grouped into runs where the plan
// makes the same choices: within a run each name's place is a share of the frame
// plus pixels (its offset from its area), so one SVG without a viewBox draws the
// whole run. A container query shows the run for the frame's width.
import type { MapPicture } from '../app/map/picture';
import { fitCamera, screenProjection, type Size } from '../core/camera';
import type { Measure } from '../core/label-plan';
import type { Padding } from '../render/map-view';
import { attrs, UNIT, areaMarkup, frameOf } from './markup';
import { nameRuns, namesSvg } from './name-runs';

/** The map box the areas are drawn for (any will do: they scale exactly), and the camera padding the app gives a map box (app/map/camera-padding.ts). */
export interface Layout {
  size: Size;
  padding: Padding;
}

export interface PrerenderedMap {
  /** The markup to put in the map's box. */
  html: string;
  /** For the style sheet: the frame's aspect ratio, and which names show at which frame width. */
  css: string;
}

/** `link`: where a click on a project's area goes before the script runs. */
export function overviewMapSvg(
  picture: MapPicture,
  layout: Layout,
  measure: Measure,
  link: (projectId: string) => string,
): PrerenderedMap {
  const { scene, target } = picture;
  const padding = { ...layout.padding, top: layout.padding.top + target.extraTop };
  const camera = fitCamera(target.bounds, layout.size, padding);
  const screen = screenProjection(camera, layout.size);
  const box = frameOf(target.bounds, screen);
  const aspect = box.width / box.height;
  const unitBox = [box.x, box.y, box.width, box.height].map((v) => (v * UNIT).toFixed(1)).join(' ');
  // The surroundings beyond the frame, as far as a map box of any shape shows them
  // (its width again on every side), and no further: the page carries them.
  const m = box.width;
  const areas = areaMarkup(
    scene,
    camera.zoom,
    screen,
    { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m },
    true,
    link,
  );
  const runs = nameRuns(picture, padding, aspect, measure);

  const html =
    `<div class="prerender-map" aria-hidden="true"><div class="prerender-frame">` +
    `<svg class="prerender-areas"${attrs({ viewBox: unitBox, preserveAspectRatio: 'xMidYMid meet', overflow: 'visible', 'fill-rule': 'evenodd' })}>${areas}</svg>` +
    runs.map((r, i) => namesSvg(scene, r, i)).join('') +
    `</div></div>`;
  const a = aspect.toFixed(5);
  // The largest run whose first width the frame reaches wins: the rules are in order.
  const css = [
    `.prerender-frame { aspect-ratio: ${a}; width: min(100cqw, 100cqh * ${a}); }`,
    `.prerender-names[data-run] { display: none; }`,
    `.prerender-names[data-run="0"] { display: block; }`,
    ...runs
      .slice(1)
      .map(
        (r, i) =>
          `@container (min-width: ${r.from.toFixed(1)}px) and (min-height: ${(r.from / aspect).toFixed(1)}px) { ` +
          `.prerender-names[data-run] { display: none; } .prerender-names[data-run="${i + 1}"] { display: block; } }`,
      ),
  ].join('\n');
  return { html, css };
}
