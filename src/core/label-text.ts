// Map label text: long names are broken deliberately, not by the renderer. One
// break, at the space that best balances the two lines; never inside a word and
// never at a hyphen ("Scherpenheuvel-Zichem" is one name).
export const LABEL_WRAP_AT = 16;

export function wrapLabel(name: string, wrapAt = LABEL_WRAP_AT): string {
  if (name.length <= wrapAt) return name;
  let best = -1;
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(name.length / 2 - i) < Math.abs(name.length / 2 - best)) best = i;
  }
  return best === -1 ? name : `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}
