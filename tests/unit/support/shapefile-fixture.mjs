// Writes a tiny polygon shapefile (.shp + .dbf) for the geo build's read step:
// the ESRI format's few fixed fields, nothing more. Test support only.
import { writeFileSync } from 'node:fs';

/**
 * @param {string} base path without extension
 * @param {{ rings: number[][][], properties: Record<string, string> }[]} records one outer ring each (clockwise)
 */
export function writeShapefile(base, records) {
  const boxOf = (points) => [
    Math.min(...points.map((p) => p[0])),
    Math.min(...points.map((p) => p[1])),
    Math.max(...points.map((p) => p[0])),
    Math.max(...points.map((p) => p[1])),
  ];
  const contents = records.map(({ rings }) => {
    const points = rings.flat();
    const buf = Buffer.alloc(44 + 4 * rings.length + 16 * points.length);
    buf.writeInt32LE(5, 0); // polygon
    boxOf(points).forEach((v, i) => buf.writeDoubleLE(v, 4 + 8 * i));
    buf.writeInt32LE(rings.length, 36);
    buf.writeInt32LE(points.length, 40);
    let start = 0;
    rings.forEach((r, i) => {
      buf.writeInt32LE(start, 44 + 4 * i);
      start += r.length;
    });
    points.forEach(([x, y], i) => {
      buf.writeDoubleLE(x, 44 + 4 * rings.length + 16 * i);
      buf.writeDoubleLE(y, 52 + 4 * rings.length + 16 * i);
    });
    return buf;
  });
  const body = contents.map((c, i) => {
    const head = Buffer.alloc(8);
    head.writeInt32BE(i + 1, 0);
    head.writeInt32BE(c.length / 2, 4);
    return Buffer.concat([head, c]);
  });
  const header = Buffer.alloc(100);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE((100 + body.reduce((s, b) => s + b.length, 0)) / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  boxOf(records.flatMap((r) => r.rings.flat())).forEach((v, i) => header.writeDoubleLE(v, 36 + 8 * i));
  writeFileSync(`${base}.shp`, Buffer.concat([header, ...body]));

  const fields = Object.keys(records[0].properties);
  const width = 20;
  const dbfHeader = Buffer.alloc(32 + 32 * fields.length + 1);
  dbfHeader.writeUInt8(3, 0);
  dbfHeader.writeUInt32LE(records.length, 4);
  dbfHeader.writeUInt16LE(dbfHeader.length, 8);
  dbfHeader.writeUInt16LE(1 + width * fields.length, 10);
  fields.forEach((f, i) => {
    dbfHeader.write(f, 32 + 32 * i, 'latin1');
    dbfHeader.write('C', 32 + 32 * i + 11, 'latin1');
    dbfHeader.writeUInt8(width, 32 + 32 * i + 16);
  });
  dbfHeader.writeUInt8(0x0d, dbfHeader.length - 1);
  const rows = records.map((r) =>
    Buffer.from(` ${fields.map((f) => r.properties[f].padEnd(width)).join('')}`, 'latin1'),
  );
  writeFileSync(`${base}.dbf`, Buffer.concat([dbfHeader, ...rows, Buffer.from([0x1a])]));
}
