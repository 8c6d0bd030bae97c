// The hover tooltip over the map, drawn the same way for both renderers: they say
// which municipality is under the pointer (MapViewEvents.onHover), this shows it.
// mountMapTooltip(container) → { show, hide, dispose }; tooltipText(place, t) what it says.
import type { Strings } from '../i18n';

/** What the tooltip says of a municipality: its name, and its pilot project or none. */
export const tooltipText = (place: { name: string; project: string | null }, t: Pick<Strings, 'hoverNone'>): string =>
  `${place.name} — ${place.project ?? t.hoverNone}`;
export interface MapTooltip {
  show(text: string, at: { x: number; y: number }): void;
  hide(): void;
  dispose(): void;
}

export function mountMapTooltip(container: HTMLElement): MapTooltip {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.hidden = true;
  container.append(tip);
  return {
    show(text, at) {
      tip.textContent = text;
      tip.style.transform = `translate(${at.x + 14}px, ${at.y + 14}px)`;
      tip.hidden = false;
    },
    hide() {
      tip.hidden = true;
    },
    dispose() {
      tip.remove();
    },
  };
}
