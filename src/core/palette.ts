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
