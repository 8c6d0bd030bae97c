export interface Rgba {
  width: number;
  height: number;
  /** Four bytes a pixel, row by row. */
  data: Uint8ClampedArray;
}
export function decodePng(png: Buffer): Rgba;
/** The colour [r, g, b] at a pixel (rounded position). */
export function pixelAt(image: Rgba, x: number, y: number): [number, number, number];
