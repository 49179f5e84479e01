/**
 * How many times something happened: "the probe landed twice", "bounced three times", "was struck 12 times". Outlets
 * revise such a count as they learn more (landed twice → landed three times), so it is a figure of what happened,
 * named by the verb: "landed three times" is { value: 3, about: 'times landed' }. "Three times as many", "three times
 * the size" are multipliers (multipliers.ts), and "once" is too often "formerly" ("once a champion") to be read.
 */
import { NUMBER_WORDS } from '../../lexicon/english.ts';
import type { Found } from './found.ts';

const SMALL_NUMBER = Object.keys(NUMBER_WORDS)
  .filter((w) => NUMBER_WORDS[w] >= 2 && NUMBER_WORDS[w] <= 20)
  .join('|');
/** What follows "three times" when it multiplies ("three times as many", "three times the size"). */
const MULTIPLIED = String.raw`(?:as|more|less|higher|lower|larger|bigger|smaller|the|over|that|than)\b`;
/**
 * A verb in the past (regular, or one of a few irregular acts of news) right before "twice" or "N times". One
 * separator between fixed parts: linear.
 */
const REPEATED = new RegExp(
  String.raw`\b([a-z]{3,}ed|struck|hit|shot|fell|rose|won|lost|met|ran|spoke|broke)\s+` +
    String.raw`(twice|thrice|(\d{1,3}|${SMALL_NUMBER})\s+times)\b(?!\s+${MULTIPLIED})`,
  'gi',
);
const HINT = /\b(?:twice|thrice|times)\b/i;

export function readRepeats(sentence: string): Found[] {
  if (!HINT.test(sentence)) return [];
  const found: Found[] = [];
  for (const m of sentence.matchAll(REPEATED)) {
    const word = m[2].toLowerCase();
    const raw = m[3]?.toLowerCase();
    const value = word === 'twice' ? 2 : word === 'thrice' ? 3 : /^\d/.test(raw ?? '') ? Number(raw) : NUMBER_WORDS[raw ?? ''];
    if (!value || value < 2) continue;
    const at = m.index + m[0].length - m[2].length;
    found.push({
      figure: { value, unit: null, about: `times ${m[1].toLowerCase()}`, qualifier: null, range: null, multiplier: false, raw: m[2] },
      at,
      end: m.index + m[0].length,
      kind: 'count',
    });
  }
  return found;
}
