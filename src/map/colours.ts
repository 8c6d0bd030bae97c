// Base map colours, shared by the MapLibre style and the legend (no maplibre import
// here, so the legend does not pull the map library into the first bundle).
export const COLOURS = {
  background: '#e4e7e4',
  flanders: '#fbfbf8',
  brussels: '#d3d6d3',
  municipalityLine: '#9aa19a',
  provinceLine: '#4d554d',
  projectOutline: '#1b1f1b',
  /** A selected municipality's outline and name: a colour no legend entry uses. */
  selected: '#0b5cad',
  hover: '#1b1f1b',
  elz: '#8a3b00',
};
