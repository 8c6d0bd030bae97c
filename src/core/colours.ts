// Base map colours, shared by both renderers, the legend and the takeaways (pure
// data: the legend must not pull the map library into the first bundle).
export const COLOURS = {
  /** Land outside the map's regions: the background, so no gap ever shows. */
  background: '#eceeea',
  sea: '#d3e1ea',
  wallonia: '#e4e6e1',
  countryLine: '#aeb4ae',
  surroundingsLabel: '#6c746c',
  flanders: '#fbfbf8',
  brussels: '#d3d6d3',
  municipalityLine: '#9aa19a',
  provinceLine: '#4d554d',
  projectOutline: '#1b1f1b',
  /** A selected municipality's outline and name: a colour no legend entry uses. */
  selected: '#0b5cad',
  hover: '#1b1f1b',
  elz: '#8a3b00',
  /** The user's own position: the selection's blue, a dot no area uses. */
  position: '#0b5cad',
  /** W13's experiment markers, and the ring round the user's position. */
  marker: '#ffffff',
};
