/**
 * Number parsing: where a number is written in a sentence (digits, number words, vague quantities, scales, currency
 * signs, percent signs), what value it has, and the text around it the other readers look at.
 */
import { NUMBER_WORDS, QUALIFIERS } from '../../lexicon/english.ts';

const NW = Object.keys(NUMBER_WORDS).join('|');
const WORD_NUMBER = `(?:${NW})(?:(?:[- ]|(?<=hundred) and )(?:${NW})){0,3}`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const VAGUE_WORDS = 'tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions';
const CURRENCY_SIGN = String.raw`(?:US\$|C\$|A\$|HK\$|[$€£¥₹]|(?:USD|EUR|GBP|JPY|CHF|CNY)(?= ?\d))`;
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  m: 1e6,
  k: 1e3,
};
/**
 * MEASURE_ON_DIGITS: a unit of length, weight or area written onto the digits ("50km", "12kg", "300ha") ends the number
 * as a space would; the measure reader then reads the unit. ("50m" stays fifty million: money writes it so.)
 */
const MEASURE_ON_DIGITS = String.raw`(?=(?:km|kg|cm|mm|mph|kph|ha|ft|mi)\b)`;
/** Groups: 1 currency sign, 2 number, 3 scale written onto the digits ("1.2bn"), 4 scale after a space, 5 percent. */
export const FIGURE_RE = new RegExp(
  String.raw`(?<![\w.-])(?<!\d,)(${CURRENCY_SIGN}\s?)?(${VAGUE_WORDS}|${DIGITS}|${WORD_NUMBER})` +
    String.raw`(?:(bn|mn|mln|tn|m|k)\b|${MEASURE_ON_DIGITS}|\b(?:\s(thousand|million|billion|trillion|bn|mn|mln|tn)\b)?)` +
    String.raw`(\s?(?:%|percent\b|per cent\b|percentage points?\b))?(?![\w-]*\d)(?![-\s]?fold)`,
  'gi',
);

export { parseNumber } from '../../lexicon/english.ts';

/** Qualifiers that make a lower bound ("at least 18" → [18, ∞)) or an upper bound ("up to 40" → [0, 40]). */
const LOWER_BOUND = /at least|more than|over|upwards of|no fewer than|just over/;
const UPPER_BOUND = /up to|fewer than|less than|no more than|at most|under|just under/;

export function rangeOf(qualifier: string | null, value: number): [number, number] | null {
  if (!qualifier) return null;
  if (LOWER_BOUND.test(qualifier)) return [value, Number.MAX_SAFE_INTEGER];
  if (UPPER_BOUND.test(qualifier)) return [0, value];
  return [Math.floor(value * 0.9), Math.ceil(value * 1.1)]; // any other qualifier ("about", "nearly"): ±10%
}

/** Fractions of a scale written out: "a quarter of a million" is 250,000, "half a billion" 500 million. */
const FRACTION_OF_SCALE =
  /\b(?:(a|one|three)\s+quarters?\s+of\s+an?|(a|one)\s+third\s+of\s+an?|half\s+an?|(?:a|one)\s+half\s+of\s+an?)\s+(million|billion)\b/gi;

/**
 * Shares of a whole written as fractions: "a third of the company's output" is 33% of it, as another outlet writes
 * it. Only before a determiner or a possessive (what follows is the whole), so "half an hour" and "a third round"
 * stay words.
 */
const SHARE_FRACTION = new RegExp(
  String.raw`\b(?:(?:a|one)\s+(third|quarter|fifth)|(two)\s+thirds|(three)\s+quarters|(?:a|one)\s+half|` +
    String.raw`half)\s+of\s+(?=(?:the|its|their|his|her|our|all)\s|[\p{Lu}][\p{L}.&-]*['’]s\s)`,
  'giu',
);
const SHARE_PERCENT: Record<string, number> = { third: 33, quarter: 25, fifth: 20, two: 67, three: 75 };

/** Writes fractions as the numbers other outlets write: "half a million" → "500,000", "a third of the" → "33% of the". */
export function spellFractions(sentence: string): string {
  return sentence
    .replace(FRACTION_OF_SCALE, (whole, quarters: string | undefined, _third: string | undefined, scale: string) => {
      const share = /quarter/i.test(whole) ? (quarters?.toLowerCase() === 'three' ? 0.75 : 0.25) : /third/i.test(whole) ? 1 / 3 : 0.5;
      return scale.toLowerCase() === 'million' ? Math.round(share * 1e6).toLocaleString('en-US') : `${Math.round(share * 1000)} million`;
    })
    .replace(
      SHARE_FRACTION,
      (_whole, one: string | undefined, two: string | undefined, three: string | undefined) =>
        `${SHARE_PERCENT[(one ?? two ?? three ?? '').toLowerCase()] ?? 50}% of `,
    );
}

/** A number found by FIGURE_RE and the text around it, as every rule and reader sees it. */
export interface NumberContext {
  /** The number as written ("18", "two", "dozens") and lower-cased. */
  numberText: string;
  word: string;
  /** Written in words ("two"), not digits. */
  isWord: boolean;
  /** A currency sign was written onto the number ("$5"); a percent sign or word followed it ("5%", "5 percent"). */
  currencySign: boolean;
  percentSign: boolean;
  /** Up to 220 characters before and after the number: a window keeps the end-anchored patterns cheap. */
  before: string;
  after: string;
  /** The qualifier before the number ("at least"), and the text before the number without it. */
  qualifier: string | null;
  pre: string;
  /** The last 80 characters of `before` and of `pre`: the end-anchored patterns look only at the words right before. */
  bt: string;
  pt: string;
}

/** Numbers that take an article before them, with the qualifier before the article: "about a dozen". */
const TAKES_ARTICLE = /^(?:dozen|hundred)/i;

export function numberContext(sentence: string, m: RegExpExecArray): NumberContext {
  const at = m.index;
  const end = at + m[0].length;
  const numberText = m[2];
  const before = sentence.slice(Math.max(0, at - 220), at);
  const after = sentence.slice(end, end + 220);
  const article = TAKES_ARTICLE.test(numberText) ? (before.slice(-10).match(/\s+an?\s*$/)?.[0] ?? '') : '';
  const beforeNumber = before.slice(0, before.length - article.length);
  const qualifier = beforeNumber.slice(-40).match(QUALIFIERS)?.[1]?.toLowerCase() ?? null;
  const pre = qualifier
    ? beforeNumber.slice(0, beforeNumber.length - (beforeNumber.match(/\s*$/)?.[0].length ?? 0) - qualifier.length)
    : before;
  return {
    numberText,
    word: numberText.toLowerCase(),
    isWord: /^[a-z]/i.test(numberText),
    currencySign: Boolean(m[1]),
    percentSign: Boolean(m[5]),
    before,
    after,
    qualifier,
    pre,
    bt: before.slice(-80),
    pt: pre.slice(-80),
  };
}
