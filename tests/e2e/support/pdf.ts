// How many pages a PDF has, for the print tests: Chromium writes its page objects
// in plain sight, Firefox inside compressed object streams, so each Flate stream
// is inflated and searched too. No PDF library: a page is an object of /Type /Page.
import { inflateSync } from 'node:zlib';

export function pdfPages(pdf: Buffer): number {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  const text = pdf.toString('latin1');
  const parts = [text];
  const stream = /\/FlateDecode[^]*?>>\s*stream\r?\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // A stream that is not whole zlib data (an image's, say) holds no page objects.
    }
    stream.lastIndex = end;
  }
  return parts.reduce((n, part) => n + (part.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length, 0);
}
