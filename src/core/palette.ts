// The project colours: one palette, read by the panel's swatches, the legend, the
// MapLibre style and the SVG map (through each project area's `colour` property).
//
// Chosen for this map by a search over sRGB (lightness L* 40–85 so that dark
// names with a white halo stay readable on every fill; chroma C* 22–55, no neon and
// no greys that could pass for "no pilot"), maximising the smallest CIEDE2000
// difference between any two colours in normal vision and under simulated
// deuteranopia and protanopia, and keeping every colour clear of the map's own
// neutrals. tests/unit/palette.test.ts checks the result from the palette itself:
// ΔE00 ≥ 20 between any two in normal vision, ≥ 12 with either red–green
// deficiency, ≥ 12 from the neutrals. Neighbouring pilots (Gent and Wetteren,
// Wichelen en Laarne; Oostende and Diksmuide; W13 and Roeselare; Turnhout and
// Zoersel) got colours of different hue families. Colour is still one cue of
// three: every area also carries its name as a label and a dark outline.
export const PROJECT_COLOURS = [
  '#EECC66', // Diest en Scherpenheuvel-Zichem
  '#3366BB', // Diksmuide
  '#885500', // Genk
  '#448877', // Gent
  '#66DDEE', // Oostende
  '#BB4455', // Roeselare
  '#66AAFF', // Sint-Niklaas
  '#775577', // Turnhout
  '#BB88AA', // W13
  '#EEAA99', // Wetteren, Wichelen en Laarne
  '#889933', // Zoersel
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
