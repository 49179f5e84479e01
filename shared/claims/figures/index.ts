/**
 * Figures: value, unit, qualifier and what is counted. "at least 14 border guards had been killed" →
 * { value: 18, qualifier: 'at least', range: [18, ∞), about: 'security officers killed' }. Vague quantities
 * ("dozens") become ranges, never false precision; years, dates, times, ordinals, ages and named pairs ("the two
 * sides") are not figures.
 *
 * `about` is what the figure measures, so that two figures are compared only when they measure the same thing:
 * - counts: the counted noun and the outcome class ("people killed", "civilians killed", "fires"), taken from the
 *   noun after the number, the verb that governs it ("killing at least 41 people"), or the subject of a level verb
 *   ("the death toll rose to 41", "the number of soldiers killed has risen to 19", "Deaths rose to 27");
 * - money: what the money is ("cost", "aid", "price target", "share price", …; "money" when nothing says);
 * - percentages: a change of something ("shares decrease") or a share of something ("fleet");
 * - measures: what is measured ("depth", "distance southeast of yenikale"); magnitudes ("earthquake magnitude").
 * Internal fields say how a figure relates to the quantity: `anchor` (another year or event: "the 1999 earthquake,
 * which killed 17,000"), `period` (what a change is measured over), `role` (an earlier value, an addition, a part).
 */
import { VAGUE } from '../../lexicon/english.ts';
import type { Figure } from '../../types.ts';
import { anchorOf, CHANGE_BEFORE, INCREMENT_AFTER, INCREMENT_BEFORE, PREVIOUS_BEFORE } from './context.ts';
import { readCount, shareCoordinatedOutcomes } from './counts.ts';
import type { Counted, FigureReading, Found } from './found.ts';
import { DIMENSION_AFTER, MEASURE_UNITS, readDimension, readMagnitudes, readMeasure } from './measures.ts';
import { CURRENCY_WORDS, readMoney } from './money.ts';
import { readMultipliers } from './multipliers.ts';
import { notAFigure } from './not-figures.ts';
import { FIGURE_RE, numberContext, parseNumber, rangeOf, SCALE_WORDS, spellFractions } from './numbers.ts';
import { readPercent } from './percentages.ts';
import { readRepeats } from './repeats.ts';

export { NOT_A_FIGURE, type NotAFigureRule } from './not-figures.ts';

