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
  nl: [
    /\b(zal|zullen|wil|willen|beoogt|beoogd|moet|moeten|plan|bedoeling|doel)\b/i,
    /\bwordt\b[^.;]*\b(opgericht|gedefinieerd)\b/i,
    /\bworden\b[^.;]*\bgedefinieerd\b/i,
  ],
  en: [
    /\b(will|want|wants|aim|aims|aiming|plan|plans|planned|intend|intends|meant|seek|seeks|goal|purpose)\b/i,
    /\b(is|are) to (be|become)\b/i,
  ],
};

export function statesIntention(passage: string): boolean {
  return PASSAGE.some((r) => r.test(passage));
}

/**
 * A listed aim: an item of the answer's list, named by a verbal noun ("Verhogen
 * van …", "Uitwisseling en kennismaking van …", "…: onderzoek naar en
 * implementatie van …"). It is an aim, not an activity under way.
 */
const LISTED_AIM =
  /(?:^|:\s*)(?:\p{Lu}\p{Ll}+(?:en|ing)\b(?: en \p{Ll}+(?:en|ing))? (?:van|naar)\b|\p{Ll}*onderzoek naar\b)/u;

/** Words by which a sentence says that the answer lists something, per language. */
const LISTED: Record<string, RegExp> = {
  nl: /\b(noemt|vermeldt|opgelijst|lijst)\b/i,
  en: /\b(names|lists|listed|mentions)\b/i,
};

export function listsAim(passage: string): boolean {
  return LISTED_AIM.test(passage);
}

const count = (text: string, patterns: RegExp[]) =>
  patterns.reduce(
    (n, r) => n + (text.match(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`))?.length ?? 0),
    0,
  );

/**
 * The languages in which a sentence says less than the passages it rests on:
 * - a passage states an intention, and the sentence has fewer words of intention
 *   than there are such passages (a "wil" dropped beside one kept);
 * - a passage is a listed aim, and the sentence states neither an intention nor
 *   that the answer lists it (an aim written as an activity under way).
 * Empty: nothing to flag. Languages without a word list are not judged.
 */
export function intentionGaps(
  sentence: Record<string, unknown> & { from: string[] },
  langs: readonly string[],
): string[] {
  const intended = sentence.from.filter(statesIntention).length;
  const listed = sentence.from.some(listsAim);
  if (!intended && !listed) return [];
  return langs.filter((lang) => {
    const words = SENTENCE[lang];
    const text = sentence[lang];
    if (!words || typeof text !== 'string') return false;
    if (count(text, words) < intended) return true;
    return listed && !words.some((r) => r.test(text)) && !LISTED[lang]!.test(text);
  });
}
