// The map's key, decided once: which entries a view shows and how each is marked,
// in the colours of the paint list (core/map-paint.ts), so the key says what the
// map draws. The panel's legend (ui/legend.ts), the image's (ui/export-image.ts)
// and the slide's list of projects (ui/slide-card.ts) are drawn from it.
import { paintLayer } from './map-paint';
import { projectColour } from './palette';

/** How an entry is marked: a filled square (an area), a line (a border), a dot (a marker). */
export type LegendMark = 'fill' | 'line' | 'dot';

export interface LegendEntry {
  mark: LegendMark;
  colour: string;
  /** The square's outline, the dot's ring. */
  border?: string;
  label: string;
  /** Drawn faintly on the map: outside the filter. */
  dimmed?: boolean;
}

export interface LegendWords {
  legendPilot: string;
  legendOther: string;
  legendBrussels: string;
  legendProvince: string;
  legendExperiment: string;
  legendSelected: string;
  legendElz: string;
  legendDimmed: string;
}

export interface LegendShows {
  /** Each pilot by name, in its colour, faint where a filter leaves it out (the image, the slide); else one entry for all (the panel). */
  projects?: readonly { name: string; dimmed: boolean }[];
  /** The other municipalities and the provinces' borders: the key to the whole map. */
  base?: boolean;
  brussels?: boolean;
  experiments?: boolean;
  selection?: boolean;
  elz?: boolean;
}

const fillOf = (id: string) => paintLayer(id).fill!.colour as string;
const lineOf = (id: string) => paintLayer(id).line!.colour;

export function legendEntries(show: LegendShows, words: LegendWords): LegendEntry[] {
  const outline = lineOf('project-outline');
  const marker = paintLayer('sub-areas').circle!;
  const entries: (LegendEntry | false | undefined)[] = [
    ...(show.projects
      ? show.projects.map((p, i): LegendEntry => ({
          mark: 'fill',
          colour: projectColour(i),
          border: outline,
          label: p.dimmed ? `${p.name} (${words.legendDimmed})` : p.name,
          ...(p.dimmed ? { dimmed: true } : {}),
        }))
      : [{ mark: 'fill', colour: projectColour(0), border: outline, label: words.legendPilot } as LegendEntry]),
    show.base && {
      mark: 'fill',
      colour: fillOf('vlaanderen-fill'),
      border: lineOf('gemeenten-line'),
      label: words.legendOther,
    },
    show.brussels && { mark: 'fill', colour: fillOf('brussel-fill'), label: words.legendBrussels },
    show.base && { mark: 'line', colour: lineOf('provincies-line'), label: words.legendProvince },
    show.experiments && { mark: 'dot', colour: marker.colour, border: marker.stroke, label: words.legendExperiment },
    show.selection && { mark: 'line', colour: lineOf('gemeenten-selected'), label: words.legendSelected },
    show.elz && { mark: 'line', colour: lineOf('elz-line'), label: words.legendElz },
  ];
  return entries.filter((e): e is LegendEntry => !!e);
}
