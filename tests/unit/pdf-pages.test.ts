// The print tests' page count (tests/e2e/support/pdf.ts), on PDFs made here:
// one with its page objects in plain sight, one inside a compressed object stream.
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { pdfPages } from '../e2e/support/pdf';

const plain = (n: number) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${n} >> endobj\n` +
      Array.from({ length: n }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >> endobj\n`).join('') +
      '%%EOF',
    'latin1',
  );

function packed(n: number): Buffer {
  const objects = deflateSync(
    Buffer.from(`<< /Type /Pages /Count ${n} >> ` + '<< /Type /Page /Parent 1 0 R >> '.repeat(n), 'latin1'),
  );
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n3 0 obj << /Type /ObjStm /Length ${objects.length} /Filter /FlateDecode >>\nstream\n`,
      'latin1',
    ),
    objects,
    Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1'),
  ]);
}

describe('pages of a PDF', () => {
  it('counts page objects in plain sight, not the page tree', () => {
    expect(pdfPages(plain(1))).toBe(1);
    expect(pdfPages(plain(3))).toBe(3);
  });

  it("counts page objects inside compressed object streams (Firefox's PDFs)", () => {
    expect(pdfPages(packed(2))).toBe(2);
  });

  it('refuses what is not a PDF', () => {
    expect(() => pdfPages(Buffer.from('<html>'))).toThrow('not a PDF');
  });
});
