/**
 * The thresholds the verdicts use, named with their reasons. `containment` is the share of the smaller claim's
 * content found in the other; `shared` the number of content tokens and entities both claims have (normalize.ts).
 */

/** Claims are related (their figures, scope or negation may be compared) when they share two concepts or an entity. */
export const RELATED_MIN_SHARED = 2;

/** The same fact in other words: most of the smaller claim (60%) found in the other, at least three tokens of it. */
export const SAME_FACT_CONTAINMENT = 0.6;
export const SAME_FACT_MIN_SHARED = 3;
/**
 * More words in common make up for a longer sentence around them: five shared tokens with half of the smaller claim
 * ("a paralyzing condition called Guillain-Barre syndrome" reported in two sentences of different length) are as much
 * a sign of one fact as three with 60%.
 */
export const SAME_FACT_MANY_SHARED = 5;
export const SAME_FACT_MANY_CONTAINMENT = 0.5;

/** The same list in any order with enough else in common: four shared tokens, 40% of the smaller claim. */
export const SAME_LIST_MIN_SHARED = 4;
export const SAME_LIST_CONTAINMENT = 0.4;

/**
 * Near-identical wording (85% of the smaller claim): where nothing else decides (a negation whose focus cannot be read,
 * figures that count different things), only this much shared wording makes two claims one fact.
 */
export const NEAR_IDENTICAL = 0.85;

/** Two quotations are one when 60% of the shorter one's words are common, and at least three of them. */
export const QUOTE_SAME_WORDS = 0.6;
export const QUOTE_MIN_COMMON_WORDS = 3;
/**
 * A known speaker's reworded quotation ("our teams … around the clock" → "our engineers … day and night") still shares
 * half its words with three content words in common, or 40% with four.
 */
export const QUOTE_REWORDED_WORDS = 0.5;
export const QUOTE_REWORDED_CONTENT = 3;
export const QUOTE_LOOSE_WORDS = 0.4;
export const QUOTE_LOOSE_CONTENT = 4;
/**
 * A known speaker's remark translated or reworded by another outlet keeps its content words in another order ("we wish
 * to make clear that we have no record of the claim about a tanker" / "let us be clear, this account of a tanker …
 * we never had any record of that version"): four content words in common that are 60% of the shorter quotation's.
 */
export const QUOTE_TRANSLATED_CONTENT = 0.6;
/**
 * QUOTE_SAME_VOW: a known speaker's remark quoted in other words by another outlet ("we will rebuild it together" /
 * "we'll rebuild this abbey all together and it is part of our destiny") keeps every content word of the shorter
 * quotation: two of them at least, in a quotation of four words or more (fewer is a phrase, not a remark).
 */
export const QUOTE_VOW_CONTENT = 2;
export const QUOTE_VOW_MIN_WORDS = 4;
/**
 * Six words make a quotation distinctive: matched without a recognised speaker on one side, and altered without one on
 * either (shorter is a slogan, a title or a scare quote).
 */
export const DISTINCTIVE_QUOTE_WORDS = 6;
