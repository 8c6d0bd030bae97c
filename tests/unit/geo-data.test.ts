import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGeoData } from '../../src/core/geo-data';

const raw = () => JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
type Props = Record<string, unknown>;
const firstMunicipality = (topo: { objects: Record<string, { geometries: { properties: Props }[] }> }) =>
  topo.objects.gemeenten!.geometries[0]!.properties;

describe('the geometry file, checked at load', () => {
  it('accepts the committed file', () => {
    expect(parseGeoData(raw()).municipalities.size).toBe(308);
  });

  it('names the municipality and the field of every field the app reads that is missing or wrong', () => {
    const cases: [string, (p: Props) => void][] = [
      [
        'naam',
        (p) => {
          delete p.naam;
        },
      ],
      [
        'prov',
        (p) => {
          p.prov = 10000;
        },
      ],
      [
        'pop',
        (p) => {
          p.pop = '14304';
        },
      ],
      [
        'km2',
        (p) => {
          p.km2 = -1;
        },
      ],
      [
        'nu',
        (p) => {
          p.nu = '99999';
        },
      ],
      [
        'elz',
        (p) => {
          p.elz = 'elz999';
        },
      ],
      [
        'fusie',
        (p) => {
          p.fusie = 2018;
        },
      ],
    ];
    for (const [field, breakIt] of cases) {
      const topo = raw();
      breakIt(firstMunicipality(topo));
      expect(() => parseGeoData(topo), field).toThrow(
        `geo/base.topo.json: municipality 11001: field "${field}" is missing or malformed`,
      );
    }
    const topo = raw();
    delete topo.objects.elz;
    expect(() => parseGeoData(topo)).toThrow('geo/base.topo.json: object "elz" is missing');
  });
});
