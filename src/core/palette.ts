// The project colours: one palette, read by the panel's swatches, the legend, the
// MapLibre style and the SVG map (through each project area's `colour` property).
// No safe palette holds eleven categories, so colour is only one cue: every area
// also carries its name as a label and a dark outline, and the list in the panel
// pairs each swatch with the name. Based on Paul Tol's "muted" scheme (colour-blind
// safe for its nine colours), plus two from his "light" scheme.
export const PROJECT_COLOURS = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255',
  '#44AA99', '#999933', '#AA4499', '#EE8866', '#77AADD',
] as const;

/**
 * The colour of the project at `index` in the data file. There is no wrapping
 * around: two projects in one colour would make the map lie, so validation
 * (paletteProblem) refuses more projects than colours before anything is drawn.
 */
export function projectColour(index: number): string {
  const colour = PROJECT_COLOURS[index];
  if (colour === undefined) throw new RangeError(paletteProblem(index + 1) ?? `no colour for project index ${index}`);
  return colour;
}

/** Why `count` projects cannot be drawn with this palette, or null when they can. */
export function paletteProblem(count: number): string | null {
  return count > PROJECT_COLOURS.length
    ? `${count} projects, but the palette has ${PROJECT_COLOURS.length} colours: add a colour to PROJECT_COLOURS in src/core/palette.ts`
    : null;
}
