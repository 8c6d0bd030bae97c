import { describe, expect, it } from 'vitest';
import { screenPath } from '../../src/core/screen-path';
import { projectPoint } from '../../src/core/camera';

const camera = { center: [4.4, 51] as [number, number], zoom: 8 };
const size = { width: 800, height: 600 };
const at = (lon: number, lat: number) => {
  const p = projectPoint(camera, size, [lon, lat]);
  return `${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`;
};

describe("an area's outline on screen", () => {
  it("draws each ring of a polygon as a closed path at the camera's projection", () => {
    const square = [
      [4.3, 50.9],
      [4.5, 50.9],
      [4.5, 51.1],
      [4.3, 50.9],
    ];
    const hole = [
      [4.35, 50.95],
      [4.4, 50.95],
      [4.4, 51],
      [4.35, 50.95],
    ];
    expect(screenPath({ type: 'Polygon', coordinates: [square, hole] }, camera, size)).toBe(
      `M${at(4.3, 50.9)}L${at(4.5, 50.9)}L${at(4.5, 51.1)}L${at(4.3, 50.9)}Z` +
        `M${at(4.35, 50.95)}L${at(4.4, 50.95)}L${at(4.4, 51)}L${at(4.35, 50.95)}Z`,
    );
    // The centre of the camera is the centre of the screen.
    expect(at(4.4, 51)).toBe('400,300');
  });

  it('draws every polygon of a multipolygon', () => {
    const a = [
      [3, 50],
      [3.1, 50],
      [3.1, 50.1],
      [3, 50],
    ];
    const b = [
      [5, 51],
      [5.1, 51],
      [5.1, 51.1],
      [5, 51],
    ];
    const path = screenPath({ type: 'MultiPolygon', coordinates: [[a], [b]] }, camera, size);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toContain(`M${at(5, 51)}`);
  });
});
