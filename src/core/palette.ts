// Eleven project colours. No safe palette holds eleven categories, so colour is only
// one cue: every area also carries its name as a label and a dark outline, and the
// list in the panel pairs each swatch with the name. Based on Paul Tol's "muted"
// scheme (colour-blind safe for its nine colours), plus two from his "light" scheme.
export const PROJECT_COLOURS = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255',
  '#44AA99', '#999933', '#AA4499', '#EE8866', '#77AADD',
] as const;

export function projectColour(index: number): string {
  return PROJECT_COLOURS[index % PROJECT_COLOURS.length];
}

/** Label colour that stays readable on the given fill (WCAG relative luminance). */
export function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.22 ? '#111111' : '#ffffff';
}
