// The link preview's picture (og:image) as one SVG for resvg: the overview at
// 1200 × 630 with the title and the sources, from the same areas and label plan.
import type { MapPicture } from '../app/map/picture';
import { fitCamera, screenProjection } from '../core/camera';
import { planLabels, type Measure } from '../core/label-plan';
import { LABEL_FONT } from '../core/map-scene';
import { paintLayer } from '../core/map-paint';
import { escape, attrs, UNIT, leaderPaint, markerPaint, areaMarkup, nameMarkup } from './markup';

/** What the link preview says around the map. */
export interface PreviewWords {
  title: string;
  subtitle: string;
  /** One or two lines of sources, at the foot. */
  sources: string[];
}

/** The image link previews show (og:image): the overview at 1200 × 630, with the title and the sources, as one SVG for resvg. */
export function overviewImageSvg(picture: MapPicture, measure: Measure, words: PreviewWords): string {
  const { scene, target } = picture;
  const W = 1200,
    H = 630;
  const top = 112,
    bottom = 40 + 20 * words.sources.length;
  const size = { width: W, height: H - top - bottom };
  const padding = { top: 16, right: 32, bottom: 16, left: 32 };
  const camera = fitCamera(target.bounds, size, padding);
  const screen = screenProjection(camera, size);
  const areas = areaMarkup(
    scene,
    camera.zoom,
    screen,
    { x: -10, y: -10, width: W + 20, height: size.height + 20 },
    false,
  );
  const plan = planLabels(scene, { camera, size, padding }, measure);
  const names = plan.labels
    .map((l) => nameMarkup(l, screen.x(l.at[0]).toFixed(1), screen.y(l.at[1]).toFixed(1), 1))
    .join('');
  const leaders = plan.leaders
    .map(
      (l) =>
        `<line${attrs({ x1: screen.x(l.from[0]), y1: screen.y(l.from[1]), x2: screen.x(l.to[0]), y2: screen.y(l.to[1]), ...leaderPaint(1) })}/>`,
    )
    .join('');
  const markers = scene.layers.subAreas.features
    .map(
      (f) =>
        `<circle${attrs({ cx: screen.x(f.geometry.coordinates[0]!), cy: screen.y(f.geometry.coordinates[1]!), ...markerPaint(camera.zoom, 1) })}/>`,
    )
    .join('');
  const sources = words.sources
    .map(
      (line, i) =>
        `<text${attrs({ x: 32, y: H - 24 - 20 * (words.sources.length - 1 - i), 'font-size': 15, fill: '#444444' })}>${escape(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': LABEL_FONT })}>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    `<text${attrs({ x: 32, y: 54, 'font-size': 34, 'font-weight': 700, fill: '#111111' })}>${escape(words.title)}</text>` +
    `<text${attrs({ x: 32, y: 88, 'font-size': 19, fill: '#444444' })}>${escape(words.subtitle)}</text>` +
    `<svg${attrs({ x: 0, y: top, width: W, height: size.height, viewBox: `0 0 ${W * UNIT} ${size.height * UNIT}`, 'fill-rule': 'evenodd' })}><rect width="100%" height="100%" fill="${paintLayer('background').fill!.colour as string}"/>${areas}</svg>` +
    `<g transform="translate(0 ${top})">${leaders}${markers}${names}</g>` +
    sources +
    `</svg>`
  );
}
