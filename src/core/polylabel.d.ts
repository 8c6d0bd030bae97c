// Types for polylabel 2 (Mapbox), which ships none.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring first, then holes), within `precision`. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
