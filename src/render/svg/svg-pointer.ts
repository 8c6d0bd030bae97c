// The pointer over the SVG map: a click picks the municipality under it, a move
// tints it as the WebGL map does and tells the host (its tooltip). The municipality
// is hit-tested on the data, not on 308 paths; the index is made on the first
// pointer move, not before the first map.
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MapViewEvents } from '../map-view';
import type { MapScene } from '../../core/map-scene';
import { byState, paintLayer } from '../../core/map-paint';
import { unprojectPoint, type Camera, type Size } from '../../core/camera';
import { areaIndex } from '../../core/area-index';
import { svg as el } from '../../ui/dom';
import type { SvgPicture } from './svg-picture';

export interface PointerSeen {
  scene(): MapScene;
  camera(): Camera;
  size(): Size;
}

export function watchPointer(
  container: HTMLElement,
  picture: SvgPicture,
  seen: PointerSeen,
  events: Pick<MapViewEvents, 'onPick' | 'onHover'>,
): () => void {
  const { svg } = picture;
  let hitIndex: { layers: MapScene['layers']; at: ReturnType<typeof areaIndex> } | null = null;
  const codeAt = (e: MouseEvent): string | null => {
    const { layers } = seen.scene();
    if (hitIndex?.layers !== layers) hitIndex = { layers, at: areaIndex(layers.gemeenten.features) };
    const box = container.getBoundingClientRect();
    const f = hitIndex.at(
      unprojectPoint(seen.camera(), seen.size(), { x: e.clientX - box.left, y: e.clientY - box.top }),
    );
    return f ? String(f.properties?.code) : null;
  };
  let hovered: string | null = null;
  // The paths were drawn anew, and the tint with them.
  picture.onRedrawn = () => {
    hovered = null;
  };
  const hover = (code: string | null) => {
    if (code === hovered) return;
    hovered = code;
    const f = code
      ? seen.scene().layers.gemeenten.features.find((g) => String(g.properties?.code) === code)
      : undefined;
    const tint = paintLayer('gemeenten-fill').fill!;
    const paths = f
      ? [
          el('path', {
            d: picture.path(f as GeoPermissibleObjects) ?? '',
            fill: tint.colour as string,
            'fill-opacity': String(byState(tint.opacity, { hover: true })),
          }),
        ]
      : [];
    picture.layer('hover').replaceChildren(...paths);
    svg.style.cursor = code ? 'pointer' : '';
  };
  const onClick = (e: MouseEvent) => {
    const code = codeAt(e);
    if (code) events.onPick(code);
  };
  const onMove = (e: MouseEvent) => {
    const box = container.getBoundingClientRect();
    const code = codeAt(e);
    hover(code);
    events.onHover(code, { x: e.clientX - box.left, y: e.clientY - box.top });
  };
  const onLeave = () => {
    hover(null);
    events.onHover(null, { x: 0, y: 0 });
  };
  svg.addEventListener('click', onClick);
  svg.addEventListener('mousemove', onMove);
  svg.addEventListener('mouseleave', onLeave);
  return () => {
    svg.removeEventListener('click', onClick);
    svg.removeEventListener('mousemove', onMove);
    svg.removeEventListener('mouseleave', onLeave);
  };
}
