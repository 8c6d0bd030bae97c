// The PNG decoder the browser tests and the benchmark share (scripts/png.mjs).
export { decodePng, pixelAt, type Rgba } from '../../../scripts/png.mjs';
