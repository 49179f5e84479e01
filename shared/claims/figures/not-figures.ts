/**
 * Numbers that are not figures: "one of the…", "the two sides", "a 16-inch screen", "Series 5", "eight out of ten",
 * durations, dates, years, page numbers, ages. Each rule is a table entry; the first whose test holds drops the
 * number. A test runs every entry's example, where the number the rule catches is written in [brackets].
 */
import { MONTH_NUMBERS, MONTHS_AND_DAYS } from '../../lexicon/english.ts';
import { DIMENSION_AFTER } from './measures.ts';
import type { NumberContext } from './numbers.ts';
import { readNoun } from './nouns.ts';
import { outcomeAfter, outcomeBefore } from './outcomes.ts';

export interface NotAFigureRule {
  name: string;
  test: (n: NumberContext) => boolean;
  /** An invented sentence the rule catches, the number in [brackets]. */
  example: string;
  reason: string;
}

const ONE = /^(one|a single)$/;
const NO_BEFORE = /\bno\s*$/i;
const ONLY_ONE = /\b(?:only|just|least)\s*$/i;
const TWO = /^two$/i;
const PAIR_DETERMINER = /\b(?:the|its|their|his|her|our|your|both|these|those|['’]s)\s*$/i;
const COMPOUND_MODIFIER = /^-(?!strong\b)[a-z]+/i;
/** A capitalised word (or "iPhone") right before the number, after another word. */
const AFTER_CAPITALISED = /\S\s+(?:[\p{Lu}]|[a-z][\p{Lu}])[\p{L}-]*\s$/u;
/** Capitalised words that start a sentence's quantity rather than a name: "At least 5", "About 40". */
const CAPITALISED_QUANTIFIER =
  /\b(At|Some|About|Around|Nearly|Almost|Over|Only|Just|Roughly|Approximately|More|Fewer|Less|Up|Another|All|Of|The|Than)\s$/;
const OUT_OF_AFTER = /^\s+out\s+of\b/i;
const OUT_OF_BEFORE = /\bout\s+of\s*$/i;
const STREET_AFTER = /^\s+(?:[\p{Lu}][\p{L}'’-]+\s+)+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Drive|Place|Way)\b/u;
const IN_EVERY_AFTER = /^\s+in\s+(?:\d|every\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b)/i;
const NUMBER_IN_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+in\s*$/i;
const TIMES_AFTER = /^\s+(?:and a half\s+)?times\b/i;
const TIME_UNITS = new RegExp(
  '^\\s*(years?|months?|weeks?|days?|hours?|minutes?|mins?\\b|seconds?|secs?\\b|decades?|centuries|century|nights?|a\\.m\\.|p\\.m\\.|' +
    "am\\b|pm\\b|o'clock|gmt\\b|utc\\b|local time|hrs\\b)",
  'i',
);
const MILITARY_TIME = /^0\d{3}$/;
const LAST_WORD = /(\w+)\W*$/;
const NEXT_WORD = /^\s*(?:of\s+)?(\w+)/;
const FOUR_DIGITS = /^\d{4}$/;
/** "2000 people", "1999 troops": a count of people that looks like a year. */
const PEOPLE_AFTER_YEAR = /^\s+(people|persons|troops|protesters|soldiers|officers)\b/i;
const ORDINAL_SUFFIX = /^(st|nd|rd|th)\b/i;
/** Words a number names an item after: "page 12", "flight 370", "Covid 19", "level 3". */
const NUMBERED_ITEM = new RegExp(
  String.raw`\b(no\.|number|page|chapter|article|section|covid|g|f|version|v|level|grade|category|phase|` +
    String.raw`stage|route|road|highway|flight|platform|gate|room|unit|block|lot|pier)\s*-?$`,
  'i',
);
const COLON_OR_SLASH_BEFORE = /[:/]$/;
const COLON_OR_SLASH_AFTER = /^[:/]\d/;
const AGED_BEFORE = /\baged?\s*$/i;
const YEAR_OLD_AFTER = /^-year-old/i;
const NAME_COMMA_BEFORE = /[\p{Lu}][\p{L}’'-]+,\s*$/u;
const CLOSES_APPOSITION = /^\s*(?:,|\)|$)/;
const OPEN_BRACKET_BEFORE = /\(\s*$/;
const CLOSE_BRACKET_AFTER = /^\s*\)/;
const PARENT_OF = /\b(?:father|mother|parent|grandfather|grandmother|grandparent|mum|mom|dad) of\s*$/i;
const MANNER_IN = /\b(?:given|administered|split|divided|paid|delivered|taken|sold|packaged|issued|built|held|played)\s+in\s*$/i;

/** The rules in the order they are tried. */
/** "911 calls", "a 999 operator", "the 112 line": an emergency telephone number names a service, not a count. */
const EMERGENCY_NUMBER = /^(?:911|999|112|000|111)$/;
const EMERGENCY_SERVICE_AFTER = /^\s+(?:calls?|callers?|operators?|dispatch(?:ers?)?|centers?|centres?|lines?|services?|system)\b/i;

export const NOT_A_FIGURE: NotAFigureRule[] = [
  {
    name: 'emergency number',
    test: (n) => EMERGENCY_NUMBER.test(n.numberText) && EMERGENCY_SERVICE_AFTER.test(n.after),
    example: 'Crews combed through [911] calls and emails from relatives.',
    reason:
      '"911 calls", "a 999 operator": the emergency number names the service; read as a count, "911 calls" updated ' +
      '"some 500 calls" and hid the real figure of the sentence',
  },
  {
    name: 'no one',
    test: (n) => n.isWord && ONE.test(n.word) && NO_BEFORE.test(n.pt),
    example: 'No [one] has been detained so far.',
    reason: '"no one has been detained" says nobody was: read as one person detained, a later "three were detained" would update it',
  },
  {
    name: 'one',
    test: (n) => n.isWord && ONE.test(n.word) && !ONLY_ONE.test(n.pt) && !outcomeAfter(readNoun(n.after, 3).rest) && !outcomeBefore(n.pre),
    example: 'The mayor called it [one] of the worst winters.',
    reason:
      '"one of the…", "no one", "one more child", "in one province": "one" is rarely a count claim; it is one when an ' +
      'outcome follows ("one person was killed") or "only", "just", "at least" stands before it',
  },
  {
    name: 'known pair',
    test: (n) => TWO.test(n.word) && PAIR_DETERMINER.test(n.pt),
    example: 'Talks between the [two] sides resumed.',
    reason: '"the two sides", "both two": a pair already known to the reader, not a count claim',
  },
  {
    name: 'compound modifier',
    test: (n) => COMPOUND_MODIFIER.test(n.after) && !DIMENSION_AFTER.test(n.after),
    example: 'She bought a [16]-inch screen.',
    reason:
      '"a 16-inch screen", "two-and-a-half days": the number is part of an adjective or a compound ("-strong" is a count; ' +
      '"a 45-metre high tower" is a dimension, measures.ts)',
  },
  {
    name: 'part of a name',
    test: (n) => !n.currencySign && !n.percentSign && AFTER_CAPITALISED.test(n.bt) && !CAPITALISED_QUANTIFIER.test(n.bt),
    example: 'Fans queued for the Zephyr [9] launch.',
    reason: '"Series 5", "Fortune 500": a number after a capitalised word inside a sentence is part of a name; never a percentage',
  },
  {
    name: 'ratio',
    test: (n) => OUT_OF_AFTER.test(n.after) || OUT_OF_BEFORE.test(n.bt),
    example: '[Eight] out of ten tenants renewed.',
    reason: '"eight out of ten": a ratio, compared as a share, not a count',
  },
  {
    name: 'street number',
    test: (n) => STREET_AFTER.test(n.after),
    example: 'The bakery at [42] Orchard Lane reopened.',
    reason: '"10 Downing Street": an address',
  },
  {
    name: 'one in seven',
    test: (n) => IN_EVERY_AFTER.test(n.after) || NUMBER_IN_BEFORE.test(n.pt),
    example: 'About [one] in seven households has no car.',
    reason: '"one in seven", "1 in 5": a ratio',
  },
  {
    name: 'times',
    test: (n) => TIMES_AFTER.test(n.after),
    example: 'The alarm sounded [four] times this month.',
    reason: '"four times this month", "two and a half times the number": a frequency or a multiplier of something else',
  },
  {
    name: 'duration or time of day',
    test: (n) => !n.percentSign && !n.currencySign && TIME_UNITS.test(n.after),
    example: 'The crew waited [three] hours for the ferry.',
    reason: 'durations and times of day ("three hours", "9 a.m.", "0400 GMT") are not counts',
  },
  {
    name: 'military time',
    test: (n) => MILITARY_TIME.test(n.word),
    example: 'The convoy left at [0400] on Friday.',
    reason: '"0400": a time written with a leading zero',
  },
  {
    name: 'date',
    test: (n) =>
      MONTHS_AND_DAYS.has(n.bt.match(LAST_WORD)?.[1]?.toLowerCase() ?? '') ||
      Object.hasOwn(MONTH_NUMBERS, n.after.match(NEXT_WORD)?.[1]?.toLowerCase() ?? ''),
    example: 'The fair opens on [3] March in the square.',
    reason:
      '"March 3", "3 March", "the 3rd of March", "Friday 13": a date. A weekday after the number is when the count was ' +
      'given ("the toll rose to 41 Tuesday", news agency style), not a date',
  },
  {
    name: 'year',
    test: (n) => FOUR_DIGITS.test(n.word) && Number(n.word) >= 1900 && Number(n.word) <= 2100 && !PEOPLE_AFTER_YEAR.test(n.after),
    example: 'The bridge was built in [1998] by the council.',
    reason: 'a year between 1900 and 2100, unless people are counted after it ("2000 protesters")',
  },
  {
    name: 'numbered item',
    test: (n) =>
      ORDINAL_SUFFIX.test(n.after) || NUMBERED_ITEM.test(n.bt) || COLON_OR_SLASH_BEFORE.test(n.bt) || COLON_OR_SLASH_AFTER.test(n.after),
    example: 'The table is on page [12] of the report.',
    reason: '"page 12", "flight 370", "level 3", "3:1", "24/7": a label or a ratio, not a quantity',
  },
  {
    name: 'age',
    test: (n) => AGED_BEFORE.test(n.bt) || YEAR_OLD_AFTER.test(n.after),
    example: 'A man aged [58] was treated.',
    reason: '"aged 41", "a 41-year-old": an age',
  },
  {
    name: 'age after a name',
    test: (n) => NAME_COMMA_BEFORE.test(n.bt) && CLOSES_APPOSITION.test(n.after) && !n.currencySign,
    example: 'Tomas Verhoek, [52], runs the shop.',
    reason: '"Khaled Mansour, 41, a father of four", "Olena Savchuk, 64, said": an age in apposition to a name',
  },
  {
    name: 'bracketed age',
    test: (n) => OPEN_BRACKET_BEFORE.test(n.bt) && CLOSE_BRACKET_AFTER.test(n.after),
    example: 'The driver ([41]) was unhurt.',
    reason: '"(41)" after a person: an age',
  },
  {
    name: 'parent of',
    test: (n) => PARENT_OF.test(n.pt),
    example: 'She is a mother of [three] from the valley.',
    reason: '"a father of four": describes a person, not a count the story reports',
  },
  {
    name: 'manner',
    test: (n) => MANNER_IN.test(n.pt) && n.isWord,
    example: 'The vaccine is given in [two] doses.',
    reason: '"given in two doses", "paid in three instalments": how something is done, not how many',
  },
];

/** The first rule that says the number is not a figure, if any. */
export function notAFigure(n: NumberContext): NotAFigureRule | undefined {
  return NOT_A_FIGURE.find((rule) => rule.test(n));
}
