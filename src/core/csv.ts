// CSV that a Belgian Excel opens correctly by double-click: UTF-8 with a BOM (or
// accents break), ";" as separator and a decimal comma (Excel in nl-BE reads ","
// as the decimal sign and uses ";" to separate), CRLF line ends.
export type Cell = string | number;

function cell(v: Cell): string {
  const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Several tables in one file, each under its title, separated by an empty line. */
export function toCsvSections(sections: { title?: string; rows: Cell[][] }[]): string {
  const lines = sections.flatMap((s, i) => [...(i ? [[]] : []), ...(s.title ? [[s.title]] : []), ...s.rows]);
  return `\uFEFF${lines.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
