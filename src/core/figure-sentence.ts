// A key figure as a sentence a policy officer can paste into a note: the figure,
// its base, the filter that applies, and the source. Pure: words come in from the
// strings, numbers are formatted by the caller.
export interface FigureSentenceWords {
  /** "26 van de 308 Vlaamse gemeenten (8,4 %) namen deel aan …" */
  sentence: string;
  /** The active filter in words, or null. */
  filter: string | null;
  source: string;
}

export function figureSentence(w: FigureSentenceWords): string {
  return `${w.sentence}${w.filter ? ` (${w.filter})` : ''} (${w.source}).`;
}