/** "approval rating has climbed 11 points": a change in points, read like a percentage. */
const POINTS_AFTER = /^\s*(?:percentage\s+)?points?\b/i;
/** "dozens of them critically", "three of whom", "14 people, including six children": a part of the figure before. */
const INCLUDING_BEFORE = /(?:,|\()\s*(?:including|among them|among whom|of whom|among the dead|mostly|mainly)\s*$/i;
const OF_THEM_AFTER = /^\s*of\s+(?:them|whom|which|(?:those|these)(?!\s+(?:[a-z]+s|[a-z]*(?:men|people|children))\b))\b/i;
const THE_FIRST_BEFORE = /\b(?:the|a)\s+first\s*$/i;
const ARTICLE_BEFORE = /\b(?:the|an?)\s*$/i;
/** Figures whose earlier value ("up from 6.8") is read as that kind of figure, with its unit and `about`. */
const VALUE_KINDS = new Set<Found['kind']>(['magnitude', 'measure', 'money', 'percent']);

/** The number's value and the figure it starts, or null when it has no value. */
function startFigure(sentence: string, m: RegExpExecArray, n: ReturnType<typeof numberContext>, found: Found[]): FigureReading | null {
  const vague = VAGUE.find(([re]) => re.test(n.numberText));
  let value = vague ? vague[1] : parseNumber(n.numberText);
  if (value === null || !Number.isFinite(value)) return null;
  let after = n.after;
  const currencyWord = after.match(CURRENCY_WORDS);
  let scaleWord: string | undefined = (m[3] ?? m[4])?.toLowerCase();
  // "10m" without a currency is ten metres; "5k" is five thousand.
  if (scaleWord === 'm' && !(m[1] || currencyWord)) {
    scaleWord = undefined;
    after = ` m${after}`;
  }
  if (scaleWord && !vague) value *= SCALE_WORDS[scaleWord];
  const figure: Figure = {
    value,
    unit: null,
    about: '',
    qualifier: n.qualifier ?? (vague ? n.word : null),
    range: vague ? [vague[1], vague[2]] : rangeOf(n.qualifier, value),
    multiplier: false,
    raw: `${n.qualifier && !vague ? n.qualifier + ' ' : ''}${m[0].trim()}`,
  };
  const at = m.index;
  const prev = found.filter((f) => f.end <= at).sort((a, b) => b.end - a.end)[0];
  const including = INCLUDING_BEFORE.test(n.pt);
  return {
    ...n,
    sentence,
    after,
    vague: Boolean(vague),
    scaleWord,
    currencyWord,
    figure,
    prev,
    gapToPrev: prev ? sentence.slice(prev.end, at) : '',
    previous: PREVIOUS_BEFORE.test(n.pt),
    increment: INCREMENT_BEFORE.test(n.pt) || INCREMENT_AFTER.test(after),
    partOfPrev: OF_THEM_AFTER.test(after) || THE_FIRST_BEFORE.test(n.pt) || including,
    including,
  };
}

/** The figure a number starts, or null when it is not one. */
function readFigure(sentence: string, m: RegExpExecArray, found: Found[]): Found | null {
  const at = m.index;
  const end = at + m[0].length;
  const n = numberContext(sentence, m);
  if (notAFigure(n)) return null;
  const r = startFigure(sentence, m, n, found);
  if (!r) return null;
  const { figure, prev } = r;
  const points = (!m[5] && POINTS_AFTER.test(r.after) && CHANGE_BEFORE.test(r.pt)) || /point/i.test(m[5] ?? '');
  const percent = Boolean(m[5]) || points;
  const currency = m[1]?.trim() ?? r.currencyWord?.[1]?.toLowerCase() ?? null;
  const dimension = !percent && !currency ? DIMENSION_AFTER.exec(r.after) : null;
  const measure = !percent && !currency && !dimension ? MEASURE_UNITS.find(([re]) => re.test(r.after)) : undefined;
  // "broke off from the 45-metre high bridge": a dimension after an article describes a thing, not an earlier value.
  if (dimension && ARTICLE_BEFORE.test(r.pt)) r.previous = false;
  if (r.previous) figure.role = 'previous';
  else if (r.increment) figure.role = 'increment';
  else if (r.partOfPrev) figure.role = 'part';
  // "revised … to 7.0, up from its initial reading of 6.8": the earlier value of the figure before.
  if (r.previous && prev && !percent && !currency && !measure && !dimension && VALUE_KINDS.has(prev.kind))
    return { figure: { ...figure, unit: prev.figure.unit, about: prev.figure.about }, at, end, kind: prev.kind };
  let kind: Found['kind'] = 'count';
  let counted: Counted | undefined;
  if (percent) {
    kind = 'percent';
    if (!readPercent(r, points)) return null;
  } else if (currency) {
    kind = 'money';
    readMoney(r, currency);
  } else if (dimension) {
    kind = 'measure';
    readDimension(r, dimension);
  } else if (measure) {
    kind = 'measure';
    if (!readMeasure(r, measure)) return null;
  } else {
    counted = readCount(r) ?? undefined;
    if (!counted) return null;
  }
  if (kind !== 'percent' || !figure.period) {
    const anchor = anchorOf(r.before, r.after);
    if (anchor) figure.anchor = anchor;
  }
  return { figure, at, end, kind, counted };
}

/**
 * SPOKEN_RANGE: "10 to 15 people were hurt", "between $10 and $15 billion", "2 – 3 million": one figure whose range
 * runs from the first number to the second (its value the second), where the first was dropped and the second read
 * as exact, so a later "12 people hurt" read as an update. Not "from 10 to 15" or "rose 10 to 15": a change.
 */
const RANGE_GAP = /^\s*(?:to|–|—)\s*$/i;
const BETWEEN_GAP = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;
const CHANGE_FROM_BEFORE = /\b(?:from|rose|risen|fell|fallen|up|down|increased|decreased|climbed|dropped|jumped)\s*$/i;

/** The number matches that open a spoken range, each with the match that closes it. */
function spokenRanges(sentence: string, matches: RegExpExecArray[]): Map<RegExpExecArray, RegExpExecArray> {
  const ranges = new Map<RegExpExecArray, RegExpExecArray>();
  for (let i = 0; i + 1 < matches.length; i++) {
    const [a, b] = [matches[i], matches[i + 1]];
    if (a[5] || b[5] || (a[1] && !b[1]) || VAGUE_WORD.test(a[2]) || VAGUE_WORD.test(b[2])) continue;
    const gap = sentence.slice(a.index + a[0].length, b.index);
    const before = sentence.slice(Math.max(0, a.index - 40), a.index);
    if (CHANGE_FROM_BEFORE.test(before)) continue;
    if (RANGE_GAP.test(gap) || (BETWEEN_GAP.test(gap) && BETWEEN_BEFORE.test(before))) ranges.set(a, b);
  }
  return ranges;
}
const VAGUE_WORD = /^[a-z]+s$/i;

/** The low end of a spoken range, scaled as its own words say or, without a scale of its own, as the high end is. */
function lowEnd(low: RegExpExecArray, high: RegExpExecArray, highValue: number): number | null {
  const own = parseNumber(low[2]);
  const highNumber = parseNumber(high[2]);
  if (own === null || highNumber === null || highNumber === 0) return null;
  const ownScale = (low[3] ?? low[4])?.toLowerCase();
  const value = ownScale && ownScale !== 'm' && SCALE_WORDS[ownScale] ? own * SCALE_WORDS[ownScale] : own * (highValue / highNumber);
  return value < highValue ? value : null;
}

export function extractFigures(sentence: string): Figure[] {
  sentence = spellFractions(sentence);
  const found: Found[] = [];
  const taken = readMagnitudes(sentence, found);
  FIGURE_RE.lastIndex = 0;
  const matches = [...sentence.matchAll(FIGURE_RE)] as RegExpExecArray[];
  const ranges = spokenRanges(sentence, matches);
  const opens = new Map([...ranges].map(([low, high]) => [high, low]));
  for (const m of matches) {
    const at = m.index;
    if (ranges.has(m) || taken.some(([a, b]) => at >= a && at < b)) continue;
    const f = readFigure(sentence, m, found);
    if (!f) continue;
    const low = opens.get(m);
    const lowValue = low ? lowEnd(low, m, f.figure.value) : null;
    if (low && lowValue !== null && !f.figure.range) {
      f.figure.range = [lowValue, f.figure.value];
      f.figure.qualifier = 'between';
      f.figure.raw = sentence.slice(low.index, at + m[0].length).trim();
      f.at = low.index;
    }
    found.push(f);
  }
  shareCoordinatedOutcomes(sentence, found);
  found.push(...readMultipliers(sentence), ...readRepeats(sentence));
  // Reading order, so the first figure of a clause is the first one written.
  return found.sort((a, b) => a.at - b.at).map((x) => x.figure);
}
