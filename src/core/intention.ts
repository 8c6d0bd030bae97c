// Plans stay plans: where a passage of the answer states an intention or speaks of
// the future ("zal", "willen", "wordt … opgericht", …), the sentence that rests on
// it must state one too, in every language. Validation flags a sentence that does
// not (core/validate-projects.ts). The word lists are deliberately plain: a flag
// is a sentence for a person to read again, and every flagged case is fixed in
// the data, not silenced here.

/** Intention or future in a passage of the answer (Dutch). */
const PASSAGE = [
  /\b(zal|zullen|wil|willen|beoogd|beoogt)\b/i,
  /\bis van plan\b/i,
  /\bwordt\b[^.;]*\b(opgericht|gedefinieerd)\b/i,
];

/** Words by which a sentence states an intention, per language. */
const SENTENCE: Record<string, RegExp[]> = {
  nl: [/\b(zal|zullen|wil|willen|beoogt|beoogd|moet|moeten|plan|bedoeling|doel)\b/i, /\bwordt\b[^.;]*\b(opgericht|gedefinieerd)\b/i, /\bworden\b[^.;]*\bgedefinieerd\b/i],
  en: [/\b(will|want|wants|aim|aims|aiming|plan|plans|planned|intend|intends|meant|seek|seeks|goal|purpose)\b/i, /\b(is|are) to (be|become)\b/i],
};

export function statesIntention(passage: string): boolean {
  return PASSAGE.some((r) => r.test(passage));
}

/**
 * The languages in which a sentence states no intention although a passage it
 * rests on does (empty: nothing to flag). Languages without a word list are not judged.
 */
export function intentionGaps(sentence: Record<string, unknown> & { from: string[] }, langs: readonly string[]): string[] {
  if (!sentence.from.some(statesIntention)) return [];
  return langs.filter((lang) => SENTENCE[lang] && typeof sentence[lang] === 'string' && !SENTENCE[lang]!.some((r) => r.test(sentence[lang] as string)));
}
